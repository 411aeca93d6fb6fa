package org.opencrm.crm.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.opencrm.crm.platform.persistence.TenantDatabase;

/**
 * The one permission layer. Every list, card, search, export and write of a tenant's records asks
 * it either for a query restriction ({@link #restrict}) or for a yes/no on one record ({@link
 * #allows}). A role's grants are loaded once per request, so a changed role takes effect on the
 * next request.
 */
@RequestScoped
public class AccessControl {

  @Inject CurrentActor actor;
  @Inject TenantDatabase db;

  private Map<String, Map<PermissionAction, PermissionScope>> grants;

  /** The scope in which the current user may do the action on the entity's records. */
  public PermissionScope scope(String entity, PermissionAction action) {
    CurrentUser user = actor.requireUser();
    return grants(user).getOrDefault(entity, Map.of()).getOrDefault(action, PermissionScope.NONE);
  }

  public boolean can(String entity, PermissionAction action) {
    return scope(entity, action) != PermissionScope.NONE;
  }

  public void require(String entity, PermissionAction action) {
    if (!can(entity, action)) {
      throw new AccessDeniedException("No " + action + " permission on " + entity);
    }
  }

  /**
   * A predicate limiting a query to the records the current user may reach for the action.
   *
   * @param owner the path to the record's responsible user
   */
  public Predicate restrict(
      CriteriaBuilder cb, Path<UserAccount> owner, String entity, PermissionAction action) {
    CurrentUser user = actor.requireUser();
    return switch (scope(entity, action)) {
      case ALL -> cb.conjunction();
      case OWN -> cb.equal(owner.get("id"), user.userId());
      case DEPARTMENT ->
          cb.like(
              owner.get("department").get("path"),
              org.opencrm.crm.platform.persistence.LikePatterns.escape(user.departmentPath())
                  + "%");
      case NONE -> cb.disjunction();
    };
  }

  /** Whether the current user may do the action on one record owned by this user. */
  public boolean allows(String entity, PermissionAction action, UserAccount owner) {
    CurrentUser user = actor.requireUser();
    return switch (scope(entity, action)) {
      case ALL -> true;
      case OWN -> owner != null && owner.getId().equals(user.userId());
      case DEPARTMENT ->
          owner != null && owner.getDepartment().getPath().startsWith(user.departmentPath());
      case NONE -> false;
    };
  }

  public void requireAllowed(String entity, PermissionAction action, UserAccount owner) {
    if (!allows(entity, action, owner)) {
      throw new AccessDeniedException("No " + action + " permission on this " + entity);
    }
  }

  private Map<String, Map<PermissionAction, PermissionScope>> grants(CurrentUser user) {
    if (grants == null) {
      Map<String, Map<PermissionAction, PermissionScope>> loaded = new HashMap<>();
      db.em()
          .createNamedQuery("RolePermission.byRole", RolePermission.class)
          .setParameter("roleId", user.roleId())
          .getResultList()
          .forEach(
              p ->
                  loaded
                      .computeIfAbsent(p.getEntity(), e -> new EnumMap<>(PermissionAction.class))
                      .merge(p.getAction(), p.getScope(), PermissionScope::wider));
      grants = loaded;
    }
    return grants;
  }
}
