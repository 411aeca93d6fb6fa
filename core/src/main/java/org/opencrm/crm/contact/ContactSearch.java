package org.opencrm.crm.contact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.opencrm.crm.platform.search.SearchHit;
import org.opencrm.crm.platform.search.SearchProvider;
import org.opencrm.crm.platform.security.PermissionAction;

/** Contacts in the global search: by name, phone (any format or last digits) or e-mail. */
@RequestScoped
public class ContactSearch implements SearchProvider {

  @Inject ContactRepository contacts;

  @Override
  public String entity() {
    return Contact.ENTITY;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public List<SearchHit> find(String term, int limit) {
    return contacts
        .page(
            ContactFilter.quick(term), ContactSort.NAME_ASC, null, 0, limit, PermissionAction.VIEW)
        .rows()
        .stream()
        .map(
            c ->
                new SearchHit(
                    Contact.ENTITY,
                    c.getId(),
                    c.getDisplayName(),
                    c.getPhones().isEmpty() ? c.getMainEmail() : c.getPhones().get(0).getDisplay(),
                    null))
        .toList();
  }
}
