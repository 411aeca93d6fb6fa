package org.opencrm.crm.company;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.opencrm.crm.platform.search.SearchHit;
import org.opencrm.crm.platform.search.SearchProvider;
import org.opencrm.crm.platform.security.PermissionAction;

/** Companies in the global search: by name, INN, phone (any format or last digits) or e-mail. */
@RequestScoped
public class CompanySearch implements SearchProvider {

  @Inject CompanyRepository companies;

  @Override
  public String entity() {
    return Company.ENTITY;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public List<SearchHit> find(String term, int limit) {
    return companies
        .page(CompanyFilter.quick(term), null, 0, limit, PermissionAction.VIEW)
        .rows()
        .stream()
        .map(
            c ->
                new SearchHit(
                    Company.ENTITY,
                    c.getId(),
                    c.getName(),
                    c.getInn().isEmpty() ? c.getMainPhone() : c.getInn(),
                    c.getInn().isEmpty() ? null : "company.inn"))
        .toList();
  }
}
