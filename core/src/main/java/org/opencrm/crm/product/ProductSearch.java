package org.opencrm.crm.product;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.opencrm.crm.platform.search.SearchHit;
import org.opencrm.crm.platform.search.SearchProvider;
import org.opencrm.crm.platform.security.PermissionAction;

/** Products in the global search: by the start of the name or of the SKU, archived ones too. */
@RequestScoped
public class ProductSearch implements SearchProvider {

  @Inject ProductRepository products;

  @Override
  public String entity() {
    return Product.ENTITY;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public List<SearchHit> find(String term, int limit) {
    return products
        .page(ProductFilter.quick(term), null, 0, limit, PermissionAction.VIEW)
        .rows()
        .stream()
        .map(
            p ->
                new SearchHit(
                    Product.ENTITY,
                    p.getId(),
                    p.getName(),
                    p.getSku() == null ? "" : p.getSku(),
                    p.getSku() == null ? null : "product.sku"))
        .toList();
  }
}
