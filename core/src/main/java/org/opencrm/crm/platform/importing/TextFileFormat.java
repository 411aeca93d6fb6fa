package org.opencrm.crm.platform.importing;

import java.nio.charset.Charset;

/**
 * How a text file of rows is written.
 *
 * @param charset its encoding
 * @param bom how many bytes of byte-order mark it starts with (skipped when reading)
 * @param separator the field separator: {@code ;}, {@code ,} or a tab
 * @param detected whether the encoding was guessed from the bytes (not told by a BOM or proven by
 *     valid UTF-8), so the user should look at the preview and may choose another
 */
public record TextFileFormat(Charset charset, int bom, char separator, boolean detected) {

  public TextFileFormat withCharset(Charset other) {
    return new TextFileFormat(other, bom, separator, false);
  }

  public TextFileFormat withSeparator(char other) {
    return new TextFileFormat(charset, bom, other, detected);
  }
}
