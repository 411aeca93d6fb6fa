package org.opencrm.crm.company;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A requisite set with its bank accounts as submitted: not yet checked. */
public class RequisiteDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private String fullName = "";
  private String shortName = "";
  private String inn = "";
  private String kpp = "";
  private String ogrn = "";
  private String legalAddress = "";
  private String actualAddress = "";
  private String directorName = "";
  private String directorPost = "";
  private String accountantName = "";
  private List<BankAccountDraft> accounts = new ArrayList<>();

  /** The draft of a stored set, for its editor. */
  public static RequisiteDraft of(RequisiteSet set) {
    RequisiteDraft d = new RequisiteDraft();
    d.fullName = text(set.getFullName());
    d.shortName = text(set.getShortName());
    d.inn = text(set.getInn());
    d.kpp = text(set.getKpp());
    d.ogrn = text(set.getOgrn());
    d.legalAddress = text(set.getLegalAddress());
    d.actualAddress = text(set.getActualAddress());
    d.directorName = text(set.getDirectorName());
    d.directorPost = text(set.getDirectorPost());
    d.accountantName = text(set.getAccountantName());
    for (BankAccount a : set.getAccounts()) {
      BankAccountDraft ad = new BankAccountDraft();
      ad.setBankName(text(a.getBankName()));
      ad.setBik(a.getBik());
      ad.setSettlementAccount(a.getSettlementAccount());
      ad.setCorrespondentAccount(text(a.getCorrespondentAccount()));
      d.accounts.add(ad);
    }
    return d;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getShortName() {
    return shortName;
  }

  public void setShortName(String shortName) {
    this.shortName = shortName;
  }

  public String getInn() {
    return inn;
  }

  public void setInn(String inn) {
    this.inn = inn;
  }

  public String getKpp() {
    return kpp;
  }

  public void setKpp(String kpp) {
    this.kpp = kpp;
  }

  public String getOgrn() {
    return ogrn;
  }

  public void setOgrn(String ogrn) {
    this.ogrn = ogrn;
  }

  public String getLegalAddress() {
    return legalAddress;
  }

  public void setLegalAddress(String legalAddress) {
    this.legalAddress = legalAddress;
  }

  public String getActualAddress() {
    return actualAddress;
  }

  public void setActualAddress(String actualAddress) {
    this.actualAddress = actualAddress;
  }

  public String getDirectorName() {
    return directorName;
  }

  public void setDirectorName(String directorName) {
    this.directorName = directorName;
  }

  public String getDirectorPost() {
    return directorPost;
  }

  public void setDirectorPost(String directorPost) {
    this.directorPost = directorPost;
  }

  public String getAccountantName() {
    return accountantName;
  }

  public void setAccountantName(String accountantName) {
    this.accountantName = accountantName;
  }

  public List<BankAccountDraft> getAccounts() {
    return accounts;
  }

  public void setAccounts(List<BankAccountDraft> accounts) {
    this.accounts = accounts;
  }
}
