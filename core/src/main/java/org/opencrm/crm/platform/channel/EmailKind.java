package org.opencrm.crm.platform.channel;

/** What an e-mail address is for. */
public enum EmailKind {
  WORK,
  PERSONAL,
  OTHER
}
