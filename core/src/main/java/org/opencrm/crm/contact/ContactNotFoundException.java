package org.opencrm.crm.contact;

import org.opencrm.crm.platform.record.RecordNotFoundException;

/** No such contact, or not one the current user may reach (the two are not told apart). */
public class ContactNotFoundException extends RecordNotFoundException {

  public ContactNotFoundException(Long id) {
    super(Contact.ENTITY, id);
  }
}
