package org.opencrm.crm.platform.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file row by row in a known format: quoted fields may hold separators, quotes and line
 * breaks; empty lines are skipped; each row knows its number, for error reports. Close it when
 * done.
 */
public final class CsvRows implements AutoCloseable, Iterable<CsvRows.Row> {

  /**
   * One row: its number as a spreadsheet shows it (1 is the first row, the header if there is one;
   * a cell with line breaks stays one row) and its cells, stripped.
   */
  public record Row(long line, List<String> cells) {}

  private final CSVParser parser;

  private CsvRows(CSVParser parser) {
    this.parser = parser;
  }

  /** Opens a stream in the given format (its BOM, if any, is skipped). */
  public static CsvRows open(InputStream in, TextFileFormat format) throws IOException {
    InputStream body = new BufferedInputStream(in);
    if (body.skip(format.bom()) != format.bom()) {
      throw new IOException("The file is shorter than its byte-order mark");
    }
    CSVFormat csv =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(format.separator())
            .setQuote('"')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    return new CsvRows(
        CSVParser.builder()
            .setReader(new InputStreamReader(body, format.charset()))
            .setFormat(csv)
            .get());
  }

  /**
   * Sniffs the format from the file's first bytes, then opens it; the caller passes a stream that
   * supports mark/reset or a fresh one of the same file.
   */
  public static TextFileFormat sniff(InputStream in) throws IOException {
    byte[] head = in.readNBytes(TextFileSniffer.HEAD_BYTES);
    return TextFileSniffer.sniff(head, head.length);
  }

  @Override
  public Iterator<Row> iterator() {
    Iterator<CSVRecord> records = parser.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public Row next() {
        CSVRecord record = records.next();
        List<String> cells = new ArrayList<>(record.size());
        for (String cell : record) {
          cells.add(cell == null ? "" : cell.strip());
        }
        return new Row(record.getRecordNumber(), cells);
      }
    };
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
