package org.opencrm.crm.company;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key a company is found by: its name in lower case without quotes and without the legal form
 * in front, so «Вектор» finds АО «Вектор» and ООО "Вектор-М". The same key is made of what a user
 * types, so "ООО Вектор" finds them too.
 */
public final class CompanyNames {

  private static final Pattern QUOTES = Pattern.compile("[«»\"'“”„‘’`]");

  private static final Pattern LEGAL_FORM =
      Pattern.compile(
          "^(общество с ограниченной ответственностью|публичное акционерное общество"
              + "|непубличное акционерное общество|закрытое акционерное общество"
              + "|открытое акционерное общество|акционерное общество"
              + "|индивидуальный предприниматель|автономная некоммерческая организация"
              + "|ооо|пао|нао|зао|оао|ао|ип|ано|нко|фгуп|гуп|муп|тоо|llc|ltd|jsc)(\\s+|$)");

  private CompanyNames() {}

  /** The search key of a name (or of a typed term). */
  public static String searchKey(String name) {
    if (name == null) {
      return "";
    }
    String key = QUOTES.matcher(name.toLowerCase(Locale.ROOT).replace('ё', 'е')).replaceAll(" ");
    key = key.replaceAll("\\s+", " ").strip();
    String stripped = LEGAL_FORM.matcher(key).replaceFirst("").strip();
    // A name that is only a legal form ("ИП") keeps it.
    return stripped.isEmpty() ? key : stripped;
  }
}
