package org.opencrm.crm.web.reference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opencrm.crm.reference.ReferenceList;
import org.opencrm.crm.reference.ReferenceLists;

/** The values a form offers for a reference list: label → id, archived ones only when held. */
@Named
@RequestScoped
public class ReferenceChoices {

  @Inject ReferenceLists lists;
  @Inject org.opencrm.crm.web.i18n.Texts texts;

  /**
   * @param listKey the list's key, such as {@code contact-type}
   * @param current the value the record holds, kept even when archived
   */
  public Map<String, Long> options(String listKey, Long current) {
    Map<String, Long> options = new LinkedHashMap<>();
    lists.choices(list(listKey), current).forEach(i -> options.put(i.getName(), i.getId()));
    return options;
  }

  /** Every value of a list, archived ones marked: filters find records that still hold them. */
  public Map<String, Long> all(String listKey) {
    Map<String, Long> options = new LinkedHashMap<>();
    lists
        .all(list(listKey))
        .forEach(
            i ->
                options.put(
                    i.isArchived()
                        ? i.getName() + " (" + texts.get("reference.archived") + ")"
                        : i.getName(),
                    i.getId()));
    return options;
  }

  private static ReferenceList list(String key) {
    return ReferenceList.byKey(key)
        .orElseThrow(() -> new IllegalArgumentException("No list " + key));
  }
}
