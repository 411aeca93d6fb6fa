package org.opencrm.crm.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

  @Test
  void starttlsIsRequiredAndTheCertificateChecked() {
    Properties p =
        new MailSettings("smtp.example.com", 587, "starttls", "u", "p", "x@y").sessionProperties();
    assertEquals("smtp", p.getProperty("mail.transport.protocol"));
    assertEquals("true", p.getProperty("mail.smtp.starttls.required"));
    assertEquals("true", p.getProperty("mail.smtp.ssl.checkserveridentity"));
    assertEquals("true", p.getProperty("mail.smtp.auth"));
  }

  @Test
  void sslUsesSmtpsAndNoLoginMeansNoAuth() {
    Properties p =
        new MailSettings("smtp.example.com", 465, "ssl", "", "", "x@y").sessionProperties();
    assertEquals("smtps", p.getProperty("mail.transport.protocol"));
    assertEquals("465", p.getProperty("mail.smtps.port"));
    assertEquals("false", p.getProperty("mail.smtps.auth"));
    assertNull(p.getProperty("mail.smtp.starttls.enable"));
  }

  @Test
  void noHostMeansMailIsLoggedNotSent() {
    assertFalse(new MailSettings("", 25, "none", "", "", "x@y").enabled());
  }
}
