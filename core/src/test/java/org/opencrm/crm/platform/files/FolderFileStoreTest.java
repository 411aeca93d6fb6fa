package org.opencrm.crm.platform.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderFileStoreTest {

  @TempDir Path root;

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void keepsBytesPerTenantWithSizeAndChecksum() throws IOException {
    FileStore store = new FolderFileStore(root);
    StoredBlob blob = store.put("crm_t_acme", bytes("abc"), 1000);
    assertEquals(3, blob.size());
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", blob.sha256());
    try (InputStream in = store.open("crm_t_acme", blob.key())) {
      assertArrayEquals("abc".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
    }
    assertEquals(List.of(blob.key()), store.keys("crm_t_acme"));
    assertEquals(List.of(), store.keys("crm_t_other"), "another tenant sees nothing");
  }

  @Test
  void aFileOverTheLimitLeavesNothingBehind() throws IOException {
    FileStore store = new FolderFileStore(root);
    assertThrows(
        FileTooLargeException.class, () -> store.put("crm_t_acme", bytes("x".repeat(100)), 10));
    try (Stream<Path> left = Files.walk(root)) {
      assertTrue(left.noneMatch(Files::isRegularFile), "no file, no temporary file");
    }
  }

  @Test
  void keysAndTenantsThatWouldLeaveTheFolderAreRefused() {
    FileStore store = new FolderFileStore(root);
    assertThrows(
        IllegalArgumentException.class, () -> store.open("crm_t_acme", "../../etc/passwd"));
    assertThrows(IllegalArgumentException.class, () -> store.open("../x", "2026/01/x"));
    assertThrows(
        IllegalArgumentException.class, () -> store.putAt("crm_t_acme", "/abs/path", bytes("x")));
  }

  @Test
  void aTenantsFilesTravelUnderTheSameKeysAndGoWithIt() throws IOException {
    FileStore store = new FolderFileStore(root);
    StoredBlob blob = store.put("crm_t_old", bytes("contract"), 1000);
    try (InputStream in = store.open("crm_t_old", blob.key())) {
      store.putAt("crm_t_copy", blob.key(), in);
    }
    assertEquals(store.keys("crm_t_old"), store.keys("crm_t_copy"));
    store.deleteTenant("crm_t_old");
    assertEquals(List.of(), store.keys("crm_t_old"));
    assertFalse(Files.exists(root.resolve("crm_t_old")));
    assertEquals(List.of(blob.key()), store.keys("crm_t_copy"), "the copy keeps its files");
    assertTrue(store.delete("crm_t_copy", blob.key()));
    assertFalse(store.delete("crm_t_copy", blob.key()));
  }
}
