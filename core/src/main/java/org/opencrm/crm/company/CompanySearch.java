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
    List<Company> found =
        new java.util.ArrayList<>(
            companies
                .page(CompanyFilter.quick(term), null, 0, limit, PermissionAction.VIEW)
                .rows());
    String digits = term.replaceAll("[\\s\\-]", "");
    if (digits.matches("\\d{4,11}") && found.size() < limit) {
      // Digits may be the start of an INN as well as a phone's last digits: both are asked.
      companies
          .page(
              new CompanyFilter(null, digits, null, null, null),
              null,
              0,
              limit,
              PermissionAction.VIEW)
          .rows()
          .stream()
          .filter(c -> found.stream().noneMatch(f -> f.getId().equals(c.getId())))
          .limit(limit - found.size())
          .forEach(found::add);
    }
    return found.stream()
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
