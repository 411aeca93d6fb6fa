package org.opencrm.crm.platform.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Finds the encoding and separator of a CSV file from its first bytes: a BOM decides; else bytes
 * that are valid UTF-8 are UTF-8; else the detector's guess, and Windows-1251 when it has none
 * (what Russian Excel writes). The separator is the one of {@code ;}, tab and {@code ,} found most
 * often outside quotes in the first lines, in that order of preference on a tie.
 */
public final class TextFileSniffer {

  /** How much of the file is looked at. */
  public static final int HEAD_BYTES = 64 * 1024;

  static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

  private TextFileSniffer() {}

  public static TextFileFormat sniff(byte[] head, int length) {
    int bom = 0;
    Charset charset;
    boolean detected = false;
    if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
      bom = 3;
      charset = StandardCharsets.UTF_8;
    } else if (startsWith(head, length, 0xFF, 0xFE)) {
      bom = 2;
      charset = StandardCharsets.UTF_16LE;
    } else if (startsWith(head, length, 0xFE, 0xFF)) {
      bom = 2;
      charset = StandardCharsets.UTF_16BE;
    } else if (validUtf8(head, length)) {
      charset = StandardCharsets.UTF_8;
    } else {
      charset = guess(head, length);
      detected = true;
    }
    String text = new String(head, bom, length - bom, charset);
    return new TextFileFormat(charset, bom, separator(text), detected);
  }

  /** The separator used most outside quotes in the first lines; {@code ;} when none is. */
  static char separator(String text) {
    int semicolons = 0;
    int tabs = 0;
    int commas = 0;
    int lines = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length() && lines < 20; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        switch (c) {
          case ';' -> semicolons++;
          case '\t' -> tabs++;
          case ',' -> commas++;
          case '\n' -> lines++;
          default -> {}
        }
      }
    }
    if (semicolons >= tabs && semicolons >= commas) {
      return semicolons > 0 || (tabs == 0 && commas == 0) ? ';' : ',';
    }
    return tabs >= commas ? '\t' : ',';
  }

  /** Whether the bytes decode as UTF-8 without error (a character cut at the end is allowed). */
  static boolean validUtf8(byte[] head, int length) {
    int end = length;
    // The head may end in the middle of a multi-byte character: drop at most three bytes of it.
    for (int back = 0; back < 3 && end > 0 && (head[end - 1] & 0xC0) == 0x80; back++) {
      end--;
    }
    if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
      end--;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(head, 0, end));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Charset guess(byte[] head, int length) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(head, 0, length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null) {
      return WINDOWS_1251;
    }
    try {
      Charset found = Charset.forName(name);
      // A guess of a Western single-byte code page for Cyrillic text is the usual miss.
      return found.name().startsWith("ISO-8859-1") || found.name().equals("windows-1252")
          ? WINDOWS_1251
          : found;
    } catch (IllegalArgumentException e) {
      return WINDOWS_1251;
    }
  }

  private static boolean startsWith(byte[] head, int length, int... bytes) {
    if (length < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((head[i] & 0xFF) != bytes[i]) {
        return false;
      }
    }
    return true;
  }
}
