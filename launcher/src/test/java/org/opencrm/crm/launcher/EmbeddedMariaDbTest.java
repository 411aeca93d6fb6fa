package org.opencrm.crm.launcher;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

  @Test
  void aDataFolderWithDataUnderTheTemporaryFolderIsNeverHandedToTheLibraryThatWouldWipeIt()
      throws IOException {
    Path data = Files.createTempDirectory("crm-data");
    Path marker = Files.writeString(data.resolve("ibdata1"), "precious");
    try {
      IOException e =
          assertThrows(
              IOException.class,
              () -> EmbeddedMariaDb.start(Files.createTempDirectory("crm-base"), data, 0));
      assertTrue(e.getMessage().contains("temporary folder"), e.getMessage());
      assertTrue(Files.exists(marker), "the data is still there");
    } finally {
      FileTrees.deleteRecursively(data);
    }
  }
}
