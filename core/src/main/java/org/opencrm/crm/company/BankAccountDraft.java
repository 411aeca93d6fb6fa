package org.opencrm.crm.company;

import java.io.Serializable;

/** A bank account as a form, the API or an import submits it: not yet checked. */
public class BankAccountDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private String bankName = "";
  private String bik = "";
  private String settlementAccount = "";
  private String correspondentAccount = "";

  public String getBankName() {
    return bankName;
  }

  public void setBankName(String bankName) {
    this.bankName = bankName;
  }

  public String getBik() {
    return bik;
  }

  public void setBik(String bik) {
    this.bik = bik;
  }

  public String getSettlementAccount() {
    return settlementAccount;
  }

  public void setSettlementAccount(String settlementAccount) {
    this.settlementAccount = settlementAccount;
  }

  public String getCorrespondentAccount() {
    return correspondentAccount;
  }

  public void setCorrespondentAccount(String correspondentAccount) {
    this.correspondentAccount = correspondentAccount;
  }
}
