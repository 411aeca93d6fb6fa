package org.opencrm.crm.platform.tenant.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts a table's rows and computes the SHA-256 of their canonical text: each row's line in UTF-8
 * followed by a line feed, in the order of the primary key. The bytes are exactly those of the
 * table's file in an archive this application wrote.
 */
final class TableDigest {

  private final MessageDigest sha256;
  private long rows;

  TableDigest() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds one row's canonical line; returns the bytes it counted, line feed included. */
  byte[] add(String line) {
    byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
    sha256.update(bytes);
    rows++;
    return bytes;
  }

  long rows() {
    return rows;
  }

  /** The checksum in lower-case hex; call once, after the last row. */
  String finish() {
    return HexFormat.of().formatHex(sha256.digest());
  }
}
