package org.opencrm.crm.platform.validation;

import java.util.List;

/** Input was refused; nothing was written. Carries every problem found, not just the first. */
public class ValidationException extends RuntimeException {

  private final transient List<FieldError> errors;

  public ValidationException(List<FieldError> errors) {
    super("Invalid input: " + errors);
    this.errors = List.copyOf(errors);
  }

  /** Refuses one field with one message. */
  public static ValidationException of(String field, String messageKey, Object... arguments) {
    return new ValidationException(List.of(FieldError.of(field, messageKey, arguments)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
