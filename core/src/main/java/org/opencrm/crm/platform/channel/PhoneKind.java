package org.opencrm.crm.platform.channel;

/** What a phone number is for. */
public enum PhoneKind {
  /** The main number ("general phone" in the API). */
  MAIN,
  MOBILE,
  WORK,
  HOME,
  OTHER
}
