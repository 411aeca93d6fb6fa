package org.opencrm.crm.platform.customfield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.platform.validation.FieldError;

class CustomValueChecksTest {

  private static long nextId = 1;

  private static <T> T withId(T entity) {
    try {
      Field id = entity.getClass().getDeclaredField("id");
      id.setAccessible(true);
      id.set(entity, nextId++);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CustomField field(CustomFieldKind kind, boolean required, String... options) {
    CustomField f =
        withId(new CustomField("contact", "f" + nextId, "Поле " + nextId, kind, "company", 0));
    f.change(f.getName(), required, false);
    for (String o : options) {
      withId(f.addOption(o));
    }
    return f;
  }

  private static CustomValueChecks.Result check(List<CustomField> fields, Map<Long, Object> in) {
    return CustomValueChecks.check(fields, in, Map.of(), (entity, id) -> id == 42L);
  }

  private static Map<String, String> errors(CustomValueChecks.Result r) {
    return r.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::messageKey));
  }

  @Test
  void numbersAreReadAsPeopleTypeThem() {
    CustomField money = field(CustomFieldKind.MONEY, false);
    CustomField number = field(CustomFieldKind.NUMBER, false);
    CustomValueChecks.Result r =
        check(List.of(money, number), Map.of(money.getId(), "1 234,5 ₽", number.getId(), 7));
    assertEquals(List.of(), r.errors());
    assertEquals(new BigDecimal("1234.50"), r.values().get(money.getId()));
    assertEquals(0, new BigDecimal("7").compareTo((BigDecimal) r.values().get(number.getId())));
  }

  @Test
  void badNumbersDaysAndBoxesAreRefusedWithTheFieldsName() {
    CustomField money = field(CustomFieldKind.MONEY, false);
    CustomField day = field(CustomFieldKind.DATE, false);
    CustomField impossible = field(CustomFieldKind.DATE, false);
    CustomField box = field(CustomFieldKind.CHECKBOX, false);
    CustomField cents = field(CustomFieldKind.MONEY, false);
    Map<Long, Object> in = new HashMap<>();
    in.put(money.getId(), "двенадцать");
    in.put(day.getId(), "завтра");
    in.put(impossible.getId(), "31.02.2026");
    in.put(box.getId(), "может быть");
    in.put(cents.getId(), "10.555");
    CustomValueChecks.Result r = check(List.of(money, day, impossible, box, cents), in);
    Map<String, String> e = errors(r);
    assertEquals("customField.number", e.get("custom." + money.getId()));
    assertEquals("customField.date", e.get("custom." + day.getId()));
    assertEquals("customField.date.impossible", e.get("custom." + impossible.getId()));
    assertEquals("customField.checkbox", e.get("custom." + box.getId()));
    assertEquals("customField.number.scale", e.get("custom." + cents.getId()));
    assertEquals(money.getName(), r.errors().get(0).arguments().get(0));
    assertTrue(r.values().isEmpty());
  }

  @Test
  void daysInBothNotations() {
    CustomField a = field(CustomFieldKind.DATE, false);
    CustomField b = field(CustomFieldKind.DATE, false);
    CustomValueChecks.Result r =
        check(List.of(a, b), Map.of(a.getId(), "2026-12-04", b.getId(), "4.12.2026"));
    assertEquals(LocalDate.of(2026, 12, 4), r.values().get(a.getId()));
    assertEquals(LocalDate.of(2026, 12, 4), r.values().get(b.getId()));
  }

  @Test
  void requiredFieldsMustBeFilledAndEmptyValuesAreLeftOut() {
    CustomField required = field(CustomFieldKind.TEXT, true);
    CustomField optional = field(CustomFieldKind.TEXT, false);
    CustomValueChecks.Result r =
        check(List.of(required, optional), Map.of(required.getId(), "  ", optional.getId(), ""));
    assertEquals(Map.of("custom." + required.getId(), "customField.required"), errors(r));
    assertTrue(r.values().isEmpty());
  }

  @Test
  void listValuesByIdOrNameAndArchivedOnlyWhenAlreadyHeld() {
    CustomField list = field(CustomFieldKind.MULTI_LIST, false, "Опт", "Розница", "Архив");
    CustomFieldOption archived = list.getOptions().get(2);
    archived.archive(true);
    Long opt = list.getOptions().get(0).getId();
    CustomValueChecks.Result r = check(List.of(list), Map.of(list.getId(), "розница; " + opt));
    assertEquals(List.of(list.getOptions().get(1).getId(), opt), r.values().get(list.getId()));

    CustomValueChecks.Result refused =
        check(List.of(list), Map.of(list.getId(), List.of(archived.getId())));
    assertEquals("customField.option.unknown", errors(refused).get("custom." + list.getId()));

    CustomValueChecks.Result kept =
        CustomValueChecks.check(
            List.of(list),
            Map.of(list.getId(), List.of(archived.getId())),
            Map.of(list.getId(), List.of(archived.getId())),
            (e, id) -> false);
    assertEquals(List.of(archived.getId()), kept.values().get(list.getId()));
  }

  @Test
  void linksMustPointToAnExistingRecordAndUncheckedBoxesAreEmpty() {
    CustomField link = field(CustomFieldKind.LINK, false);
    CustomField box = field(CustomFieldKind.CHECKBOX, false);
    CustomValueChecks.Result bad =
        check(List.of(link, box), Map.of(link.getId(), 7L, box.getId(), "нет"));
    assertEquals("customField.link.notFound", errors(bad).get("custom." + link.getId()));
    assertFalse(bad.values().containsKey(box.getId()));
    CustomValueChecks.Result good =
        check(List.of(link, box), Map.of(link.getId(), "42", box.getId(), "да"));
    assertEquals(42L, good.values().get(link.getId()));
    assertEquals(Boolean.TRUE, good.values().get(box.getId()));
  }

  @Test
  void textIsLimited() {
    CustomField text = field(CustomFieldKind.TEXT, false);
    CustomValueChecks.Result r =
        check(List.of(text), Map.of(text.getId(), "я".repeat(CustomValueChecks.MAX_TEXT + 1)));
    assertEquals("customField.text.tooLong", errors(r).get("custom." + text.getId()));
  }
}
