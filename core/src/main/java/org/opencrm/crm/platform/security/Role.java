package org.opencrm.crm.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A set of permissions given to users. {@code admin} and {@code manager} ship with every tenant.
 */
@Entity
@Table(name = "role")
@NamedQuery(name = "Role.findByCode", query = "SELECT r FROM Role r WHERE r.code = :code")
public class Role {

  public static final String ADMIN = "admin";
  public static final String MANAGER = "manager";
  public static final String HEAD = "head";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "system_role", nullable = false)
  private boolean systemRole;

  @Version private int version;

  protected Role() {}

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public boolean isSystemRole() {
    return systemRole;
  }
}
