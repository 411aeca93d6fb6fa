package org.opencrm.crm.company;

/** No such company, or not one the user may reach: both read the same to the user. */
public class CompanyNotFoundException extends RuntimeException {
  public CompanyNotFoundException(Long id) {
    super("Company " + id + " not found");
  }
}
