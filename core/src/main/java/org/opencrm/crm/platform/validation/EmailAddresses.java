package org.opencrm.crm.platform.validation;

import java.util.regex.Pattern;

/**
 * The e-mail address check used everywhere: a local part without spaces or separators, an
 * {@code @}, and a domain of at least two labels (international letters allowed).
 */
public final class EmailAddresses {

  public static final int MAX_LENGTH = 254;

  private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?";
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s\"<>()\\[\\],;:\\\\]{1,64}@" + LABEL + "(?:\\." + LABEL + ")+");

  private EmailAddresses() {}

  public static boolean isValid(String address) {
    return address != null && address.length() <= MAX_LENGTH && EMAIL.matcher(address).matches();
  }
}
