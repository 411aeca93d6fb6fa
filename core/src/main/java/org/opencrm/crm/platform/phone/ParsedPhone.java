package org.opencrm.crm.platform.phone;

/**
 * The outcome of parsing a phone number: the E.164 form, extension and region when valid, or the
 * message key of what is wrong.
 */
public record ParsedPhone(
    boolean valid, String e164, String extension, String region, String problemKey) {

  static ParsedPhone invalid(String problemKey) {
    return new ParsedPhone(false, null, null, null, problemKey);
  }
}
