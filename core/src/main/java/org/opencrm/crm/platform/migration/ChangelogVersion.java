package org.opencrm.crm.platform.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short fingerprint of a changelog and the files it includes. A tenant whose recorded fingerprint
 * equals the application's is current, and start-up skips it without asking Liquibase (which costs
 * tens of milliseconds per tenant).
 */
public final class ChangelogVersion {

  private static final Pattern INCLUDE = Pattern.compile("<include\\s+file=\"([^\"]+)\"");

  private ChangelogVersion() {}

  public static String of(String changelog, ClassLoader loader) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      String master = read(changelog, loader);
      digest.update(master.getBytes(StandardCharsets.UTF_8));
      String dir = changelog.substring(0, changelog.lastIndexOf('/') + 1);
      Matcher m = INCLUDE.matcher(master);
      while (m.find()) {
        digest.update(read(dir + m.group(1), loader).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(String resource, ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing changelog resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + resource, e);
    }
  }
}
