package org.opencrm.crm.web.customfield;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.platform.customfield.CustomCondition;
import org.opencrm.crm.platform.customfield.CustomField;
import org.opencrm.crm.platform.customfield.CustomFieldKind;
import org.opencrm.crm.platform.customfield.CustomValueChecks;
import org.opencrm.crm.web.list.RequestParams;

/**
 * A list's filters on custom fields as the page edits them (text as typed), turned into conditions
 * for the repository and into an export address's parameters ({@code cf<id>.text}, {@code .from},
 * {@code .to}, {@code .opt}, {@code .has}) and back.
 */
public class CustomFilterForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** "set" or "empty": any value, or none. */
  public static final String SET = "set";

  public static final String EMPTY = "empty";

  /** One field's filter inputs. */
  public static class Entry implements Serializable {
    private static final long serialVersionUID = 1L;
    private String text;
    private String from;
    private String to;
    private List<Long> options = new ArrayList<>();
    private String presence;

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public String getFrom() {
      return from;
    }

    public void setFrom(String from) {
      this.from = from;
    }

    public String getTo() {
      return to;
    }

    public void setTo(String to) {
      this.to = to;
    }

    public List<Long> getOptions() {
      return options;
    }

    public void setOptions(List<Long> options) {
      this.options = options == null ? new ArrayList<>() : new ArrayList<>(options);
    }

    /** Null (no condition), {@link #SET} or {@link #EMPTY}. */
    public String getPresence() {
      return presence;
    }

    public void setPresence(String presence) {
      this.presence = presence;
    }

    boolean blank() {
      return isBlank(text)
          && isBlank(from)
          && isBlank(to)
          && options.isEmpty()
          && isBlank(presence);
    }
  }

  private final Map<Long, Entry> entries = new LinkedHashMap<>();

  /** The inputs of a field (made on first use). */
  public Entry entry(CustomField field) {
    return entries.computeIfAbsent(field.getId(), k -> new Entry());
  }

  /** Takes another form's inputs instead of this one's. */
  public void copyFrom(CustomFilterForm other) {
    entries.clear();
    entries.putAll(other.entries);
  }

  public void clear() {
    entries.clear();
  }

  /** Whether any field filter is set. */
  public boolean isActive() {
    return entries.values().stream().anyMatch(e -> !e.blank());
  }

  /** The conditions of the filled-in inputs; text that is not a number or a day is ignored. */
  public List<CustomCondition> conditions(List<CustomField> fields) {
    List<CustomCondition> conditions = new ArrayList<>();
    for (CustomField f : fields) {
      Entry e = entries.get(f.getId());
      if (e == null || e.blank()) {
        continue;
      }
      if (EMPTY.equals(e.presence)) {
        conditions.add(CustomCondition.of(f.getId(), CustomCondition.Operator.EMPTY));
        continue;
      }
      if (SET.equals(e.presence)) {
        conditions.add(
            CustomCondition.of(
                f.getId(),
                f.getKind() == CustomFieldKind.CHECKBOX
                    ? CustomCondition.Operator.CHECKED
                    : CustomCondition.Operator.NOT_EMPTY));
      }
      switch (f.getKind()) {
        case TEXT -> {
          if (!isBlank(e.text)) {
            conditions.add(CustomCondition.startsWith(f.getId(), e.text.strip()));
          }
        }
        case NUMBER, MONEY -> {
          BigDecimal from = CustomValueChecks.numberOrNull(e.from);
          BigDecimal to = CustomValueChecks.numberOrNull(e.to);
          if (from != null || to != null) {
            conditions.add(CustomCondition.between(f.getId(), from, to));
          }
        }
        case DATE -> {
          LocalDate from = CustomValueChecks.dayOrNull(e.from);
          LocalDate to = CustomValueChecks.dayOrNull(e.to);
          if (from != null || to != null) {
            conditions.add(CustomCondition.between(f.getId(), from, to));
          }
        }
        case LIST, MULTI_LIST -> {
          if (!e.options.isEmpty()) {
            conditions.add(CustomCondition.anyOf(f.getId(), e.options));
          }
        }
        default -> {
          // Checkboxes and links filter by presence only.
        }
      }
    }
    return conditions;
  }

  /** Adds the filled-in inputs to an address's parameters. */
  public void addTo(List<String> params) {
    for (Map.Entry<Long, Entry> en : entries.entrySet()) {
      String p = "cf" + en.getKey() + ".";
      Entry e = en.getValue();
      RequestParams.query(params, p + "text", e.text);
      RequestParams.query(params, p + "from", e.from);
      RequestParams.query(params, p + "to", e.to);
      RequestParams.query(params, p + "has", e.presence);
      for (Long o : e.options) {
        RequestParams.query(params, p + "opt", o.toString());
      }
    }
  }

  /**
   * The filters an address carries, for the given fields.
   *
   * @throws NumberFormatException when a list value is not a number (the export answers 400)
   */
  public static CustomFilterForm fromParams(
      Map<String, String[]> params, List<CustomField> fields) {
    CustomFilterForm form = new CustomFilterForm();
    for (CustomField f : fields) {
      String p = "cf" + f.getId() + ".";
      Entry e = form.entry(f);
      e.text = first(params, p + "text");
      e.from = first(params, p + "from");
      e.to = first(params, p + "to");
      e.presence = first(params, p + "has");
      String[] options = params.get(p + "opt");
      if (options != null) {
        for (String o : options) {
          e.options.add(Long.valueOf(o.strip()));
        }
      }
    }
    return form;
  }

  private static String first(Map<String, String[]> params, String name) {
    String[] values = params.get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
