package org.opencrm.crm.web.customfield;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.platform.customfield.CustomField;
import org.opencrm.crm.platform.customfield.CustomFieldOption;
import org.opencrm.crm.platform.customfield.CustomFields;
import org.opencrm.crm.platform.customfield.CustomValueStore;
import org.opencrm.crm.platform.search.SearchHit;
import org.opencrm.crm.platform.search.SearchProvider;
import org.opencrm.crm.web.i18n.Texts;

/**
 * What pages need to show and edit custom fields: an entity's fields, values as a form holds them
 * (numbers and days as text, so a typing mistake comes back with the field's name), values as a
 * card shows them, the options a record may take, and links found by a search term.
 */
@Named
@RequestScoped
public class CustomFieldsUi {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Inject CustomFields fields;
  @Inject CustomValueStore store;
  @Inject Instance<SearchProvider> search;
  @Inject Texts texts;

  private final Map<String, Map<Long, String>> linkNames = new HashMap<>();

  /** The entity's active fields, for editors and cards. */
  public List<CustomField> active(String entity) {
    return fields.active(entity);
  }

  /** The active fields shown as list columns. */
  public List<CustomField> listed(String entity) {
    return fields.listed(entity);
  }

  /** A record's values as its editor's form holds them. */
  public Map<Long, Object> forForm(String entity, Long recordId) {
    Map<Long, Object> form = new LinkedHashMap<>();
    for (Map.Entry<Long, Object> e : store.load(entity, recordId).entrySet()) {
      Object v = e.getValue();
      if (v instanceof BigDecimal n) {
        String plain = n.toPlainString();
        form.put(e.getKey(), isRussian() ? plain.replace('.', ',') : plain);
      } else if (v instanceof LocalDate d) {
        form.put(e.getKey(), DAY.format(d));
      } else {
        form.put(e.getKey(), v);
      }
    }
    return form;
  }

  /** One value on a card; {@code linkId} is the linked record when the user may open it. */
  public record Shown(CustomField field, String text, Long linkId) {
    public CustomField getField() {
      return field;
    }

    public String getText() {
      return text;
    }

    public Long getLinkId() {
      return linkId;
    }
  }

  /** A record's values for its card, only the fields that hold something. */
  public List<Shown> shown(String entity, Long recordId) {
    Map<Long, Object> values = store.load(entity, recordId);
    List<Shown> shown = new ArrayList<>();
    for (CustomField f : fields.active(entity)) {
      Object v = values.get(f.getId());
      if (v != null) {
        Long link = null;
        if (v instanceof Long id
            && f.getKind() == org.opencrm.crm.platform.customfield.CustomFieldKind.LINK
            && !store.names(f.getLinkEntity(), List.of(id), true).isEmpty()) {
          link = id;
        }
        shown.add(new Shown(f, text(f, v), link));
      }
    }
    return shown;
  }

  /** The values of a list page's records, by record id. */
  public Map<Long, Map<Long, Object>> forList(String entity, Collection<Long> ids) {
    if (fields.listed(entity).isEmpty()) {
      return Map.of();
    }
    return store.loadAll(entity, ids);
  }

  /** One value as text in the user's language (links only when the user may see the record). */
  public String text(CustomField f, Object value) {
    if (value == null) {
      return "";
    }
    switch (f.getKind()) {
      case CHECKBOX:
        return Boolean.TRUE.equals(value) ? texts.get("customField.yes") : "";
      case MONEY:
      case NUMBER:
        String plain = store.text(f, value, true);
        return isRussian() ? plain.replace('.', ',') : plain;
      case LINK:
        return linkLabel(f, (Long) value);
      default:
        return store.text(f, value, true);
    }
  }

  /** The options a record may take: active ones and those it holds. */
  public List<CustomFieldOption> choices(CustomField f, Object held) {
    List<Long> ids = new ArrayList<>();
    if (held instanceof Long l) {
      ids.add(l);
    } else if (held instanceof Collection<?> c) {
      c.forEach(o -> ids.add(o instanceof Long l ? l : Long.valueOf(o.toString())));
    }
    return f.choices(ids);
  }

  /** Records of a link field's entity matching a term, among those the user may see. */
  public List<Long> complete(CustomField f, String term) {
    List<Long> ids = new ArrayList<>();
    if (term == null || term.isBlank()) {
      return ids;
    }
    for (SearchProvider p : search) {
      if (p.entity().equals(f.getLinkEntity())) {
        for (SearchHit hit : p.find(term.strip(), 10)) {
          ids.add(hit.id());
          linkNames
              .computeIfAbsent(f.getLinkEntity(), k -> new HashMap<>())
              .put(hit.id(), hit.title());
        }
      }
    }
    return ids;
  }

  /** What a link shows: the record's name, or a notice when the user may not see it. */
  public String linkLabel(CustomField f, Long id) {
    if (id == null) {
      return "";
    }
    Map<Long, String> names = linkNames.computeIfAbsent(f.getLinkEntity(), k -> new HashMap<>());
    String name = names.get(id);
    if (name == null) {
      name = store.names(f.getLinkEntity(), List.of(id), true).get(id);
      if (name == null) {
        return texts.get("customField.link.hidden");
      }
      names.put(id, name);
    }
    return name;
  }

  /** The card of a linked record. */
  public String linkOutcome(CustomField f) {
    return "/app/" + f.getLinkEntity() + ".xhtml";
  }

  /**
   * The client id of the input a custom field's error belongs to, in a form that includes {@code
   * custom-fields-edit.xhtml} with the id prefix "cf".
   */
  public String clientId(String form, String entity, String errorField) {
    if (!errorField.startsWith("custom.")) {
      return null;
    }
    Long id = Long.valueOf(errorField.substring("custom.".length()));
    List<CustomField> active = fields.active(entity);
    for (int i = 0; i < active.size(); i++) {
      if (active.get(i).getId().equals(id)) {
        return form + ":cf:" + i + ":" + inputId(active.get(i));
      }
    }
    return null;
  }

  /** The id of a field's input inside the repeated row, per kind. */
  public static String inputId(CustomField f) {
    return switch (f.getKind()) {
      case TEXT -> "vText";
      case NUMBER, MONEY -> "vNumber";
      case DATE -> "vDate";
      case LIST -> "vList";
      case MULTI_LIST -> "vMulti";
      case CHECKBOX -> "vCheck";
      case LINK -> "vLink";
    };
  }

  private boolean isRussian() {
    return "ru".equals(texts.locale().getLanguage());
  }
}
