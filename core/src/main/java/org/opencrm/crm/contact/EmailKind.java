package org.opencrm.crm.contact;

/** What an e-mail address is for. */
public enum EmailKind {
  WORK,
  PERSONAL,
  OTHER
}
