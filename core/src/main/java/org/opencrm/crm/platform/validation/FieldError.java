package org.opencrm.crm.platform.validation;

import java.util.List;

/**
 * What is wrong with one input field: the field's path ({@code lastName}, {@code phones[1]}), a
 * message key of the shared bundle and its arguments.
 */
public record FieldError(String field, String messageKey, List<Object> arguments) {

  public static FieldError of(String field, String messageKey, Object... arguments) {
    return new FieldError(field, messageKey, List.of(arguments));
  }
}
