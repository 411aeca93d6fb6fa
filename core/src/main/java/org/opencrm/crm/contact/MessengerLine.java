package org.opencrm.crm.contact;

import java.io.Serializable;

/** A messenger line as a form, the API or an import submits it: not yet checked. */
public class MessengerLine implements Serializable {

  private static final long serialVersionUID = 1L;

  private MessengerKind kind = MessengerKind.TELEGRAM;
  private String handle = "";

  public MessengerLine() {}

  public MessengerLine(MessengerKind kind, String handle) {
    this.kind = kind;
    this.handle = handle;
  }

  public MessengerKind getKind() {
    return kind;
  }

  public void setKind(MessengerKind kind) {
    this.kind = kind;
  }

  public String getHandle() {
    return handle;
  }

  public void setHandle(String handle) {
    this.handle = handle;
  }
}
