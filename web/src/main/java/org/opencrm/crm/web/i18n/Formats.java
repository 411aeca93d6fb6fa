package org.opencrm.crm.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.opencrm.crm.platform.settings.TenantSettingsService;
import org.opencrm.crm.platform.tenant.TenantContext;

/** Dates and times in the tenant's time zone and the user's language. */
@Named
@RequestScoped
public class Formats {

  @Inject TenantSettingsService settings;
  @Inject TenantContext tenant;
  @Inject UserPreferences preferences;

  private ZoneId zone;

  public String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
        .withLocale(preferences.getLocale())
        .withZone(zone())
        .format(instant);
  }

  /** A calendar date (a birthday) in the user's language; no time zone applies. */
  public String date(java.time.LocalDate date) {
    if (date == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(preferences.getLocale())
        .format(date);
  }

  private ZoneId zone() {
    if (zone == null) {
      zone =
          tenant.isSet() ? ZoneId.of(settings.current().getTimeZone()) : ZoneId.of("Europe/Moscow");
    }
    return zone;
  }
}
