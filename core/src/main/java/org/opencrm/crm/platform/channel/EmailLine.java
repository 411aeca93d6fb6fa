package org.opencrm.crm.platform.channel;

import java.io.Serializable;

/** An e-mail line as a form, the API or an import submits it: not yet checked. */
public class EmailLine implements Serializable {

  private static final long serialVersionUID = 1L;

  private EmailKind kind = EmailKind.WORK;
  private String address = "";

  public EmailLine() {}

  public EmailLine(EmailKind kind, String address) {
    this.kind = kind;
    this.address = address;
  }

  public EmailKind getKind() {
    return kind;
  }

  public void setKind(EmailKind kind) {
    this.kind = kind;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }
}
