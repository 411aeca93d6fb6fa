package org.opencrm.crm.platform.mail;

import java.util.Locale;
import java.util.Properties;

/**
 * Where service mail goes: {@code crm.smtp.host}, {@code crm.smtp.port} (587 by default), {@code
 * crm.smtp.security} ({@code starttls}, {@code ssl} or {@code none}; {@code starttls} by default),
 * {@code crm.smtp.user}, {@code crm.smtp.password} and {@code crm.mail.from}, each also readable
 * from the environment as {@code CRM_SMTP_HOST} and so on. No host means no SMTP server: mail is
 * logged instead.
 */
public record MailSettings(
    String host, int port, String security, String user, String password, String from) {

  /** The settings from system properties and the environment. */
  public static MailSettings configured() {
    String host = setting("crm.smtp.host", "CRM_SMTP_HOST", "");
    String security =
        setting("crm.smtp.security", "CRM_SMTP_SECURITY", "starttls").toLowerCase(Locale.ROOT);
    int defaultPort =
        switch (security) {
          case "ssl" -> 465;
          case "none" -> 25;
          default -> 587;
        };
    int port;
    try {
      port = Integer.parseInt(setting("crm.smtp.port", "CRM_SMTP_PORT", "" + defaultPort));
    } catch (NumberFormatException e) {
      throw new IllegalStateException("crm.smtp.port must be a number", e);
    }
    String baseDomain = setting("crm.base-domain", "CRM_BASE_DOMAIN", "localhost");
    return new MailSettings(
        host,
        port,
        security,
        setting("crm.smtp.user", "CRM_SMTP_USER", ""),
        setting("crm.smtp.password", "CRM_SMTP_PASSWORD", ""),
        setting("crm.mail.from", "CRM_MAIL_FROM", "CRM <no-reply@" + baseDomain + ">"));
  }

  /** True when an SMTP server is configured. */
  public boolean enabled() {
    return !host.isBlank();
  }

  /** The Jakarta Mail session properties for these settings. */
  public Properties sessionProperties() {
    Properties p = new Properties();
    String protocol = security.equals("ssl") ? "smtps" : "smtp";
    p.setProperty("mail.transport.protocol", protocol);
    p.setProperty("mail." + protocol + ".host", host);
    p.setProperty("mail." + protocol + ".port", Integer.toString(port));
    p.setProperty("mail." + protocol + ".connectiontimeout", "10000");
    p.setProperty("mail." + protocol + ".timeout", "20000");
    p.setProperty("mail." + protocol + ".writetimeout", "20000");
    p.setProperty("mail." + protocol + ".auth", Boolean.toString(!user.isBlank()));
    if (security.equals("starttls")) {
      p.setProperty("mail.smtp.starttls.enable", "true");
      p.setProperty("mail.smtp.starttls.required", "true");
    }
    if (!security.equals("none")) {
      p.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
    }
    return p;
  }

  private static String setting(String property, String env, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(env);
    }
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
