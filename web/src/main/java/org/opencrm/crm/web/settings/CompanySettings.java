package org.opencrm.crm.web.settings;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.AccessDeniedException;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.settings.TenantSettings;
import org.opencrm.crm.platform.settings.TenantSettingsService;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;
import org.opencrm.crm.web.i18n.Texts;

/** The company's regional settings, for administrators. */
@Named
@ViewScoped
public class CompanySettings implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TenantSettingsService settings;
  @Inject AccessControl access;
  @Inject Texts texts;

  private String phoneRegion;
  private String currency;
  private String timeZone;
  private String language;
  private String lookupBaseUrl;
  private String lookupToken;
  private boolean lookupTokenSet;

  /** Only administrators may open the page; others get 403. */
  public void load() {
    if (!access.can(TenantSettingsService.ENTITY, PermissionAction.EDIT)) {
      throw new AccessDeniedException("Settings are for administrators");
    }
    if (phoneRegion == null) {
      TenantSettings s = settings.current();
      phoneRegion = s.getPhoneRegion();
      currency = s.getCurrency();
      timeZone = s.getTimeZone();
      language = s.getDefaultLocale();
      lookupBaseUrl = s.getLookupBaseUrl();
      lookupTokenSet = s.isLookupConfigured();
    }
  }

  public void save() {
    try {
      settings.change(phoneRegion, currency, timeZone, language);
      texts.message(null, FacesMessage.SEVERITY_INFO, "settings.saved");
    } catch (ValidationException e) {
      for (FieldError error : e.errors()) {
        texts.message("settings:" + error.field(), FacesMessage.SEVERITY_ERROR, error.messageKey());
      }
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  /** Saves the registry lookup provider; an empty token field keeps the stored token. */
  public void saveLookup() {
    lookup(false);
  }

  /** Forgets the token: requisites are then only checked, not filled in. */
  public void clearLookupToken() {
    lookup(true);
  }

  private void lookup(boolean clear) {
    try {
      settings.changeLookup(lookupBaseUrl, lookupToken, clear);
      lookupToken = null;
      lookupTokenSet = settings.current().isLookupConfigured();
      texts.message(null, FacesMessage.SEVERITY_INFO, "settings.saved");
    } catch (ValidationException e) {
      for (FieldError error : e.errors()) {
        texts.message("lookup:" + error.field(), FacesMessage.SEVERITY_ERROR, error.messageKey());
      }
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public String getLookupBaseUrl() {
    return lookupBaseUrl;
  }

  public void setLookupBaseUrl(String lookupBaseUrl) {
    this.lookupBaseUrl = lookupBaseUrl;
  }

  public String getLookupToken() {
    return lookupToken;
  }

  public void setLookupToken(String lookupToken) {
    this.lookupToken = lookupToken;
  }

  public boolean isLookupTokenSet() {
    return lookupTokenSet;
  }

  /** Countries by their name in the user's language, with their calling code. */
  public Map<String, String> getRegions() {
    Locale locale = texts.locale();
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    Map<String, String> regions = new LinkedHashMap<>();
    util.getSupportedRegions().stream()
        .sorted(Comparator.comparing(r -> new Locale("", r).getDisplayCountry(locale)))
        .forEach(
            r ->
                regions.put(
                    new Locale("", r).getDisplayCountry(locale)
                        + " (+"
                        + util.getCountryCodeForRegion(r)
                        + ")",
                    r));
    return regions;
  }

  public java.util.List<String> getCurrencies() {
    return TenantSettingsService.CURRENCIES;
  }

  public java.util.List<String> getTimeZones() {
    return ZoneId.getAvailableZoneIds().stream()
        .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
        .sorted()
        .toList();
  }

  public String getPhoneRegion() {
    return phoneRegion;
  }

  public void setPhoneRegion(String phoneRegion) {
    this.phoneRegion = phoneRegion;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
