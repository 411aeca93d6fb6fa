package org.opencrm.crm.platform.record;

import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Subquery;
import java.util.Collection;
import java.util.Map;
import org.opencrm.crm.platform.security.PermissionAction;

/**
 * What the platform may ask of any entity's records without knowing the entity: whether records
 * exist and what they are called. Every record repository is one; link fields, merges and history
 * find an entity's catalogue by its key.
 */
public interface RecordCatalog {

  /** The entity's key, as in permissions and history. */
  String entityKey();

  /**
   * The display names of those of the ids that exist and are not in the trash.
   *
   * @param visibleOnly only the records the current user may view
   */
  Map<Long, String> names(Collection<Long> ids, boolean visibleOnly);

  /** Whether the record exists (not in the trash) and the user may do the action on it. */
  boolean allows(Long id, PermissionAction action);

  /**
   * The ids of the records the user may do the action on (not in the trash), as a subquery of
   * another query: what lists of things attached to records (files, tasks…) filter by.
   */
  Subquery<Long> ids(CriteriaQuery<?> query, PermissionAction action);
}
