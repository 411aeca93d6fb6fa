package org.opencrm.crm.product;

import org.opencrm.crm.platform.record.RecordNotFoundException;

/** No such product, or not one the user may reach: both read the same to the user. */
public class ProductNotFoundException extends RecordNotFoundException {

  public ProductNotFoundException(Long id) {
    super(Product.ENTITY, id);
  }
}
