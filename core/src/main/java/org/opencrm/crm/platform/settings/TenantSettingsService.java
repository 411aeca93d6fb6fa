package org.opencrm.crm.platform.settings;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencrm.crm.platform.history.HistoryRecorder;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/** Reads the current tenant's settings (once per request) and lets an administrator change them. */
@RequestScoped
public class TenantSettingsService {

  /** The key of the settings in permissions and history. */
  public static final String ENTITY = "settings";

  /** Currencies a company can keep its books in. */
  public static final List<String> CURRENCIES =
      List.of("RUB", "KZT", "BYN", "UZS", "KGS", "AMD", "AZN", "GEL", "USD", "EUR", "CNY");

  public static final List<String> LANGUAGES = List.of("ru", "en");

  @Inject TenantDatabase db;
  @Inject AccessControl access;
  @Inject HistoryRecorder history;

  private TenantSettings settings;

  public TenantSettings current() {
    if (settings == null) {
      settings = db.em().find(TenantSettings.class, TenantSettings.ROW_ID);
      if (settings == null) {
        throw new IllegalStateException("The tenant has no settings row");
      }
    }
    return settings;
  }

  /** Changes the settings; everything is checked first, and the change goes to history. */
  @Transactional
  public void change(String phoneRegion, String currency, String timeZone, String language) {
    access.require(ENTITY, PermissionAction.EDIT);
    List<FieldError> errors = new ArrayList<>();
    Set<String> regions = PhoneNumberUtil.getInstance().getSupportedRegions();
    if (phoneRegion == null || !regions.contains(phoneRegion)) {
      errors.add(FieldError.of("phoneRegion", "settings.phoneRegion.invalid"));
    }
    if (currency == null || !CURRENCIES.contains(currency)) {
      errors.add(FieldError.of("currency", "settings.currency.invalid"));
    }
    try {
      if (timeZone == null || !ZoneId.getAvailableZoneIds().contains(timeZone)) {
        throw new DateTimeException(String.valueOf(timeZone));
      }
      ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      errors.add(FieldError.of("timeZone", "settings.timeZone.invalid"));
    }
    if (language == null || !LANGUAGES.contains(language)) {
      errors.add(FieldError.of("language", "settings.language.invalid"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    TenantSettings row = db.em().find(TenantSettings.class, TenantSettings.ROW_ID);
    Map<String, String> before = snapshot(row);
    row.change(phoneRegion, currency, timeZone, language);
    db.em().flush();
    history.changed(ENTITY, (long) TenantSettings.ROW_ID, before, snapshot(row));
    settings = row;
  }

  /**
   * Sets the registry lookup provider: its base address (empty for DaData's own) and token (empty
   * keeps the stored one unless {@code clearToken}). The token goes to history only as "set".
   */
  @Transactional
  public void changeLookup(String baseUrl, String token, boolean clearToken) {
    access.require(ENTITY, PermissionAction.EDIT);
    String base = baseUrl == null ? "" : baseUrl.strip();
    String newToken = token == null ? "" : token.strip();
    List<FieldError> errors = new ArrayList<>();
    if (!base.isEmpty()) {
      try {
        java.net.URI uri = new java.net.URI(base);
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())
            || uri.getHost() == null
            || base.length() > 500) {
          throw new java.net.URISyntaxException(base, "not an http(s) address");
        }
      } catch (java.net.URISyntaxException e) {
        errors.add(FieldError.of("lookupBaseUrl", "settings.lookup.url.invalid"));
      }
    }
    if (newToken.length() > 500 || newToken.chars().anyMatch(ch -> ch < 0x21 || ch > 0x7e)) {
      errors.add(FieldError.of("lookupToken", "settings.lookup.token.invalid"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    TenantSettings row = db.em().find(TenantSettings.class, TenantSettings.ROW_ID);
    Map<String, String> before = snapshot(row);
    row.changeLookup(
        base.isEmpty() ? null : base, newToken.isEmpty() ? null : newToken, clearToken);
    db.em().flush();
    history.changed(ENTITY, (long) TenantSettings.ROW_ID, before, snapshot(row));
    settings = row;
  }

  private static Map<String, String> snapshot(TenantSettings s) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("phoneRegion", s.getPhoneRegion());
    m.put("currency", s.getCurrency());
    m.put("timeZone", s.getTimeZone());
    m.put("language", s.getDefaultLocale());
    m.put("lookupBaseUrl", s.getLookupBaseUrl());
    m.put("lookupToken", s.isLookupConfigured() ? "••••" : null);
    return m;
  }
}
