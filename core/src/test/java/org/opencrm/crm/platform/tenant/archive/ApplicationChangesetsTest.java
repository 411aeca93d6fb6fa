package org.opencrm.crm.platform.tenant.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.platform.migration.SchemaMigrator;

class ApplicationChangesetsTest {

  private final List<String> ids =
      ApplicationChangesets.of(
          SchemaMigrator.TENANT_CHANGELOG, ApplicationChangesetsTest.class.getClassLoader());

  @Test
  void listsTheChangesetsOfEveryIncludedFileInOrder() {
    assertEquals("0.1.0-01-settings", ids.get(0));
    int tables = ids.indexOf("0.1.0-02-security-tables");
    int defaults = ids.indexOf("0.1.0-02-security-defaults");
    assertTrue(tables > 0 && defaults == tables + 1, ids::toString);
    assertTrue(ids.indexOf("0.1.0-12-login-event-outcome") > ids.indexOf("0.1.0-04-contact"));
    assertEquals(ids.size(), ids.stream().distinct().count(), "ids are unique");
  }

  @Test
  void aMissingChangelogIsAnError() {
    assertThrows(
        IllegalStateException.class,
        () -> ApplicationChangesets.of("db/none/changelog.xml", getClass().getClassLoader()));
  }
}
