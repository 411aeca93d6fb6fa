package org.opencrm.crm.company;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import org.opencrm.crm.company.requisites.DaDataPartyLookup;
import org.opencrm.crm.company.requisites.PartyLookupResult;
import org.opencrm.crm.platform.settings.TenantSettings;
import org.opencrm.crm.platform.settings.TenantSettingsService;

/**
 * The registry lookup of the current tenant: the provider and token from its settings. Without a
 * token it answers {@code Unavailable} (numbers are still checked), so forms fall back to typing.
 */
@RequestScoped
public class RequisitesLookup {

  /** How long a user waits for the registry before typing by hand. */
  public static final Duration TIMEOUT = Duration.ofSeconds(5);

  @Inject TenantSettingsService settings;

  public boolean isConfigured() {
    return settings.current().isLookupConfigured();
  }

  /** Looks an INN or OGRN up; the KPP picks a branch, null the main office. */
  public PartyLookupResult find(String innOrOgrn, String kpp) {
    TenantSettings s = settings.current();
    URI base =
        s.getLookupBaseUrl() == null
            ? DaDataPartyLookup.DEFAULT_BASE
            : URI.create(s.getLookupBaseUrl());
    return new DaDataPartyLookup(base, s.getLookupToken(), TIMEOUT).find(innOrOgrn, kpp);
  }
}
