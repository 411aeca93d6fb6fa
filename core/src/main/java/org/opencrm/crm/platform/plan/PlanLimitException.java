package org.opencrm.crm.platform.plan;

import java.util.List;

/** A write the tenant's plan does not allow; the message key says which limit, for the user. */
public class PlanLimitException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient List<Object> arguments;

  public PlanLimitException(String messageKey, Object... arguments) {
    super("Plan limit reached: " + messageKey);
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
