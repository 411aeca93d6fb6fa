package org.opencrm.crm.company;

import org.opencrm.crm.platform.record.RecordNotFoundException;

/** No such company, or not one the user may reach: both read the same to the user. */
public class CompanyNotFoundException extends RecordNotFoundException {

  public CompanyNotFoundException(Long id) {
    super(Company.ENTITY, id);
  }
}
