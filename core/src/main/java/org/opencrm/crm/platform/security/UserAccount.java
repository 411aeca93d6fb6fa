package org.opencrm.crm.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/** A person who logs into one tenant. Lives in the tenant's own schema. */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = "UserAccount.findByEmail",
    query = "SELECT u FROM UserAccount u WHERE u.email = :email")
@NamedQuery(
    name = "UserAccount.listActive",
    query = "SELECT u FROM UserAccount u WHERE u.active = TRUE ORDER BY u.fullName, u.id")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String email;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @ManyToOne(optional = false)
  @JoinColumn(name = "role_id")
  private Role role;

  @ManyToOne(optional = false)
  @JoinColumn(name = "department_id")
  private Department department;

  @Column private String locale;

  @Column(nullable = false)
  private boolean active = true;

  /** Changes with the password; a session made with an older stamp ends. */
  @Column(name = "security_stamp", nullable = false)
  private String securityStamp = newStamp();

  /** Set for an initial password chosen by someone else; the user must change it first. */
  @Column(name = "password_change_required", nullable = false)
  private boolean passwordChangeRequired;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Version private int version;

  protected UserAccount() {}

  public UserAccount(
      String email, String fullName, String passwordHash, Role role, Department department) {
    this.email = normalizeEmail(email);
    this.fullName = fullName;
    this.passwordHash = passwordHash;
    this.role = role;
    this.department = department;
    this.createdAt = Instant.now();
  }

  static String newStamp() {
    byte[] bytes = new byte[16];
    new java.security.SecureRandom().nextBytes(bytes);
    return java.util.HexFormat.of().formatHex(bytes);
  }

  /** Sets a new password and a new stamp, which ends the user's other sessions. */
  public void changePassword(String newHash) {
    this.passwordHash = newHash;
    this.securityStamp = newStamp();
    this.passwordChangeRequired = false;
  }

  /** Gives the user another role; the new stamp ends sessions that hold the old role's rights. */
  public void changeRole(Role newRole) {
    this.role = newRole;
    this.securityStamp = newStamp();
  }

  /** Deactivates the user: no more logins, API tokens or sessions. */
  public void deactivate() {
    this.active = false;
    this.securityStamp = newStamp();
  }

  /** Marks the password as an initial one, to be changed at the first login. */
  public void requirePasswordChange() {
    this.passwordChangeRequired = true;
  }

  public boolean isPasswordChangeRequired() {
    return passwordChangeRequired;
  }

  public String getSecurityStamp() {
    return securityStamp;
  }

  public static String normalizeEmail(String email) {
    return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
  }

  public void changeLocale(String locale) {
    this.locale = locale;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getFullName() {
    return fullName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public Department getDepartment() {
    return department;
  }

  public String getLocale() {
    return locale;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }
}
