package org.opencrm.crm.platform.channel;

import java.io.Serializable;

/** A phone line as a form, the API or an import submits it: not yet checked. */
public class PhoneLine implements Serializable {

  private static final long serialVersionUID = 1L;

  private PhoneKind kind = PhoneKind.MOBILE;
  private String number = "";

  public PhoneLine() {}

  public PhoneLine(PhoneKind kind, String number) {
    this.kind = kind;
    this.number = number;
  }

  public PhoneKind getKind() {
    return kind;
  }

  public void setKind(PhoneKind kind) {
    this.kind = kind;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }
}
