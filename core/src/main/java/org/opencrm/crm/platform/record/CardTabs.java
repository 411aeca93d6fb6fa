package org.opencrm.crm.platform.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencrm.crm.platform.security.AccessControl;

/**
 * Finds the tabs of an entity's card among the {@link CardTab} beans (the core's and plugins'),
 * keeps those the user may open, and orders them.
 */
@RequestScoped
public class CardTabs {

  @Inject Instance<CardTab> tabs;
  @Inject AccessControl access;

  /** The entity's tabs the current user may see, by order then id. */
  public List<CardTab> of(String entity) {
    List<CardTab> found = new ArrayList<>();
    for (CardTab tab : tabs) {
      if (tab.entity().equals(entity) && access.can(tab.requiredEntity(), tab.requiredAction())) {
        found.add(tab);
      }
    }
    found.sort(Comparator.comparingInt(CardTab::order).thenComparing(CardTab::id));
    return found;
  }
}
