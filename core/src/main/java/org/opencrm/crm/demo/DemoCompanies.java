package org.opencrm.crm.demo;

import java.util.List;
import java.util.Random;
import org.opencrm.crm.company.BankAccountDraft;
import org.opencrm.crm.company.CompanyDraft;
import org.opencrm.crm.company.RequisiteDraft;
import org.opencrm.crm.company.requisites.RequisiteNumbers;
import org.opencrm.crm.platform.channel.EmailKind;
import org.opencrm.crm.platform.channel.EmailLine;
import org.opencrm.crm.platform.channel.PhoneKind;
import org.opencrm.crm.platform.channel.PhoneLine;

/**
 * Made-up Russian companies with requisites that pass every check: INN, KPP and OGRN with correct
 * check digits, accounts at real banks' BIKs with correct keys. No real company is described.
 */
final class DemoCompanies {

  private static final String[] FORMS = {"ООО", "ООО", "ООО", "АО", "ИП"};
  private static final String[] WORDS = {
    "Ромашка",
    "Вектор",
    "Северный ветер",
    "Гранит",
    "Альфа-Строй",
    "Техносфера",
    "Радуга",
    "Меридиан",
    "Стройресурс",
    "Береста",
    "Кедр",
    "Волжские просторы",
    "Сибирская логистика",
    "Орион",
    "Светлый дом",
    "Прогресс",
    "Атлант",
    "Полимер-Трейд",
    "Городские окна",
    "Зенит"
  };
  private static final String[] CITIES = {
    "г. Москва, ул. Тверская, д. ", "г. Санкт-Петербург, Невский пр-кт, д. ",
    "г. Казань, ул. Баумана, д. ", "г. Екатеринбург, ул. Малышева, д. ",
    "г. Новосибирск, Красный пр-кт, д. ", "г. Нижний Новгород, ул. Большая Покровская, д. "
  };
  private static final String[] REGIONS = {"77", "78", "16", "66", "54", "52"};

  /** Real banks' BIK and correspondent account. */
  private static final String[][] BANKS = {
    {"ПАО Сбербанк", "044525225", "30101810400000000225"},
    {"АО «Альфа-Банк»", "044525593", "30101810200000000593"},
    {"Банк ВТБ (ПАО)", "044525187", "30101810700000000187"},
    {"АО «ТБанк»", "044525974", "30101810145250000974"}
  };

  private DemoCompanies() {}

  static CompanyDraft company(int index, Random random) {
    String form = FORMS[random.nextInt(FORMS.length)];
    String word =
        WORDS[index % WORDS.length]
            + (index >= WORDS.length ? " " + (index / WORDS.length + 1) : "");
    int city = random.nextInt(CITIES.length);
    String region = REGIONS[city];
    boolean soleTrader = form.equals("ИП");
    RequisiteDraft r = new RequisiteDraft();
    var person = RussianNames.contact(random);
    String surname = person.getLastName();
    if (soleTrader) {
      r.setShortName("ИП " + surname);
      r.setFullName("Индивидуальный предприниматель " + surname);
      r.setInn(inn12(region, random));
      r.setOgrn(ogrnip(region, random));
    } else {
      r.setShortName(form + " «" + word + "»");
      r.setFullName(
          (form.equals("АО") ? "Акционерное общество" : "Общество с ограниченной ответственностью")
              + " «"
              + word
              + "»");
      r.setInn(inn10(region, random));
      r.setKpp(r.getInn().substring(0, 4) + "01001");
      r.setOgrn(ogrn(region, random));
      r.setDirectorName(
          String.join(" ", surname, person.getFirstName(), person.getMiddleName()).strip());
      r.setDirectorPost("Генеральный директор");
    }
    String address = CITIES[city] + (1 + random.nextInt(120));
    r.setLegalAddress(address);
    r.setActualAddress(address);
    String[] bank = BANKS[random.nextInt(BANKS.length)];
    BankAccountDraft a = new BankAccountDraft();
    a.setBankName(bank[0]);
    a.setBik(bank[1]);
    a.setCorrespondentAccount(bank[2]);
    a.setSettlementAccount(account(soleTrader ? "40802810" : "40702810", bank[1], random));
    r.getAccounts().add(a);

    CompanyDraft d = new CompanyDraft();
    d.setName(r.getShortName());
    d.getRequisites().add(r);
    d.getPhones()
        .add(
            new PhoneLine(
                PhoneKind.WORK,
                "+7 495 " + digits(3, random) + "-" + digits(2, random) + "-" + digits(2, random)));
    String domain = "example-" + (index + 1) + ".ru";
    d.getEmails().add(new EmailLine(EmailKind.WORK, "info@" + domain));
    d.setWebsite(domain);
    return d;
  }

  private static String inn10(String region, Random random) {
    return completed(region + digits(7, random), 1, RequisiteNumbers::innProblem);
  }

  private static String inn12(String region, Random random) {
    return completed(region + digits(8, random), 2, RequisiteNumbers::innProblem);
  }

  private static String ogrn(String region, Random random) {
    return completed(
        "1" + digits(2, random) + "77" + region + digits(5, random),
        1,
        RequisiteNumbers::ogrnProblem);
  }

  private static String ogrnip(String region, Random random) {
    return completed(
        "3" + digits(2, random) + region + digits(9, random), 1, RequisiteNumbers::ogrnipProblem);
  }

  /** An account of the given balance account with a key that matches the bank's BIK. */
  private static String account(String prefix, String bik, Random random) {
    String tail = digits(11, random);
    for (int key = 0; key <= 9; key++) {
      String candidate = prefix + key + tail;
      if (RequisiteNumbers.settlementAccountProblem(candidate, bik) == null) {
        return candidate;
      }
    }
    throw new IllegalStateException("No key digit fits " + prefix + "?" + tail);
  }

  /** The body with check digits appended, found by trying each (the check says which hold). */
  private static String completed(
      String body, int checkDigits, java.util.function.Function<String, String> problem) {
    int limit = checkDigits == 1 ? 10 : 100;
    for (int i = 0; i < limit; i++) {
      String candidate = body + String.format("%0" + checkDigits + "d", i);
      if (problem.apply(candidate) == null) {
        return candidate;
      }
    }
    throw new IllegalStateException("No check digits fit " + body);
  }

  private static String digits(int n, Random random) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(random.nextInt(10));
    }
    return s.toString();
  }

  /** Which contacts (by index in the created list) work for the company of this index. */
  static List<Integer> staff(int index, int contacts, Random random) {
    int n = 1 + random.nextInt(3);
    return java.util.stream.IntStream.range(0, n)
        .map(i -> (index * 3 + i) % contacts)
        .boxed()
        .toList();
  }
}
