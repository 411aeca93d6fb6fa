package org.opencrm.crm.platform.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files as people bring them, byte for byte: Russian Excel's Windows-1251 with {@code ;}, UTF-8
 * with and without a BOM, quoted separators, quotes and line breaks, tabs and commas.
 */
class CsvReadingTest {

  private static final String TABLE =
      "ФИО;Телефон;Компания;Комментарий\r\n"
          + "Иванов Иван Иванович;8 (912) 345-67-89;\"ООО \"\"Ромашка\"\"; филиал\";\"Звонить после 18:00\r\nв будни\"\r\n"
          + "Петрова Анна Сергеевна;+7 916 555-44-33;ИП Петрова;Постоянный клиент, скидка 5%\r\n"
          + "\r\n"
          + "Щукин Ёжик;;Съешь ещё этих мягких французских булок;\r\n";

  private static List<CsvRows.Row> read(byte[] bytes, TextFileFormat format) throws IOException {
    List<CsvRows.Row> rows = new ArrayList<>();
    try (CsvRows csv = CsvRows.open(new ByteArrayInputStream(bytes), format)) {
      csv.forEach(rows::add);
    }
    return rows;
  }

  private static void assertTable(List<CsvRows.Row> rows) {
    assertEquals(4, rows.size(), rows::toString);
    assertEquals(List.of("ФИО", "Телефон", "Компания", "Комментарий"), rows.get(0).cells());
    assertEquals("ООО \"Ромашка\"; филиал", rows.get(1).cells().get(2));
    assertEquals("Звонить после 18:00\r\nв будни", rows.get(1).cells().get(3));
    assertEquals("Постоянный клиент, скидка 5%", rows.get(2).cells().get(3));
    assertEquals(
        List.of("Щукин Ёжик", "", "Съешь ещё этих мягких французских булок", ""),
        rows.get(3).cells());
    assertEquals(4, rows.get(3).line(), "numbered as a spreadsheet shows the rows");
  }

  @Test
  void russianExcelWindows1251WithSemicolons() throws IOException {
    byte[] bytes = TABLE.getBytes(Charset.forName("windows-1251"));
    TextFileFormat format = TextFileSniffer.sniff(bytes, bytes.length);
    assertEquals("windows-1251", format.charset().name());
    assertTrue(format.detected(), "a guess the user may override");
    assertEquals(';', format.separator());
    assertTable(read(bytes, format));
  }

  @Test
  void windows1251WithFewCapitalsIsNotTakenForMacCyrillic() {
    StringBuilder text = new StringBuilder("Фамилия;Имя;Телефон;Заметка для себя\n");
    for (int i = 1; i <= 300; i++) {
      text.append("Браузерный;Клиент")
          .append(i)
          .append(";+7 919 000")
          .append(i)
          .append(";не загружать\n");
    }
    byte[] bytes = text.toString().getBytes(Charset.forName("windows-1251"));
    assertEquals("windows-1251", TextFileSniffer.sniff(bytes, bytes.length).charset().name());
  }

  @Test
  void koi8IsStillFound() {
    byte[] bytes = TABLE.getBytes(Charset.forName("KOI8-R"));
    assertEquals("KOI8-R", TextFileSniffer.sniff(bytes, bytes.length).charset().name());
  }

  @Test
  void utf8WithBom() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.write(TABLE.getBytes(StandardCharsets.UTF_8));
    byte[] bytes = out.toByteArray();
    TextFileFormat format = TextFileSniffer.sniff(bytes, bytes.length);
    assertEquals(StandardCharsets.UTF_8, format.charset());
    assertEquals(3, format.bom());
    assertFalse(format.detected());
    assertTable(read(bytes, format));
  }

  @Test
  void utf8WithoutBomEvenWhenTheHeadCutsACharacter() throws IOException {
    byte[] bytes = TABLE.getBytes(StandardCharsets.UTF_8);
    TextFileFormat format = TextFileSniffer.sniff(bytes, bytes.length);
    assertEquals(StandardCharsets.UTF_8, format.charset());
    assertEquals(0, format.bom());
    assertTable(read(bytes, format));
    // The first bytes only, ending inside "Ф" (two bytes in UTF-8): still UTF-8.
    assertEquals(StandardCharsets.UTF_8, TextFileSniffer.sniff(bytes, 1).charset());
    assertTrue(TextFileSniffer.validUtf8(bytes, 11));
  }

  @Test
  void utf16WithBom() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    out.write(TABLE.getBytes(StandardCharsets.UTF_16LE));
    byte[] bytes = out.toByteArray();
    TextFileFormat format = TextFileSniffer.sniff(bytes, bytes.length);
    assertEquals(StandardCharsets.UTF_16LE, format.charset());
    assertTable(read(bytes, format));
  }

  @Test
  void tabsAndCommasAreFoundOutsideQuotes() {
    assertEquals('\t', TextFileSniffer.separator("Имя\tТелефон\tЗаметка\nА\t1\t\"x; y; z\"\n"));
    assertEquals(',', TextFileSniffer.separator("name,phone,note\nA,1,\"x; y; z; w\"\n"));
    assertEquals(';', TextFileSniffer.separator("name;phone\n"));
    assertEquals(';', TextFileSniffer.separator("just one column\n"));
  }

  @Test
  void theUserMayOverrideTheEncoding() throws IOException {
    byte[] bytes = "Имя;Город\nЁлка;Москва\n".getBytes(Charset.forName("KOI8-R"));
    TextFileFormat chosen =
        TextFileSniffer.sniff(bytes, bytes.length).withCharset(Charset.forName("KOI8-R"));
    assertEquals(List.of("Ёлка", "Москва"), read(bytes, chosen).get(1).cells());
  }

  @Test
  void headersAreMatchedToFieldsInRussianAndEnglish() {
    List<ImportField> fields =
        List.of(
            ImportField.of("fullName", "ФИО", "Full name", "Name"),
            ImportField.of("lastName", "Фамилия", "Last name", "Surname"),
            ImportField.of("phone", "Телефон", "Phone", "Мобильный"),
            ImportField.of("workPhone", "Телефон рабочий", "Work phone"),
            ImportField.of("email", "E-mail", "Email", "Почта", "Электронная почта"),
            ImportField.of("company", "Компания", "Организация", "Company"),
            ImportField.of("inn", "ИНН", "INN", "TIN"));
    assertEquals(
        Arrays.asList("fullName", "workPhone", "phone", "email", "company", "inn", null, null),
        ColumnGuesser.guess(
            List.of(
                " ФИО ",
                "Телефон рабочий",
                "Телефон (мобильный)",
                "e-mail*",
                "Организация",
                "ИНН",
                "Что-то ещё",
                ""),
            fields));
    assertEquals(
        Arrays.asList("lastName", "phone", null),
        ColumnGuesser.guess(List.of("SURNAME", "Phone", "Phone"), fields),
        "a field is proposed for one column only");
  }

  @Test
  void fullNamesAreSplitTheRussianWay() {
    assertEquals(
        new FullNames.Parts("Иванов", "Иван", "Иванович"),
        FullNames.split(" Иванов  Иван Иванович "));
    assertEquals(
        new FullNames.Parts("Петрова", "Анна", "Сергеевна"),
        FullNames.split("Анна Сергеевна Петрова"));
    assertEquals(
        new FullNames.Parts("Алиев", "Рашид", "Гусейн оглы"),
        FullNames.split("Алиев Рашид Гусейн оглы"));
    assertEquals(new FullNames.Parts("Smith", "John", ""), FullNames.split("Smith John"));
    assertEquals(new FullNames.Parts("Щукин", "", ""), FullNames.split("Щукин"));
    assertEquals(new FullNames.Parts("", "", ""), FullNames.split("  "));
  }
}
