package org.opencrm.crm.platform.operator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.opencrm.crm.platform.security.PasswordHasher;

/** Finds and checks operators; creates the first one when the installation asks for it. */
@ApplicationScoped
public class OperatorDirectory {

  @PersistenceContext(unitName = "control")
  EntityManager control;

  @Transactional
  public Optional<Operator> authenticate(String login, String password) {
    Optional<Operator> found =
        login == null || login.length() > 100
            ? Optional.empty()
            : control
                .createNamedQuery("Operator.findByLogin", Operator.class)
                .setParameter("login", login.strip())
                .getResultStream()
                .findFirst();
    if (found.isEmpty()) {
      PasswordHasher.burnTime(password);
      return Optional.empty();
    }
    Operator operator = found.get();
    if (!operator.isActive() || !PasswordHasher.matches(password, operator.getPasswordHash())) {
      return Optional.empty();
    }
    control
        .createQuery("UPDATE Operator o SET o.lastLoginAt = :now WHERE o.id = :id")
        .setParameter("now", java.time.Instant.now())
        .setParameter("id", operator.getId())
        .executeUpdate();
    return Optional.of(operator);
  }

  /** Creates an operator unless one with this login exists. */
  @Transactional
  public void ensure(String login, String displayName, String password, Operator.Role role) {
    boolean exists =
        !control
            .createNamedQuery("Operator.findByLogin", Operator.class)
            .setParameter("login", login)
            .getResultList()
            .isEmpty();
    if (!exists) {
      control.persist(new Operator(login, displayName, PasswordHasher.hash(password), role));
    }
  }
}
