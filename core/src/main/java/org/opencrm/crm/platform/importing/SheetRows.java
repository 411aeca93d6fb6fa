package org.opencrm.crm.platform.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of an uploaded file, CSV or XLSX (the first sheet), as text cells with their row
 * numbers, streamed: a file of a million rows is never held in memory. XLSX numbers come as plain
 * numbers ("79161234567", not "7.9E10"), days as dd.MM.yyyy.
 */
public abstract class SheetRows implements AutoCloseable, Iterable<CsvRows.Row> {

  /** What an uploaded file is. */
  public enum Kind {
    CSV,
    XLSX
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** XLSX by its zip signature and name, else text. */
  public static Kind kindOf(String fileName, byte[] head) {
    boolean zip =
        head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    return zip || name.endsWith(".xlsx") ? Kind.XLSX : Kind.CSV;
  }

  /**
   * Opens a file.
   *
   * @param format the text format (CSV only)
   * @throws IOException when the file cannot be read as its kind (a damaged XLSX, say)
   */
  public static SheetRows open(Path file, Kind kind, TextFileFormat format) throws IOException {
    if (kind == Kind.XLSX) {
      return new Xlsx(file);
    }
    return new Csv(CsvRows.open(Files.newInputStream(file), format));
  }

  /** The text format of a CSV file, from its first bytes. */
  public static TextFileFormat sniff(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return CsvRows.sniff(in);
    }
  }

  @Override
  public abstract void close() throws IOException;

  private static final class Csv extends SheetRows {
    private final CsvRows rows;

    Csv(CsvRows rows) {
      this.rows = rows;
    }

    @Override
    public Iterator<CsvRows.Row> iterator() {
      return rows.iterator();
    }

    @Override
    public void close() throws IOException {
      rows.close();
    }
  }

  private static final class Xlsx extends SheetRows {
    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;

    Xlsx(Path file) throws IOException {
      try {
        // Cell formats are read too: they tell a day from a number.
        this.workbook =
            new ReadableWorkbook(
                file.toFile(), new org.dhatim.fastexcel.reader.ReadingOptions(true, false));
        this.rows = workbook.getFirstSheet().openStream();
      } catch (RuntimeException e) {
        throw new IOException("Not a readable XLSX file", e);
      }
    }

    @Override
    public Iterator<CsvRows.Row> iterator() {
      Iterator<Row> it = rows.iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public CsvRows.Row next() {
          Row row = it.next();
          List<String> cells = new ArrayList<>(row.getCellCount());
          for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
          }
          return new CsvRows.Row(row.getRowNum(), cells);
        }
      };
    }

    private static String text(Cell cell) {
      if (cell == null || cell.getType() == CellType.EMPTY) {
        return "";
      }
      if (cell.getType() == CellType.NUMBER) {
        String format = cell.getDataFormatString();
        if (format != null && looksLikeDate(format)) {
          LocalDateTime at = cell.asDate();
          return at == null ? "" : DAY.format(at);
        }
        BigDecimal n = cell.asNumber();
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
      }
      if (cell.getType() == CellType.BOOLEAN) {
        return Boolean.TRUE.equals(cell.asBoolean()) ? "true" : "false";
      }
      String text = cell.getText();
      return text == null ? "" : text.strip();
    }

    private static boolean looksLikeDate(String format) {
      String f = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
      return f.contains("d") && f.contains("m") || f.contains("y");
    }

    @Override
    public void close() throws IOException {
      rows.close();
      workbook.close();
    }
  }
}
