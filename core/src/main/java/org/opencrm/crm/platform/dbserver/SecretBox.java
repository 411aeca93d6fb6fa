package org.opencrm.crm.platform.dbserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets kept in the control schema (database servers' passwords) with AES-GCM, so a copy
 * of the control schema alone does not give them away. The key is {@code CRM_SECRET_KEY} (base64 of
 * 32 bytes) or, without it, a key file made once in the server's data folder ({@code
 * crm/secret.key}, readable by its owner only). Every application of the server shares it.
 */
public final class SecretBox {

  private static final String PREFIX = "v1:";
  private static final int IV_BYTES = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKey key;

  SecretBox(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("The secret key must be 32 bytes, not " + key.length);
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  /** The box with the server's key: from the environment, else from (or into) the key file. */
  public static SecretBox ofServer() {
    String configured = System.getProperty("crm.secret-key", System.getenv("CRM_SECRET_KEY"));
    if (configured != null && !configured.isBlank()) {
      return new SecretBox(Base64.getDecoder().decode(configured.strip()));
    }
    String dataDir =
        System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
    return new SecretBox(keyFile(Path.of(dataDir, "crm", "secret.key")));
  }

  static byte[] keyFile(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        Path draft = Files.createTempFile(file.getParent(), "secret", ".tmp");
        try {
          Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: the folder's own protection applies
        }
        Files.writeString(draft, Base64.getEncoder().encodeToString(fresh));
        try {
          // Two applications starting at once: the first file made wins, the other reads it.
          Files.createLink(file, draft);
        } catch (FileAlreadyExistsException e) {
          // made by the other application meanwhile
        } finally {
          Files.deleteIfExists(draft);
        }
      }
      return Base64.getDecoder().decode(Files.readString(file).strip());
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read or create the secret key " + file, e);
    }
  }

  public String seal(String plain) {
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[iv.length + sealed.length];
      System.arraycopy(iv, 0, out, 0, iv.length);
      System.arraycopy(sealed, 0, out, iv.length, sealed.length);
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encrypt a secret", e);
    }
  }

  /**
   * @throws IllegalStateException when the secret was sealed with another key (the key file was
   *     lost or {@code CRM_SECRET_KEY} changed): the password must be entered again
   */
  public String open(String sealed) {
    if (sealed == null || !sealed.startsWith(PREFIX)) {
      throw new IllegalStateException("Not a sealed secret");
    }
    try {
      byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, IV_BYTES));
      return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "A stored secret cannot be decrypted with this server's key; enter it again", e);
    }
  }
}
