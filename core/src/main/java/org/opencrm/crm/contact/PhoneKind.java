package org.opencrm.crm.contact;

/** What a phone number is for. */
public enum PhoneKind {
  MOBILE,
  WORK,
  HOME,
  OTHER
}
