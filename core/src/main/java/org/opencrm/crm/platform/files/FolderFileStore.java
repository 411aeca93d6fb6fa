package org.opencrm.crm.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The file store in a folder: {@code <root>/<tenant>/<yyyy>/<MM>/<uuid>}. A file is written to a
 * temporary name and moved into place, so a reader never sees half a file and a failed upload
 * leaves nothing. Several nodes share the store by mounting the same folder.
 */
public final class FolderFileStore implements FileStore {

  private static final Pattern TENANT = Pattern.compile("[a-z0-9_][a-z0-9_-]{0,80}");
  private static final Pattern KEY = Pattern.compile("\\d{4}/\\d{2}/[0-9a-f-]{36}");

  private final Path root;

  public FolderFileStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public StoredBlob put(String tenant, InputStream content, long maxBytes) throws IOException {
    YearMonth month = YearMonth.now();
    String key =
        String.format("%04d/%02d/%s", month.getYear(), month.getMonthValue(), UUID.randomUUID());
    return write(tenant, key, content, maxBytes);
  }

  @Override
  public StoredBlob putAt(String tenant, String key, InputStream content) throws IOException {
    return write(tenant, key, content, Long.MAX_VALUE);
  }

  @Override
  public boolean isKey(String key) {
    return key != null && KEY.matcher(key).matches();
  }

  private StoredBlob write(String tenant, String key, InputStream content, long maxBytes)
      throws IOException {
    Path target = path(tenant, key);
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
    try {
      MessageDigest sha = sha256();
      long size;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
        size = copy(content, out, maxBytes);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return new StoredBlob(key, size, HexFormat.of().formatHex(sha.digest()));
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static long copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      if (total > maxBytes) {
        throw new FileTooLargeException(maxBytes);
      }
      out.write(buffer, 0, n);
    }
    return total;
  }

  @Override
  public InputStream open(String tenant, String key) throws IOException {
    return Files.newInputStream(path(tenant, key));
  }

  @Override
  public boolean delete(String tenant, String key) throws IOException {
    return Files.deleteIfExists(path(tenant, key));
  }

  @Override
  public List<String> keys(String tenant) throws IOException {
    Path folder = tenantFolder(tenant);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<String> keys = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      files
          .filter(Files::isRegularFile)
          .map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .filter(k -> KEY.matcher(k).matches())
          .sorted()
          .forEach(keys::add);
    }
    return keys;
  }

  @Override
  public void deleteTenant(String tenant) throws IOException {
    Path folder = tenantFolder(tenant);
    if (!Files.exists(folder)) {
      return;
    }
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private Path tenantFolder(String tenant) {
    if (tenant == null || !TENANT.matcher(tenant).matches()) {
      throw new IllegalArgumentException("Not a tenant folder name: " + tenant);
    }
    return root.resolve(tenant);
  }

  /** The file of a key; only keys the store makes are accepted, so no path leaves the folder. */
  private Path path(String tenant, String key) {
    if (!isKey(key)) {
      throw new IllegalArgumentException("Not a file key: " + key);
    }
    return tenantFolder(tenant).resolve(key);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
