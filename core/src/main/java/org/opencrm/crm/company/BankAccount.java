package org.opencrm.crm.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A bank account of a requisite set: the bank's BIK, the settlement and correspondent accounts. */
@Entity
@Table(name = "bank_account")
public class BankAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "requisite_set_id")
  private RequisiteSet requisiteSet;

  @Column(nullable = false)
  private int position;

  @Column(name = "bank_name")
  private String bankName;

  @Column(nullable = false)
  private String bik;

  @Column(name = "settlement_account", nullable = false)
  private String settlementAccount;

  @Column(name = "correspondent_account")
  private String correspondentAccount;

  protected BankAccount() {}

  BankAccount(RequisiteSet set, int position, RequisiteChecks.CleanAccount clean) {
    this.requisiteSet = set;
    this.position = position;
    this.bankName = clean.bankName();
    this.bik = clean.bik();
    this.settlementAccount = clean.settlementAccount();
    this.correspondentAccount = clean.correspondentAccount();
  }

  /** The account in one line, as history and lists show it. */
  public String describe() {
    StringBuilder s = new StringBuilder(settlementAccount).append(", BIK ").append(bik);
    if (bankName != null) {
      s.append(", ").append(bankName);
    }
    if (correspondentAccount != null) {
      s.append(", c/a ").append(correspondentAccount);
    }
    return s.toString();
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getBankName() {
    return bankName;
  }

  public String getBik() {
    return bik;
  }

  public String getSettlementAccount() {
    return settlementAccount;
  }

  public String getCorrespondentAccount() {
    return correspondentAccount;
  }
}
