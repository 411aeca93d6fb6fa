package org.opencrm.crm.web.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.opencrm.crm.platform.record.CardTab;
import org.opencrm.crm.product.Product;

/** The product card's own tabs: details, images and history; plugins add theirs beside them. */
@ApplicationScoped
public class ProductTabs {

  /** A tab of the core, on the product card. */
  record CoreTab(String id, String titleKey, int order, String include) implements CardTab {
    @Override
    public String entity() {
      return Product.ENTITY;
    }
  }

  @Produces
  CardTab details() {
    return new CoreTab(
        "details", "product.tab.details", 10, "/WEB-INF/includes/product/details.xhtml");
  }

  @Produces
  CardTab images() {
    return new CoreTab(
        "images", "product.tab.images", 20, "/WEB-INF/includes/product/images.xhtml");
  }

  @Produces
  CardTab history() {
    return new CoreTab(
        "history", "product.tab.history", 90, "/WEB-INF/includes/product/history.xhtml");
  }
}
