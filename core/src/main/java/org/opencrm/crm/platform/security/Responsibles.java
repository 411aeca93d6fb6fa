package org.opencrm.crm.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Who may be made responsible for a record: an active user whose records of that entity the current
 * user may add (or edit, when giving an existing record away). Every entity's service asks here, so
 * the rule is one.
 */
@RequestScoped
public class Responsibles {

  @Inject AccessControl access;
  @Inject CurrentActor actor;
  @Inject UserDirectory users;

  /** Users the current user may make responsible for new records of the entity. */
  public List<UserAccount> assignable(String entity) {
    return users.listActive().stream()
        .filter(u -> access.allows(entity, PermissionAction.ADD, u))
        .toList();
  }

  /**
   * The user to make responsible: the one asked for, or the current user when none is.
   *
   * @throws ValidationException on field {@code ownerId} when there is no such active user
   * @throws AccessDeniedException when the current user may not give the entity's records to them
   */
  public UserAccount choose(String entity, Long ownerId, PermissionAction action) {
    Long wanted = ownerId == null ? actor.requireUser().userId() : ownerId;
    UserAccount owner =
        users
            .find(wanted)
            .filter(UserAccount::isActive)
            .orElseThrow(
                () ->
                    new ValidationException(
                        List.of(FieldError.of("ownerId", "record.owner.unknown"))));
    if (!access.allows(entity, action, owner)) {
      throw new AccessDeniedException("Cannot give a " + entity + " to this user");
    }
    return owner;
  }
}
