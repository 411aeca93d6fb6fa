package org.opencrm.crm.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opencrm.crm.platform.i18n.Messages;

/**
 * A CSV file that Excel opens correctly: UTF-8 with a byte order mark, semicolons, CRLF, headers in
 * the user's language. Text cells that a spreadsheet would run as a formula are neutralised.
 */
public final class ExcelCsv {

  private static final Pattern PHONES =
      Pattern.compile(
          "\\+\\d[\\d ()\\-]*( (ext|доб)\\. \\d+)?(, \\+\\d[\\d ()\\-]*( (ext|доб)\\. \\d+)?)*");

  private final CSVPrinter csv;

  private ExcelCsv(CSVPrinter csv) {
    this.csv = csv;
  }

  /** Starts the file: the byte order mark and the header row, each header a message key. */
  public static ExcelCsv start(OutputStream out, Locale locale, List<String> headerKeys)
      throws IOException {
    return start(out, headerKeys.stream().map(key -> Messages.get(locale, key)).toList());
  }

  /** Starts the file: the byte order mark and the header row as given. */
  public static ExcelCsv start(OutputStream out, List<String> headers) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
    CSVPrinter printer = new CSVPrinter(writer, format);
    printer.printRecord(headers);
    return new ExcelCsv(printer);
  }

  /** One row; text cells are neutralised, numbers written as they are. */
  public void row(Object... cells) throws IOException {
    List<Object> values = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      values.add(cell instanceof String s ? safe(s) : cell == null ? "" : cell);
    }
    csv.printRecord(values);
  }

  public void flush() throws IOException {
    csv.flush();
  }

  /**
   * Neutralises a cell a spreadsheet would evaluate: text starting with {@code = @ TAB CR}, or with
   * {@code -}, or with {@code +} unless it is a list of phone numbers, gets a leading apostrophe.
   */
  public static String safe(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    boolean risky =
        first == '='
            || first == '@'
            || first == '\t'
            || first == '\r'
            || first == '-'
            || (first == '+' && !PHONES.matcher(value).matches());
    return risky ? "'" + value : value;
  }
}
