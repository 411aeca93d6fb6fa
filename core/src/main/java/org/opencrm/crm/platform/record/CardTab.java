package org.opencrm.crm.platform.record;

import org.opencrm.crm.platform.security.PermissionAction;

/**
 * A tab on a record's card. The core contributes its own (details, images, history); a plugin adds
 * one by shipping a CDI bean implementing this interface and the Facelets page it names. Cards ask
 * {@link CardTabs} for their tabs when the card is built, once per opening, in the request's
 * tenant; a tab is shown only when the user has its permission.
 *
 * <p>The included page receives {@code recordId} (the record's id) and {@code entity}; it reads
 * through its own beans and the permission layer, like any other page.
 */
public interface CardTab {

  /** Stable kebab-case id, unique on its card ({@code details}, {@code realestate-objects}). */
  String id();

  /** The entity whose cards show the tab, such as {@code product}. */
  String entity();

  /** The message key of the tab's title. */
  String titleKey();

  /** Where the tab stands: lower first; the core's tabs use 10, 20, 30 … */
  int order();

  /** The Facelets page to include, such as {@code /WEB-INF/includes/product-details.xhtml}. */
  String include();

  /** The entity whose permission the tab needs; by default the card's own. */
  default String requiredEntity() {
    return entity();
  }

  /** The action the user needs on {@link #requiredEntity()}; by default viewing. */
  default PermissionAction requiredAction() {
    return PermissionAction.VIEW;
  }
}
