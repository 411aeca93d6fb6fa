package org.opencrm.crm.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WildFlyServerTest {

  @TempDir Path dir;

  @Test
  void tailGivesTheLastLinesWithoutColours() throws Exception {
    Path log = dir.resolve("server.log");
    Files.writeString(log, "one\n\u001B[0m\u001B[31mtwo ERROR\u001B[0m\nthree\n");

    assertEquals("two ERROR" + System.lineSeparator() + "three", WildFlyServer.tail(log, 2));
  }
}
