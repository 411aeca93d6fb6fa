package org.opencrm.crm.company.requisites;

/**
 * What a registry lookup knows of an organisation or sole trader, in the fields a company's
 * requisites take.
 *
 * @param type {@code LEGAL} or {@code INDIVIDUAL} (a sole trader)
 * @param status {@code ACTIVE}, {@code LIQUIDATING}, {@code LIQUIDATED}, {@code BANKRUPT} or {@code
 *     REORGANIZING}
 * @param branchType {@code MAIN} or {@code BRANCH}; null for a sole trader
 */
public record PartyInfo(
    String inn,
    String kpp,
    String ogrn,
    String fullName,
    String shortName,
    String type,
    String legalAddress,
    String directorName,
    String directorPost,
    String status,
    String branchType) {

  /** Whether the company is working: anything else earns the user a warning. */
  public boolean active() {
    return "ACTIVE".equals(status);
  }

  public boolean soleTrader() {
    return "INDIVIDUAL".equals(type);
  }
}
