package org.opencrm.crm.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One grant: a role may do an action on an entity's records within a scope. */
@Entity
@Table(name = "role_permission")
@NamedQuery(
    name = "RolePermission.byRole",
    query = "SELECT p FROM RolePermission p WHERE p.role.id = :roleId")
public class RolePermission {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "role_id")
  private Role role;

  @Column(nullable = false)
  private String entity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PermissionAction action;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PermissionScope scope;

  protected RolePermission() {}

  public String getEntity() {
    return entity;
  }

  public PermissionAction getAction() {
    return action;
  }

  public PermissionScope getScope() {
    return scope;
  }
}
