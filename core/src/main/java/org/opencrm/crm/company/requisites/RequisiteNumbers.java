package org.opencrm.crm.company.requisites;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks of Russian requisite numbers by their published rules. Each check takes the number as
 * typed (spaces and dashes are ignored, see {@link #digits}) and answers null when it is valid, or
 * the message key of what is wrong with it. An empty number is not checked here: whether a field is
 * required is the form's business.
 */
public final class RequisiteNumbers {

  private static final int[] INN10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
  private static final int[] INN12_FIRST = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
  private static final int[] INN12_SECOND = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
  private static final int[] ACCOUNT_WEIGHTS = {7, 1, 3};
  private static final Pattern KPP = Pattern.compile("\\d{4}[\\dA-Z]{2}\\d{3}");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private RequisiteNumbers() {}

  /**
   * The number without the spaces and dashes people type into it, letters in capitals (a KPP's);
   * null becomes empty.
   */
  public static String digits(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
  }

  /** INN of a legal entity (10 digits) or of a person or sole trader (12 digits). */
  public static String innProblem(String typed) {
    String inn = digits(typed);
    if (inn.isEmpty()) {
      return null;
    }
    if (!DIGITS.matcher(inn).matches()) {
      return "requisites.digitsOnly";
    }
    if (inn.length() == 10) {
      return checkDigit(inn, INN10) == digit(inn, 9) ? null : "requisites.inn.checksum";
    }
    if (inn.length() == 12) {
      return checkDigit(inn, INN12_FIRST) == digit(inn, 10)
              && checkDigit(inn, INN12_SECOND) == digit(inn, 11)
          ? null
          : "requisites.inn.checksum";
    }
    return "requisites.inn.length";
  }

  /** Whether a valid INN is a legal entity's (10 digits) rather than a person's (12). */
  public static boolean isLegalEntityInn(String typed) {
    return digits(typed).length() == 10;
  }

  /**
   * KPP: tax office (4 digits), reason (2 digits or capital Latin letters), serial (3 digits). It
   * has no check digit.
   */
  public static String kppProblem(String typed) {
    String kpp = digits(typed);
    if (kpp.isEmpty()) {
      return null;
    }
    if (kpp.length() != 9) {
      return "requisites.kpp.length";
    }
    return KPP.matcher(kpp).matches() ? null : "requisites.kpp.format";
  }

  /** OGRN of a legal entity: 13 digits starting with 1 or 5, the last a check digit. */
  public static String ogrnProblem(String typed) {
    String ogrn = digits(typed);
    if (ogrn.isEmpty()) {
      return null;
    }
    if (!DIGITS.matcher(ogrn).matches()) {
      return "requisites.digitsOnly";
    }
    if (ogrn.length() != 13) {
      return "requisites.ogrn.length";
    }
    if (ogrn.charAt(0) != '1' && ogrn.charAt(0) != '5') {
      return "requisites.ogrn.first";
    }
    long body = Long.parseLong(ogrn.substring(0, 12));
    return body % 11 % 10 == digit(ogrn, 12) ? null : "requisites.ogrn.checksum";
  }

  /**
   * OGRNIP of a sole trader: 15 digits starting with 3, the last a check digit (the remainder by
   * 13, of which the last digit counts when it is 10 to 12).
   */
  public static String ogrnipProblem(String typed) {
    String ogrnip = digits(typed);
    if (ogrnip.isEmpty()) {
      return null;
    }
    if (!DIGITS.matcher(ogrnip).matches()) {
      return "requisites.digitsOnly";
    }
    if (ogrnip.length() != 15) {
      return "requisites.ogrnip.length";
    }
    if (ogrnip.charAt(0) != '3') {
      return "requisites.ogrnip.first";
    }
    long body = Long.parseLong(ogrnip.substring(0, 14));
    return body % 13 % 10 == digit(ogrnip, 14) ? null : "requisites.ogrnip.checksum";
  }

  /** BIK of a Russian bank: 9 digits starting with 04. */
  public static String bikProblem(String typed) {
    String bik = digits(typed);
    if (bik.isEmpty()) {
      return null;
    }
    if (!DIGITS.matcher(bik).matches()) {
      return "requisites.digitsOnly";
    }
    if (bik.length() != 9) {
      return "requisites.bik.length";
    }
    return bik.startsWith("04") ? null : "requisites.bik.country";
  }

  /**
   * A settlement account (расчётный счёт) at the bank with this BIK: 20 digits whose key matches
   * the BIK's last three digits. A wrong BIK is reported by {@link #bikProblem} first.
   */
  public static String settlementAccountProblem(String typed, String typedBik) {
    String account = digits(typed);
    if (account.isEmpty()) {
      return null;
    }
    String problem = accountShape(account);
    if (problem != null || bikProblem(typedBik) != null) {
      return problem;
    }
    String bik = digits(typedBik);
    return keyHolds(bik.substring(6) + account) ? null : "requisites.account.key";
  }

  /**
   * The correspondent account of the bank with this BIK: 20 digits starting with 301, ending with
   * the BIK's last three digits, whose key matches the Bank of Russia unit ("0" and the BIK's fifth
   * and sixth digits).
   */
  public static String correspondentAccountProblem(String typed, String typedBik) {
    String account = digits(typed);
    if (account.isEmpty()) {
      return null;
    }
    String problem = accountShape(account);
    if (problem != null || bikProblem(typedBik) != null) {
      return problem;
    }
    String bik = digits(typedBik);
    if (!account.startsWith("301")) {
      return "requisites.corrAccount.prefix";
    }
    if (!account.endsWith(bik.substring(6))) {
      return "requisites.corrAccount.bik";
    }
    return keyHolds("0" + bik.substring(4, 6) + account) ? null : "requisites.account.key";
  }

  private static String accountShape(String account) {
    if (!DIGITS.matcher(account).matches()) {
      return "requisites.digitsOnly";
    }
    return account.length() == 20 ? null : "requisites.account.length";
  }

  /** The 23 digits weighted 7, 1, 3 over and over sum to a multiple of ten. */
  private static boolean keyHolds(String twentyThree) {
    int sum = 0;
    for (int i = 0; i < twentyThree.length(); i++) {
      sum += digit(twentyThree, i) * ACCOUNT_WEIGHTS[i % 3] % 10;
    }
    return sum % 10 == 0;
  }

  private static int checkDigit(String number, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += digit(number, i) * weights[i];
    }
    return sum % 11 % 10;
  }

  private static int digit(String number, int index) {
    return number.charAt(index) - '0';
  }
}
