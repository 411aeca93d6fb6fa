package org.opencrm.crm.company.requisites;

/** The answer of a registry lookup by INN or OGRN. */
public sealed interface PartyLookupResult {

  /** The registry knows the number; the organisation chosen among its branches. */
  record Found(PartyInfo party) implements PartyLookupResult {}

  /** The number is well formed but the registry does not know it. */
  record NotFound() implements PartyLookupResult {}

  /** The number itself is wrong; the registry was not asked. {@code messageKey} says why. */
  record Invalid(String messageKey) implements PartyLookupResult {}

  /**
   * The registry could not be asked or did not answer properly (no token, refused token, timeout,
   * an answer that is not its format); {@code messageKey} says which, {@code detail} what happened.
   * The user types the requisites by hand.
   */
  record Unavailable(String messageKey, String detail) implements PartyLookupResult {}
}
