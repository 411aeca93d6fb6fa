package org.opencrm.crm.platform.customfield;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.opencrm.crm.platform.validation.FieldError;

/**
 * Checks and normalises the values a form, the API or an import gives for custom fields. Input may
 * be typed (a {@link BigDecimal}, a {@link LocalDate}, an option id) or text as a file or a JSON
 * document holds it ("1 234,50", "31.12.2026", an option's name, "да"). The result holds, per field
 * id, a String, BigDecimal, LocalDate, Long, Boolean or List of Long (multi-list); empty values are
 * left out. Every problem is reported, keyed {@code custom.<field id>}.
 */
public final class CustomValueChecks {

  /** Longest text value. */
  public static final int MAX_TEXT = 1000;

  /** Largest number a field holds (DECIMAL(19,4)). */
  static final BigDecimal MAX_NUMBER = new BigDecimal("999999999999999");

  private static final DateTimeFormatter RUSSIAN_DAY =
      DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

  private CustomValueChecks() {}

  /** The problems found and the clean values. */
  public record Result(Map<Long, Object> values, List<FieldError> errors) {}

  /**
   * @param fields the entity's active fields (archived ones are neither checked nor kept)
   * @param input values by field id; fields absent from it are empty
   * @param held the record's current values (archived list options it holds stay allowed)
   * @param linkExists whether a record of an entity with an id exists (and may be linked to)
   */
  public static Result check(
      List<CustomField> fields,
      Map<Long, Object> input,
      Map<Long, Object> held,
      BiPredicate<String, Long> linkExists) {
    Map<Long, Object> clean = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (CustomField field : fields) {
      if (field.isArchived()) {
        continue;
      }
      String key = key(field);
      Object raw = input == null ? null : input.get(field.getId());
      try {
        Object current = held == null ? null : held.get(field.getId());
        Object value = normalise(field, raw, current);
        if (value != null && field.getKind() == CustomFieldKind.LINK && !value.equals(current)) {
          if (!linkExists.test(field.getLinkEntity(), (Long) value)) {
            throw new Refusal("customField.link.notFound");
          }
        }
        if (value == null) {
          if (field.isRequired()) {
            errors.add(FieldError.of(key, "customField.required", field.getName()));
          }
        } else {
          clean.put(field.getId(), value);
        }
      } catch (Refusal r) {
        Object[] args = new Object[r.arguments.length + 1];
        args[0] = field.getName();
        System.arraycopy(r.arguments, 0, args, 1, r.arguments.length);
        errors.add(FieldError.of(key, r.messageKey, args));
      }
    }
    return new Result(clean, errors);
  }

  /** A number as people type it ("1 234,50"), or null when the text is not one. */
  public static BigDecimal numberOrNull(String text) {
    try {
      return text == null || text.isBlank() ? null : number(text, 4);
    } catch (Refusal r) {
      return null;
    }
  }

  /** A day as dd.mm.yyyy or yyyy-mm-dd, or null when the text is not one. */
  public static LocalDate dayOrNull(String text) {
    try {
      return text == null || text.isBlank() ? null : date(text);
    } catch (Refusal r) {
      return null;
    }
  }

  /** The error key of a field: {@code custom.<id>}. */
  public static String key(CustomField field) {
    return "custom." + field.getId();
  }

  private static Object normalise(CustomField field, Object raw, Object held) {
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      return null;
    }
    return switch (field.getKind()) {
      case TEXT -> text(raw);
      case NUMBER -> number(raw, 4);
      case MONEY -> number(raw, 2);
      case DATE -> date(raw);
      case CHECKBOX -> checkbox(raw);
      case LIST -> {
        List<Long> ids = options(field, List.of(raw), held);
        yield ids.isEmpty() ? null : ids.get(0);
      }
      case MULTI_LIST -> {
        List<Long> ids = options(field, many(raw), held);
        yield ids.isEmpty() ? null : ids;
      }
      case LINK -> link(raw);
    };
  }

  private static String text(Object raw) {
    String s = raw.toString().strip();
    if (s.length() > MAX_TEXT) {
      throw new Refusal("customField.text.tooLong", MAX_TEXT);
    }
    return s.isEmpty() ? null : s;
  }

  /** A number from a typed value or text with spaces as thousands and a comma or point. */
  static BigDecimal number(Object raw, int scale) {
    BigDecimal n;
    if (raw instanceof BigDecimal b) {
      n = b;
    } else if (raw instanceof Number num) {
      n = new BigDecimal(num.toString());
    } else {
      String s =
          raw.toString()
              .strip()
              .replace('\u00a0', ' ')
              .replace('\u202f', ' ')
              .replace(" ", "")
              .replace(',', '.');
      if (s.endsWith("₽")) {
        s = s.substring(0, s.length() - 1);
      }
      try {
        n = new BigDecimal(s);
      } catch (NumberFormatException e) {
        throw new Refusal("customField.number");
      }
    }
    if (n.abs().compareTo(MAX_NUMBER) > 0) {
      throw new Refusal("customField.number.tooLarge");
    }
    if (n.scale() > scale && n.setScale(scale, RoundingMode.DOWN).compareTo(n) != 0) {
      throw new Refusal("customField.number.scale", scale);
    }
    BigDecimal exact = n.setScale(scale, RoundingMode.DOWN);
    return scale == 2 ? exact : exact.stripTrailingZeros();
  }

  private static LocalDate date(Object raw) {
    if (raw instanceof LocalDate d) {
      return d;
    }
    String s = raw.toString().strip();
    try {
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(s);
      }
      if (s.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
        String[] p = s.split("\\.");
        return LocalDate.parse(
            String.format(
                Locale.ROOT, "%02d.%02d.%s", Integer.parseInt(p[0]), Integer.parseInt(p[1]), p[2]),
            RUSSIAN_DAY);
      }
    } catch (DateTimeParseException e) {
      throw new Refusal("customField.date.impossible");
    }
    throw new Refusal("customField.date");
  }

  private static Boolean checkbox(Object raw) {
    if (raw instanceof Boolean b) {
      return b ? Boolean.TRUE : null;
    }
    String s = raw.toString().strip().toLowerCase(Locale.ROOT);
    switch (s) {
      case "1", "true", "yes", "y", "да", "д", "+", "x", "✓" -> {
        return Boolean.TRUE;
      }
      case "0", "false", "no", "n", "нет", "н", "-" -> {
        return null;
      }
      default -> throw new Refusal("customField.checkbox");
    }
  }

  private static Long link(Object raw) {
    if (raw instanceof Long l) {
      return l;
    }
    if (raw instanceof Number n) {
      return n.longValue();
    }
    try {
      return Long.valueOf(raw.toString().strip());
    } catch (NumberFormatException e) {
      throw new Refusal("customField.link.notFound");
    }
  }

  private static List<Object> many(Object raw) {
    if (raw instanceof Collection<?> c) {
      return new ArrayList<>(c);
    }
    if (raw instanceof Object[] array) {
      return List.of(array);
    }
    if (raw instanceof String s) {
      // A file's cell: values separated by commas or semicolons.
      List<Object> parts = new ArrayList<>();
      for (String part : s.split("[,;]")) {
        if (!part.isBlank()) {
          parts.add(part.strip());
        }
      }
      return parts;
    }
    return List.of(raw);
  }

  /** Option ids from ids or names; archived options only if the record holds them already. */
  private static List<Long> options(CustomField field, List<Object> raw, Object held) {
    Set<Long> heldIds = new LinkedHashSet<>();
    if (held instanceof Long l) {
      heldIds.add(l);
    } else if (held instanceof Collection<?> c) {
      c.forEach(o -> heldIds.add((Long) o));
    }
    Set<Long> ids = new LinkedHashSet<>();
    for (Object item : raw) {
      if (item == null || (item instanceof String s && s.isBlank())) {
        continue;
      }
      CustomFieldOption option = optionOf(field, item);
      if (option == null || (option.isArchived() && !heldIds.contains(option.getId()))) {
        throw new Refusal("customField.option.unknown", item.toString());
      }
      ids.add(option.getId());
    }
    return new ArrayList<>(ids);
  }

  private static CustomFieldOption optionOf(CustomField field, Object item) {
    if (item instanceof Number n) {
      return field.option(n.longValue()).orElse(null);
    }
    String s = item.toString().strip();
    CustomFieldOption byName = field.optionNamed(s).orElse(null);
    if (byName == null && s.matches("\\d{1,18}")) {
      return field.option(Long.valueOf(s)).orElse(null);
    }
    return byName;
  }

  /** A refused value: message key and arguments after the field's name. */
  private static final class Refusal extends RuntimeException {
    private final String messageKey;
    private final transient Object[] arguments;

    Refusal(String messageKey, Object... arguments) {
      super(messageKey, null, false, false);
      this.messageKey = messageKey;
      this.arguments = arguments;
    }
  }
}
