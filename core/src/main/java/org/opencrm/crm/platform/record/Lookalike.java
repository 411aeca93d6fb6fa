package org.opencrm.crm.platform.record;

import java.io.Serializable;

/**
 * An existing record that looks like one being created: the same phone, e-mail or INN. Whether the
 * user may see it decides what is told: its name and a link, or only that it exists and who is
 * responsible for it.
 *
 * @param reason the message key of what matched, such as {@code duplicate.reason.phone}
 * @param value what matched (the number, the address)
 */
public record Lookalike(
    String entity,
    Long id,
    String title,
    String owner,
    boolean visible,
    String reason,
    String value)
    implements Serializable {

  /** The same record as another user sees it: no name, no id, only who is responsible. */
  public static Lookalike hidden(String entity, String owner, String reason, String value) {
    return new Lookalike(entity, null, null, owner, false, reason, value);
  }
}
