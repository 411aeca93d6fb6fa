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

  /**
   * @param listKey the list's key, such as {@code contact-type}
   * @param current the value the record holds, kept even when archived
   */
  public Map<String, Long> options(String listKey, Long current) {
    ReferenceList list =
        ReferenceList.byKey(listKey)
            .orElseThrow(() -> new IllegalArgumentException("No list " + listKey));
    Map<String, Long> options = new LinkedHashMap<>();
    lists.choices(list, current).forEach(i -> options.put(i.getName(), i.getId()));
    return options;
  }
}
