package org.opencrm.crm.platform.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The single settings row of a tenant (id 1), created by the tenant changelog. */
@Entity
@Table(name = "tenant_setting")
public class TenantSettings {

  public static final int ROW_ID = 1;

  @Id private Integer id;

  @Column(name = "phone_region", nullable = false)
  private String phoneRegion;

  @Column(nullable = false)
  private String currency;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Column(name = "default_locale", nullable = false)
  private String defaultLocale;

  @Column(name = "lookup_base_url")
  private String lookupBaseUrl;

  @Column(name = "lookup_token")
  private String lookupToken;

  @Version private int version;

  protected TenantSettings() {}

  public void change(String phoneRegion, String currency, String timeZone, String defaultLocale) {
    this.phoneRegion = phoneRegion;
    this.currency = currency;
    this.timeZone = timeZone;
    this.defaultLocale = defaultLocale;
  }

  /** Sets the registry lookup provider; a null token keeps the one stored. */
  public void changeLookup(String baseUrl, String token, boolean clearToken) {
    this.lookupBaseUrl = baseUrl;
    if (clearToken) {
      this.lookupToken = null;
    } else if (token != null) {
      this.lookupToken = token;
    }
  }

  /** The lookup provider's address; null for DaData's own. */
  public String getLookupBaseUrl() {
    return lookupBaseUrl;
  }

  /** The lookup token; null when lookups are off. Never shown back to a user. */
  public String getLookupToken() {
    return lookupToken;
  }

  public boolean isLookupConfigured() {
    return lookupToken != null && !lookupToken.isBlank();
  }

  public String getPhoneRegion() {
    return phoneRegion;
  }

  public String getCurrency() {
    return currency;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public String getDefaultLocale() {
    return defaultLocale;
  }
}
