package org.opencrm.crm.platform.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryRecorderTest {

  @Test
  void diffListsChangedFieldsOnlyInOrder() {
    Map<String, String> before = new LinkedHashMap<>();
    before.put("lastName", "Иванов");
    before.put("firstName", "Иван");
    before.put("notes", null);
    Map<String, String> after = new LinkedHashMap<>();
    after.put("lastName", "Петров");
    after.put("firstName", "Иван");
    after.put("notes", "");
    assertEquals(
        List.of(new FieldChange("lastName", "Иванов", "Петров")),
        HistoryRecorder.diff(before, after));
  }

  @Test
  void creationListsEveryFilledField() {
    Map<String, String> after = new LinkedHashMap<>();
    after.put("lastName", "Иванов");
    after.put("notes", null);
    assertEquals(
        List.of(new FieldChange("lastName", null, "Иванов")),
        HistoryRecorder.diff(Map.of(), after));
  }
}
