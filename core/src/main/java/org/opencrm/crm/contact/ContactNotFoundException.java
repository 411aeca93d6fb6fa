package org.opencrm.crm.contact;

/** No such contact, or not one the current user may reach (the two are not told apart). */
public class ContactNotFoundException extends RuntimeException {

  public ContactNotFoundException(Long id) {
    super("No contact " + id);
  }
}
