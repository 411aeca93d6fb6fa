package org.opencrm.crm.product;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats a product may show, told by their first bytes (never by the name or the type a
 * browser claims), so nothing else is ever served back as an image.
 */
public enum ImageFormat {
  JPEG("image/jpeg"),
  PNG("image/png"),
  GIF("image/gif"),
  WEBP("image/webp");

  /** How many leading bytes {@link #of} needs. */
  public static final int HEADER = 12;

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private final String contentType;

  ImageFormat(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }

  /** The format the bytes start with, if it is one of these. */
  public static Optional<ImageFormat> of(byte[] head, int length) {
    byte[] h = Arrays.copyOf(head, Math.max(length, 0));
    if (h.length >= 3 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xD8 && (h[2] & 0xFF) == 0xFF) {
      return Optional.of(JPEG);
    }
    if (h.length >= 8 && Arrays.equals(Arrays.copyOf(h, 8), PNG_SIGNATURE)) {
      return Optional.of(PNG);
    }
    if (h.length >= 6 && (startsWith(h, "GIF87a") || startsWith(h, "GIF89a"))) {
      return Optional.of(GIF);
    }
    if (h.length >= 12 && startsWith(h, "RIFF") && ascii(h, 8, 4).equals("WEBP")) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] h, String ascii) {
    return ascii(h, 0, ascii.length()).equals(ascii);
  }

  private static String ascii(byte[] h, int from, int length) {
    return from + length > h.length
        ? ""
        : new String(h, from, length, java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
