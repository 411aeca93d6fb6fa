package org.opencrm.crm.platform.record;

/**
 * No such record, or not one the current user may reach: the two are never told apart, so a
 * record's existence does not leak.
 */
public class RecordNotFoundException extends RuntimeException {

  private final String entity;

  public RecordNotFoundException(String entity, Long id) {
    super("No " + entity + " " + id);
    this.entity = entity;
  }

  /** The entity's key, such as {@code contact}. */
  public String entity() {
    return entity;
  }
}
