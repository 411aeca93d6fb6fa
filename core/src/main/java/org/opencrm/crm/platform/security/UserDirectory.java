package org.opencrm.crm.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.tenant.TenantContext;
import org.opencrm.crm.platform.tenant.TenantRef;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/** Finds and checks the users of the current tenant. */
@RequestScoped
public class UserDirectory {

  @Inject TenantDatabase db;
  @Inject TenantContext tenantContext;
  @Inject org.opencrm.crm.platform.plan.PlanLimits limits;

  /**
   * The user with this e-mail and password, if both match an active user of the current tenant.
   * Takes the same time whether or not the e-mail is known.
   */
  @Transactional
  public Optional<CurrentUser> authenticate(String email, String password) {
    Optional<UserAccount> found = findByEmail(email);
    if (found.isEmpty()) {
      PasswordHasher.burnTime(password);
      return Optional.empty();
    }
    UserAccount user = found.get();
    if (!PasswordHasher.matches(password, user.getPasswordHash()) || !user.isActive()) {
      return Optional.empty();
    }
    if (db.readOnly()) {
      return Optional.of(toCurrentUser(user)); // being moved: the login is not recorded
    }
    db.em()
        .createQuery("UPDATE UserAccount u SET u.lastLoginAt = :now WHERE u.id = :id")
        .setParameter("now", java.time.Instant.now())
        .setParameter("id", user.getId())
        .executeUpdate();
    return Optional.of(toCurrentUser(user));
  }

  public Optional<UserAccount> findByEmail(String email) {
    if (email == null || email.isBlank() || email.length() > 254) {
      return Optional.empty();
    }
    return db.em()
        .createNamedQuery("UserAccount.findByEmail", UserAccount.class)
        .setParameter("email", UserAccount.normalizeEmail(email))
        .getResultStream()
        .findFirst();
  }

  public Optional<UserAccount> find(Long id) {
    return id == null ? Optional.empty() : Optional.ofNullable(db.em().find(UserAccount.class, id));
  }

  public List<UserAccount> listActive() {
    return db.em().createNamedQuery("UserAccount.listActive", UserAccount.class).getResultList();
  }

  /**
   * Gives a user another role (admin, head, manager or a tenant's own). The user's sessions end, so
   * no session keeps the rights of the old role.
   */
  @Transactional
  public void changeRole(Long userId, String roleCode) {
    Role role =
        db.em()
            .createNamedQuery("Role.findByCode", Role.class)
            .setParameter("code", roleCode)
            .getSingleResult();
    find(userId).ifPresent(u -> u.changeRole(role));
  }

  /** Deactivates a user: sessions end at their next request and logins are refused. */
  @Transactional
  public void deactivate(Long userId) {
    find(userId).ifPresent(UserAccount::deactivate);
  }

  /** Marks a user's password as initial: it must be changed at the next login. */
  @Transactional
  public void requirePasswordChange(Long userId) {
    find(userId).ifPresent(UserAccount::requirePasswordChange);
  }

  /**
   * Creates a user unless one with this e-mail exists (the employees screen comes with the work
   * module; provisioning and the demo data use this).
   */
  @Transactional
  public UserAccount ensure(
      String email, String fullName, String password, String roleCode, Long departmentId) {
    Optional<UserAccount> existing = findByEmail(email);
    if (existing.isPresent()) {
      return existing.get();
    }
    limits.checkUserCanBeAdded();
    var em = db.em();
    Role role =
        em.createNamedQuery("Role.findByCode", Role.class)
            .setParameter("code", roleCode)
            .getSingleResult();
    UserAccount user =
        new UserAccount(
            email,
            fullName,
            PasswordHasher.hash(password),
            role,
            em.find(Department.class, departmentId));
    em.persist(user);
    return user;
  }

  /** Creates a department under a parent, unless the parent already has one of that name. */
  @Transactional
  public Department ensureDepartment(Long parentId, String name) {
    var em = db.em();
    Department parent = em.find(Department.class, parentId);
    List<Department> existing =
        em.createQuery(
                "SELECT d FROM Department d WHERE d.parent = :parent AND d.name = :name",
                Department.class)
            .setParameter("parent", parent)
            .setParameter("name", name)
            .getResultList();
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    Department d = new Department(parent, name);
    em.persist(d);
    em.flush();
    d.placeInTree();
    return d;
  }

  /** What a session may do now. */
  public enum SessionState {
    /** Fine. */
    VALID,
    /** Logged in, but must change an initial password before anything else. */
    PASSWORD_CHANGE_REQUIRED,
    /** The user is gone or inactive, or the password changed since the session began. */
    ENDED
  }

  /** Checks a session against the user's current state (one indexed query per request). */
  public SessionState sessionState(CurrentUser session) {
    List<Object[]> rows =
        db.em()
            .createQuery(
                "SELECT u.active, u.securityStamp, u.passwordChangeRequired FROM UserAccount u"
                    + " WHERE u.id = :id",
                Object[].class)
            .setParameter("id", session.userId())
            .getResultList();
    if (rows.isEmpty()
        || !Boolean.TRUE.equals(rows.get(0)[0])
        || !session.securityStamp().equals(rows.get(0)[1])) {
      return SessionState.ENDED;
    }
    return Boolean.TRUE.equals(rows.get(0)[2])
        ? SessionState.PASSWORD_CHANGE_REQUIRED
        : SessionState.VALID;
  }

  /** Records a successful login for the user's login history. */
  @Transactional
  public void recordLogin(Long userId, String address, String userAgent) {
    if (db.readOnly()) {
      return;
    }
    db.em().persist(new LoginEvent(userId, address, userAgent, LoginEvent.Outcome.SUCCESS));
  }

  /**
   * Records a failed login with a known e-mail in that user's login history, so the user sees
   * attempts on the account.
   */
  @Transactional
  public void recordFailedLogin(String email, String address, String userAgent) {
    if (db.readOnly()) {
      return;
    }
    findByEmail(email)
        .ifPresent(
            u ->
                db.em()
                    .persist(
                        new LoginEvent(u.getId(), address, userAgent, LoginEvent.Outcome.FAILED)));
  }

  /** The user's latest logins, newest first. */
  public List<LoginEvent> loginHistory(Long userId, int limit) {
    return db.em()
        .createNamedQuery("LoginEvent.ofUser", LoginEvent.class)
        .setParameter("userId", userId)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Changes the current user's password after checking the current one and the policy; returns the
   * session's new view of the user (the old stamp no longer holds).
   */
  @Transactional
  public CurrentUser changePassword(
      CurrentUser user, String currentPassword, String newPassword, String repeated) {
    UserAccount account = find(user.userId()).orElseThrow();
    List<FieldError> errors = new ArrayList<>();
    if (!PasswordHasher.matches(currentPassword, account.getPasswordHash())) {
      errors.add(FieldError.of("current", "password.current.wrong"));
    }
    errors.addAll(PasswordPolicy.problems(newPassword, account.getEmail(), "password"));
    if (newPassword != null && !newPassword.equals(repeated)) {
      errors.add(FieldError.of("repeat", "password.repeat.differs"));
    }
    if (errors.isEmpty() && PasswordHasher.matches(newPassword, account.getPasswordHash())) {
      // A password handed over by someone else (or the one asked to be changed) stays known.
      errors.add(FieldError.of("password", "password.same"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    account.changePassword(PasswordHasher.hash(newPassword));
    return toCurrentUser(account);
  }

  @Transactional
  public void changeLocale(Long userId, String locale) {
    find(userId).ifPresent(u -> u.changeLocale(locale));
  }

  public CurrentUser toCurrentUser(UserAccount user) {
    TenantRef tenant = tenantContext.require();
    return new CurrentUser(
        tenant.id(),
        tenant.slug(),
        user.getId(),
        user.getEmail(),
        user.getFullName(),
        user.getRole().getId(),
        user.getRole().getCode(),
        user.getDepartment().getPath(),
        user.getSecurityStamp());
  }
}
