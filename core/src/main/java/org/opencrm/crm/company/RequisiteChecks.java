package org.opencrm.crm.company;

import java.util.ArrayList;
import java.util.List;
import org.opencrm.crm.company.requisites.RequisiteNumbers;
import org.opencrm.crm.platform.channel.ChannelChecks;
import org.opencrm.crm.platform.validation.FieldError;

/**
 * Checks requisite sets and their bank accounts, for companies and for the tenant's own profile
 * alike: every number by its published rules, the KPP only for an organisation, the OGRN's kind (13
 * digits for an organisation, 15 for a sole trader) from the INN. Empty sets and empty account
 * lines are dropped. Problems are keyed {@code requisites[0].inn}, {@code
 * requisites[0].accounts[1].bik}.
 */
public final class RequisiteChecks {

  public static final int MAX_SETS = 20;
  public static final int MAX_ACCOUNTS = 20;
  public static final int MAX_TEXT = 255;
  public static final int MAX_FULL_NAME = 500;
  public static final int MAX_ADDRESS = 1000;

  /** A checked bank account. */
  public record CleanAccount(
      String bankName, String bik, String settlementAccount, String correspondentAccount) {}

  /** A checked requisite set; numbers hold digits only, empty values are null. */
  public record CleanRequisites(
      String fullName,
      String shortName,
      String inn,
      String kpp,
      String ogrn,
      String legalAddress,
      String actualAddress,
      String directorName,
      String directorPost,
      String accountantName,
      List<CleanAccount> accounts) {}

  private RequisiteChecks() {}

  public static List<CleanRequisites> check(List<RequisiteDraft> drafts, List<FieldError> errors) {
    List<CleanRequisites> sets = new ArrayList<>();
    List<RequisiteDraft> given = drafts == null ? List.of() : drafts;
    if (given.size() > MAX_SETS) {
      errors.add(FieldError.of("requisites", "field.tooMany", MAX_SETS));
      return sets;
    }
    for (int i = 0; i < given.size(); i++) {
      CleanRequisites clean = one(given.get(i), "requisites[" + i + "].", errors);
      if (clean != null) {
        sets.add(clean);
      }
    }
    return sets;
  }

  private static CleanRequisites one(RequisiteDraft d, String prefix, List<FieldError> errors) {
    String fullName = text(d.getFullName(), MAX_FULL_NAME, prefix + "fullName", errors);
    String shortName = text(d.getShortName(), MAX_TEXT, prefix + "shortName", errors);
    String legalAddress = text(d.getLegalAddress(), MAX_ADDRESS, prefix + "legalAddress", errors);
    String actualAddress =
        text(d.getActualAddress(), MAX_ADDRESS, prefix + "actualAddress", errors);
    String director = text(d.getDirectorName(), MAX_TEXT, prefix + "directorName", errors);
    String directorPost = text(d.getDirectorPost(), MAX_TEXT, prefix + "directorPost", errors);
    String accountant = text(d.getAccountantName(), MAX_TEXT, prefix + "accountantName", errors);

    String inn =
        number(d.getInn(), RequisiteNumbers.innProblem(d.getInn()), prefix + "inn", errors);
    boolean soleTrader = inn != null && inn.length() == 12;
    String kpp =
        number(d.getKpp(), RequisiteNumbers.kppProblem(d.getKpp()), prefix + "kpp", errors);
    if (kpp != null && soleTrader) {
      errors.add(FieldError.of(prefix + "kpp", "requisites.kpp.soleTrader"));
    }
    String ogrnDigits = RequisiteNumbers.digits(d.getOgrn());
    boolean ogrnip = soleTrader || (inn == null && ogrnDigits.length() == 15);
    String ogrn =
        number(
            d.getOgrn(),
            ogrnip
                ? RequisiteNumbers.ogrnipProblem(d.getOgrn())
                : RequisiteNumbers.ogrnProblem(d.getOgrn()),
            prefix + "ogrn",
            errors);

    List<CleanAccount> accounts = new ArrayList<>();
    List<BankAccountDraft> lines = d.getAccounts() == null ? List.of() : d.getAccounts();
    if (lines.size() > MAX_ACCOUNTS) {
      errors.add(FieldError.of(prefix + "accounts", "field.tooMany", MAX_ACCOUNTS));
    } else {
      for (int i = 0; i < lines.size(); i++) {
        CleanAccount a = account(lines.get(i), prefix + "accounts[" + i + "].", errors);
        if (a != null) {
          accounts.add(a);
        }
      }
    }
    boolean empty =
        fullName == null
            && shortName == null
            && inn == null
            && kpp == null
            && ogrn == null
            && legalAddress == null
            && actualAddress == null
            && director == null
            && directorPost == null
            && accountant == null
            && accounts.isEmpty();
    if (empty) {
      return null;
    }
    return new CleanRequisites(
        fullName,
        shortName,
        inn,
        kpp,
        ogrn,
        legalAddress,
        actualAddress,
        director,
        directorPost,
        accountant,
        accounts);
  }

  private static CleanAccount account(BankAccountDraft d, String prefix, List<FieldError> errors) {
    String bankName = text(d.getBankName(), MAX_TEXT, prefix + "bankName", errors);
    String bik =
        number(d.getBik(), RequisiteNumbers.bikProblem(d.getBik()), prefix + "bik", errors);
    String settlement =
        number(
            d.getSettlementAccount(),
            RequisiteNumbers.settlementAccountProblem(d.getSettlementAccount(), d.getBik()),
            prefix + "settlementAccount",
            errors);
    String correspondent =
        number(
            d.getCorrespondentAccount(),
            RequisiteNumbers.correspondentAccountProblem(d.getCorrespondentAccount(), d.getBik()),
            prefix + "correspondentAccount",
            errors);
    boolean typed =
        bankName != null
            || !RequisiteNumbers.digits(d.getBik()).isEmpty()
            || !RequisiteNumbers.digits(d.getSettlementAccount()).isEmpty()
            || !RequisiteNumbers.digits(d.getCorrespondentAccount()).isEmpty();
    if (!typed) {
      return null;
    }
    if (RequisiteNumbers.digits(d.getBik()).isEmpty()) {
      errors.add(FieldError.of(prefix + "bik", "requisites.bik.required"));
    }
    if (RequisiteNumbers.digits(d.getSettlementAccount()).isEmpty()) {
      errors.add(FieldError.of(prefix + "settlementAccount", "requisites.account.required"));
    }
    if (bik == null || settlement == null) {
      return null;
    }
    return new CleanAccount(bankName, bik, settlement, correspondent);
  }

  /** The number's digits when it is valid, null when empty or wrong (the problem recorded). */
  private static String number(
      String typed, String problem, String field, List<FieldError> errors) {
    if (problem != null) {
      errors.add(FieldError.of(field, problem));
      return null;
    }
    String digits = RequisiteNumbers.digits(typed);
    return digits.isEmpty() ? null : digits;
  }

  private static String text(String value, int max, String field, List<FieldError> errors) {
    String cleaned = ChannelChecks.clean(value).replaceAll("[\\r\\n\\t ]+", " ");
    if (cleaned.length() > max) {
      errors.add(FieldError.of(field, "field.tooLong", max));
    }
    return cleaned.isEmpty() ? null : cleaned;
  }
}
