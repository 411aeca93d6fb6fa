package org.opencrm.crm.platform.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

  /** Single-byte Cyrillic code pages a Russian file may be in, the likeliest first. */
  private static final List<Charset> CYRILLIC =
      List.of(
          WINDOWS_1251,
          Charset.forName("KOI8-R"),
          Charset.forName("IBM866"),
          Charset.forName("x-MacCyrillic"));

  /**
   * The detector's guess, checked against the Cyrillic code pages: the one whose text reads most
   * like words (Cyrillic letters, lower case inside words) wins, Windows-1251 on a tie. The
   * detector alone takes Windows-1251 text with few capitals for Mac Cyrillic, which differs from
   * it only in capital letters.
   */
  private static Charset guess(byte[] head, int length) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(head, 0, length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    Charset found = null;
    try {
      found = name == null ? null : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      found = null;
    }
    Charset best = WINDOWS_1251;
    long bestScore = wordLikeness(new String(head, 0, length, WINDOWS_1251));
    for (Charset candidate : CYRILLIC) {
      long score = wordLikeness(new String(head, 0, length, candidate));
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (bestScore == 0
        && found != null
        && !found.name().startsWith("ISO-8859-1")
        && !found.name().equals("windows-1252")) {
      // No Cyrillic at all: another language's file, as the detector read it.
      return found;
    }
    return best;
  }

  /** Cyrillic letters, counting twice those in lower case after another letter. */
  static long wordLikeness(String text) {
    long score = 0;
    char previous = ' ';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)
          && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
        score++;
        if (Character.isLowerCase(c) && Character.isLetter(previous)) {
          score++;
        }
      }
      previous = c;
    }
    return score;
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
