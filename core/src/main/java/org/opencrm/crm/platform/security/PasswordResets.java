package org.opencrm.crm.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Password reset by e-mail, in the current tenant. A request for an address that belongs to no
 * active user does nothing visible (the page says the same either way, so addresses cannot be
 * probed); a user gets at most {@value #PER_HOUR} links an hour. A link works once, for {@link
 * #VALID_FOR}; setting the password through it ends every session of the user and voids the user's
 * other links.
 */
@RequestScoped
public class PasswordResets {

  public static final Duration VALID_FOR = Duration.ofHours(1);
  static final int PER_HOUR = 3;

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject TenantDatabase db;
  @Inject UserDirectory users;

  /** A link to send: the secret for the URL and the user it is for. */
  public record Issued(String token, UserAccount user) {}

  /**
   * Makes a reset link for the active user with this e-mail, unless the user has had {@value
   * #PER_HOUR} in the last hour. Empty when no link is to be sent.
   */
  @Transactional
  public Optional<Issued> request(String email, String address) {
    Optional<UserAccount> found = users.findByEmail(email).filter(UserAccount::isActive);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    UserAccount user = found.get();
    Instant now = Instant.now();
    long recent =
        db.em()
            .createQuery(
                "SELECT COUNT(r) FROM PasswordReset r WHERE r.userId = :user"
                    + " AND r.requestedAt > :since",
                Long.class)
            .setParameter("user", user.getId())
            .setParameter("since", now.minus(Duration.ofHours(1)))
            .getSingleResult();
    if (recent >= PER_HOUR) {
      return Optional.empty();
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    db.em()
        .persist(new PasswordReset(user.getId(), hash(token), now, now.plus(VALID_FOR), address));
    return Optional.of(new Issued(token, user));
  }

  /**
   * An invitation: a link like a reset link, for a user who has no password of their own yet, valid
   * for longer and not counted against the hourly limit.
   */
  @Transactional
  public Issued invite(UserAccount user, Duration validFor, String address) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = Instant.now();
    db.em().persist(new PasswordReset(user.getId(), hash(token), now, now.plus(validFor), address));
    return new Issued(token, user);
  }

  /** The user a still usable link is for. */
  public Optional<UserAccount> userOf(String token) {
    return usable(token).flatMap(r -> users.find(r.getUserId())).filter(UserAccount::isActive);
  }

  /**
   * Sets a new password through a link; the link and the user's other links are used up and every
   * session of the user ends. Throws {@link ValidationException} on a weak or mistyped password,
   * and {@link IllegalStateException} when the link is no longer usable.
   */
  @Transactional
  public void complete(
      String token, String newPassword, String repeated, String address, String userAgent) {
    PasswordReset reset = usable(token).orElseThrow(() -> new IllegalStateException("link used"));
    UserAccount user =
        users
            .find(reset.getUserId())
            .filter(UserAccount::isActive)
            .orElseThrow(() -> new IllegalStateException("user inactive"));
    List<FieldError> errors =
        new ArrayList<>(PasswordPolicy.problems(newPassword, user.getEmail(), "password"));
    if (newPassword != null && !newPassword.equals(repeated)) {
      errors.add(FieldError.of("repeat", "password.repeat.differs"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    Instant now = Instant.now();
    int used =
        db.em()
            .createQuery(
                "UPDATE PasswordReset r SET r.usedAt = :now WHERE r.userId = :user"
                    + " AND r.usedAt IS NULL")
            .setParameter("now", now)
            .setParameter("user", user.getId())
            .executeUpdate();
    if (used == 0) {
      // Another request used the link between our read and this update.
      throw new IllegalStateException("link used");
    }
    user.changePassword(PasswordHasher.hash(newPassword));
    db.em()
        .persist(
            new LoginEvent(user.getId(), address, userAgent, LoginEvent.Outcome.PASSWORD_RESET));
  }

  private Optional<PasswordReset> usable(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return db.em()
        .createQuery("SELECT r FROM PasswordReset r WHERE r.tokenHash = :hash", PasswordReset.class)
        .setParameter("hash", hash(token))
        .getResultStream()
        .findFirst()
        .filter(r -> r.usableAt(Instant.now()));
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
