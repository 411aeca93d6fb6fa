package org.opencrm.crm.platform.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.PermissionAction;

/**
 * Gathers the lookalikes of a record being entered: each existing record once (by its first
 * reason), never the record itself, told in full or hidden by whether the user may see it.
 */
public final class LookalikeCollector {

  private final String entity;
  private final Long except;
  private final AccessControl access;
  private final Map<Long, Lookalike> found = new LinkedHashMap<>();

  /**
   * @param except the record being edited, which matches itself; null for a new one
   */
  public LookalikeCollector(String entity, Long except, AccessControl access) {
    this.entity = entity;
    this.except = except;
    this.access = access;
  }

  public void add(OwnedRecord record, String reason, String value) {
    if (record.getId().equals(except) || found.containsKey(record.getId())) {
      return;
    }
    String owner = record.getOwner().getFullName();
    found.put(
        record.getId(),
        access.allows(entity, PermissionAction.VIEW, record.getOwner())
            ? new Lookalike(
                entity, record.getId(), record.getDisplayName(), owner, true, reason, value)
            : Lookalike.hidden(entity, owner, reason, value));
  }

  public List<Lookalike> list(int max) {
    List<Lookalike> all = new ArrayList<>(found.values());
    return all.subList(0, Math.min(max, all.size()));
  }
}
