package org.opencrm.crm.demo;

import java.util.Locale;
import java.util.Random;
import org.opencrm.crm.contact.ContactDraft;
import org.opencrm.crm.platform.channel.PhoneLine;

/** Generates plausible Russian people: name parts in the right gender, phones, e-mails, notes. */
final class RussianNames {

  private static final String[][] MALE = {
    {
      "Иванов",
      "Смирнов",
      "Кузнецов",
      "Попов",
      "Васильев",
      "Соколов",
      "Михайлов",
      "Новиков",
      "Фёдоров",
      "Морозов",
      "Волков",
      "Алексеев",
      "Лебедев",
      "Семёнов",
      "Егоров",
      "Павлов",
      "Козлов",
      "Степанов",
      "Николаев",
      "Орлов",
      "Андреев",
      "Макаров",
      "Никитин",
      "Захаров"
    },
    {
      "Александр",
      "Дмитрий",
      "Максим",
      "Сергей",
      "Андрей",
      "Алексей",
      "Артём",
      "Илья",
      "Кирилл",
      "Михаил",
      "Никита",
      "Матвей",
      "Роман",
      "Егор",
      "Иван",
      "Владимир",
      "Павел",
      "Николай"
    },
    {
      "Александрович",
      "Дмитриевич",
      "Сергеевич",
      "Андреевич",
      "Алексеевич",
      "Иванович",
      "Владимирович",
      "Николаевич",
      "Павлович",
      "Михайлович",
      "Викторович",
      "Юрьевич"
    }
  };
  private static final String[][] FEMALE = {
    {
      "Иванова",
      "Смирнова",
      "Кузнецова",
      "Попова",
      "Васильева",
      "Соколова",
      "Михайлова",
      "Новикова",
      "Фёдорова",
      "Морозова",
      "Волкова",
      "Алексеева",
      "Лебедева",
      "Семёнова",
      "Егорова",
      "Павлова",
      "Козлова",
      "Степанова",
      "Николаева",
      "Орлова",
      "Андреева"
    },
    {
      "Анна",
      "Мария",
      "Елена",
      "Ольга",
      "Наталья",
      "Татьяна",
      "Ирина",
      "Екатерина",
      "Светлана",
      "Юлия",
      "Анастасия",
      "Дарья",
      "Ксения",
      "Полина",
      "Виктория",
      "Марина",
      "Алина"
    },
    {
      "Александровна",
      "Дмитриевна",
      "Сергеевна",
      "Андреевна",
      "Алексеевна",
      "Ивановна",
      "Владимировна",
      "Николаевна",
      "Павловна",
      "Михайловна",
      "Викторовна",
      "Юрьевна"
    }
  };
  private static final String[] DOMAINS = {
    "mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru"
  };
  private static final String[] NOTES = {
    "Интересуется оптовыми поставками.",
    "Просил перезвонить после 15:00.",
    "Пришёл с выставки «Экспо-2026».",
    "Постоянный клиент, скидка 5 %.",
    "Нужен счёт с НДС.",
    "",
    "",
    ""
  };

  private RussianNames() {}

  static ContactDraft contact(Random random) {
    String[][] names = random.nextBoolean() ? MALE : FEMALE;
    ContactDraft d = new ContactDraft();
    d.setLastName(pick(names[0], random));
    d.setFirstName(pick(names[1], random));
    if (random.nextInt(10) < 7) {
      d.setMiddleName(pick(names[2], random));
    }
    d.getPhones().add(DemoData.mobile(mobile(random)));
    if (random.nextInt(5) == 0) {
      d.getPhones()
          .add(
              new PhoneLine(
                  org.opencrm.crm.platform.channel.PhoneKind.WORK,
                  "8 (495) "
                      + (100 + random.nextInt(900))
                      + "-"
                      + two(random)
                      + "-"
                      + two(random)));
    }
    if (random.nextInt(10) < 8) {
      d.getEmails()
          .add(
              DemoData.work(
                  org.opencrm.crm.platform.i18n.Transliteration.latin(d.getFirstName()).charAt(0)
                      + "."
                      + org.opencrm.crm.platform.i18n.Transliteration.latin(d.getLastName())
                      + random.nextInt(100)
                      + "@"
                      + pick(DOMAINS, random)));
    }
    d.setNotes(pick(NOTES, random));
    return d;
  }

  private static String mobile(Random random) {
    int operator = 900 + random.nextInt(100);
    String number =
        operator + " " + (100 + random.nextInt(900)) + "-" + two(random) + "-" + two(random);
    return switch (random.nextInt(3)) {
      case 0 -> "+7 " + number;
      case 1 -> "8 " + number;
      default -> "8" + number.replaceAll("\\D", "");
    };
  }

  private static String two(Random random) {
    return String.format(Locale.ROOT, "%02d", random.nextInt(100));
  }

  private static String pick(String[] values, Random random) {
    return values[random.nextInt(values.length)];
  }
}
