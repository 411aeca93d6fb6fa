package org.opencrm.crm.platform.tenant.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencrm.crm.platform.files.FileStore;
import org.opencrm.crm.platform.files.FolderFileStore;
import org.opencrm.crm.platform.files.StoredBlob;

class ArchiveFilesTest {

  @TempDir Path dir;

  private static byte[] random(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** A store of the source tenant {@code acme} with two files, and one of another tenant. */
  private FileStore source(byte[] photo, byte[] scan) throws IOException {
    FileStore store = new FolderFileStore(dir.resolve("source"));
    store.put("acme", new ByteArrayInputStream(photo), Long.MAX_VALUE);
    store.put("acme", new ByteArrayInputStream(scan), Long.MAX_VALUE);
    store.put("other", new ByteArrayInputStream(new byte[] {9, 9, 9}), Long.MAX_VALUE);
    return store;
  }

  /** Writes the tenant's files into a ZIP file; returns what was listed. */
  private List<ArchiveFile> writeArchive(FileStore store, String tenant, Path zipFile)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(zipFile);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      return ArchiveFiles.write(store, tenant, zip);
    }
  }

  private static ValidatedArchive opened(Path zipFile, List<ArchiveFile> files) throws IOException {
    ArchiveManifest manifest =
        new ArchiveManifest(
            ArchiveFormat.NAME,
            ArchiveFormat.VERSION,
            "0123456789abcdef",
            List.of(),
            "acme",
            "Acme",
            Instant.now(),
            List.of(),
            files);
    return new ValidatedArchive(new ZipFile(zipFile.toFile()), manifest);
  }

  @Test
  void writesEveryFileOfTheTenantWithItsSizeAndChecksumAndNoOneElses() throws Exception {
    byte[] photo = random(300_000, 1);
    byte[] scan = "%PDF-1.7".getBytes(StandardCharsets.UTF_8);
    FileStore store = source(photo, scan);
    Path zipFile = dir.resolve("a.zip");

    List<ArchiveFile> files = writeArchive(store, "acme", zipFile);

    assertEquals(store.keys("acme"), files.stream().map(ArchiveFile::key).toList());
    try (ZipFile zip = new ZipFile(zipFile.toFile())) {
      assertEquals(2, zip.size(), "the other tenant's file is not there");
      for (ArchiveFile file : files) {
        ZipEntry entry = zip.getEntry("files/" + file.key());
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
          bytes = in.readAllBytes();
        }
        byte[] expected = bytes.length == photo.length ? photo : scan;
        assertArrayEquals(expected, bytes, file.key());
        assertEquals(expected.length, file.size());
        assertEquals(sha256(expected), file.sha256());
      }
    }
  }

  @Test
  void restoresEveryFileUnderItsKeyForTheNewTenantAndDropsLeftovers() throws Exception {
    byte[] photo = random(200_000, 2);
    byte[] scan = random(10, 3);
    FileStore source = source(photo, scan);
    Path zipFile = dir.resolve("b.zip");
    List<ArchiveFile> files = writeArchive(source, "acme", zipFile);
    FileStore target = new FolderFileStore(dir.resolve("target"));
    String leftover = target.put("acme-copy", new ByteArrayInputStream(new byte[] {1}), 10).key();

    try (ValidatedArchive archive = opened(zipFile, files)) {
      ArchiveFiles.restore(archive, target, "acme-copy");
    }

    assertEquals(source.keys("acme"), target.keys("acme-copy"), "the leftover is gone");
    assertFalse(target.keys("acme-copy").contains(leftover));
    for (String key : source.keys("acme")) {
      try (InputStream was = source.open("acme", key);
          InputStream is = target.open("acme-copy", key)) {
        assertArrayEquals(was.readAllBytes(), is.readAllBytes(), key);
      }
    }
  }

  @Test
  void aRestoreThatFailsHalfWayLeavesNoFileOfTheNewTenant() throws Exception {
    FileStore source = source(random(50_000, 4), random(60_000, 5));
    Path zipFile = dir.resolve("c.zip");
    List<ArchiveFile> files = writeArchive(source, "acme", zipFile);
    FileStore disk = new FolderFileStore(dir.resolve("target"));
    AtomicInteger puts = new AtomicInteger();
    FileStore failingSecond =
        new Delegating(disk) {
          @Override
          public StoredBlob putAt(String tenant, String key, InputStream content)
              throws IOException {
            if (puts.incrementAndGet() == 2) {
              throw new IOException("No space left on device");
            }
            return super.putAt(tenant, key, content);
          }
        };

    try (ValidatedArchive archive = opened(zipFile, files)) {
      IOException e =
          assertThrows(
              IOException.class, () -> ArchiveFiles.restore(archive, failingSecond, "copy"));
      assertEquals("No space left on device", e.getMessage());
    }
    assertEquals(2, puts.get());
    assertEquals(List.of(), disk.keys("copy"), "the first file is removed again");
    assertEquals(2, source.keys("acme").size(), "the source is untouched");
  }

  @Test
  void aFileKeptDifferentlyThanListedFailsTheRestoreAndLeavesNothing() throws Exception {
    FileStore source = source(random(1_000, 6), random(2_000, 7));
    Path zipFile = dir.resolve("d.zip");
    List<ArchiveFile> files = writeArchive(source, "acme", zipFile);
    FileStore disk = new FolderFileStore(dir.resolve("target"));
    FileStore truncating =
        new Delegating(disk) {
          @Override
          public StoredBlob putAt(String tenant, String key, InputStream content)
              throws IOException {
            return super.putAt(tenant, key, new ByteArrayInputStream(content.readNBytes(500)));
          }
        };

    try (ValidatedArchive archive = opened(zipFile, files)) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class, () -> ArchiveFiles.restore(archive, truncating, "copy"));
      assertTrue(e.getMessage().contains("was kept with 500 bytes"), e.getMessage());
    }
    assertEquals(List.of(), disk.keys("copy"));
  }

  /** A store that passes every call on; tests override what should go wrong. */
  private static class Delegating implements FileStore {
    private final FileStore store;

    Delegating(FileStore store) {
      this.store = store;
    }

    @Override
    public StoredBlob put(String tenant, InputStream content, long maxBytes) throws IOException {
      return store.put(tenant, content, maxBytes);
    }

    @Override
    public StoredBlob putAt(String tenant, String key, InputStream content) throws IOException {
      return store.putAt(tenant, key, content);
    }

    @Override
    public boolean isKey(String key) {
      return store.isKey(key);
    }

    @Override
    public InputStream open(String tenant, String key) throws IOException {
      return store.open(tenant, key);
    }

    @Override
    public boolean delete(String tenant, String key) throws IOException {
      return store.delete(tenant, key);
    }

    @Override
    public List<String> keys(String tenant) throws IOException {
      return store.keys(tenant);
    }

    @Override
    public void deleteTenant(String tenant) throws IOException {
      store.deleteTenant(tenant);
    }
  }
}
