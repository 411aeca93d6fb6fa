package org.opencrm.crm.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherConfigTest {

  @TempDir Path dir;

  @Test
  void withoutFileOrEnvironmentNoDatabaseIsConfigured() throws Exception {
    LauncherConfig config = LauncherConfig.load(dir, Map.of());

    assertFalse(config.hasDatabase());
    assertEquals(8080, config.getInt(LauncherConfig.HTTP_PORT, 8080));
    assertTrue(config.source().isEmpty());
  }

  @Test
  void environmentOverridesTheFileKeyByKey() throws Exception {
    Files.writeString(
        dir.resolve("crm.properties"),
        "crm.db.host=db.example\ncrm.db.user=app\ncrm.db.pool-size=40\nother.key=x\n");

    LauncherConfig config =
        LauncherConfig.load(dir, Map.of("CRM_DB_HOST", "127.0.0.1", "CRM_HTTP_PORT", "8180"));

    assertTrue(config.hasDatabase());
    assertEquals("127.0.0.1", config.get(LauncherConfig.DB_HOST).orElseThrow());
    assertEquals("app", config.get(LauncherConfig.DB_USER).orElseThrow());
    assertEquals(8180, config.getInt(LauncherConfig.HTTP_PORT, 8080));
    assertEquals(
        Map.of("crm.db.host", "127.0.0.1", "crm.db.user", "app", "crm.db.pool-size", "40"),
        config.serverProperties());
  }

  @Test
  void configFileCanBeNamedByTheEnvironment() throws Exception {
    Files.writeString(dir.resolve("other.properties"), "crm.embedded-db.port=3500\n");

    LauncherConfig config =
        LauncherConfig.load(dir, Map.of(LauncherConfig.CONFIG_FILE_ENV, "other.properties"));

    assertEquals(3500, config.getInt(LauncherConfig.EMBEDDED_DB_PORT, 3407));
    assertThrows(
        java.io.IOException.class,
        () -> LauncherConfig.load(dir, Map.of(LauncherConfig.CONFIG_FILE_ENV, "missing")));
  }

  @Test
  void malformedNumbersNameTheirKey() {
    LauncherConfig config = LauncherConfig.of(Map.of(LauncherConfig.HTTP_PORT, "eighty"));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> config.getInt(LauncherConfig.HTTP_PORT, 8080));
    assertTrue(e.getMessage().contains("CRM_HTTP_PORT"), e.getMessage());
  }

  @Test
  void envNamesFollowTheKeys() {
    assertEquals("CRM_EMBEDDED_DB_PORT", LauncherConfig.envName("crm.embedded-db.port"));
  }
}
