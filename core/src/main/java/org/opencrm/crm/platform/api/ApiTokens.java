package org.opencrm.crm.platform.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.opencrm.crm.platform.persistence.DatabaseNames;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.CurrentActor;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.security.UserAccount;
import org.opencrm.crm.platform.settings.TenantSettingsService;
import org.opencrm.crm.platform.tenant.TenantContext;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Issues, lists, revokes and checks API tokens. A token is 64 characters: {@code crm_}, a
 * 12-character public prefix and a 48-character secret. The prefix finds the tenant (control
 * schema) and the token row (tenant schema), where only the SHA-256 of the whole token is kept.
 */
@RequestScoped
public class ApiTokens {

  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A token as issued: its id and the plain text, which is shown this once. */
  public record Issued(Long id, String token) {}

  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject CurrentActor actor;
  @Inject AccessControl access;

  @Resource(lookup = "java:jboss/datasources/CrmMigrationDS")
  DataSource nonTransactional;

  /**
   * Issues a token acting as the current user. The control index is written first (on its own), so
   * a failure afterwards leaves only an index entry that matches no token.
   */
  @Transactional
  public Issued issue(String name, boolean readOnly) {
    access.require(TenantSettingsService.ENTITY, PermissionAction.EDIT);
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty()) {
      throw new ValidationException(List.of(FieldError.of("name", "field.required")));
    }
    if (clean.length() > 100) {
      throw new ValidationException(List.of(FieldError.of("name", "field.tooLong", 100)));
    }
    String prefix = random(12);
    String token = "crm_" + prefix + random(48);
    index(prefix);
    UserAccount owner = db.em().find(UserAccount.class, actor.requireUser().userId());
    ApiToken row = new ApiToken(clean, prefix, hash(token), owner, readOnly);
    db.em().persist(row);
    db.em().flush();
    return new Issued(row.getId(), token);
  }

  public List<ApiToken> list() {
    access.require(TenantSettingsService.ENTITY, PermissionAction.EDIT);
    return db.em().createNamedQuery("ApiToken.list", ApiToken.class).getResultList();
  }

  @Transactional
  public void revoke(Long id) {
    access.require(TenantSettingsService.ENTITY, PermissionAction.EDIT);
    ApiToken token = db.em().find(ApiToken.class, id);
    if (token != null) {
      token.revoke();
    }
  }

  /** The tenant id a token's prefix is indexed under, if any (control schema). */
  public Optional<Long> tenantOf(String token) {
    Optional<String> prefix = prefixOf(token);
    if (prefix.isEmpty()) {
      return Optional.empty();
    }
    try (Connection c = control();
        PreparedStatement s =
            c.prepareStatement("SELECT tenant_id FROM api_token_index WHERE prefix = ?")) {
      s.setString(1, prefix.get());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the token index", e);
    }
  }

  /**
   * The active token row matching the plain token, in the current tenant (the caller set it from
   * {@link #tenantOf}); compares hashes in constant time.
   */
  @Transactional
  public Optional<ApiToken> check(String token) {
    Optional<String> prefix = prefixOf(token);
    if (prefix.isEmpty()) {
      return Optional.empty();
    }
    Optional<ApiToken> row =
        db.em()
            .createNamedQuery("ApiToken.byPrefix", ApiToken.class)
            .setParameter("prefix", prefix.get())
            .getResultStream()
            .findFirst()
            .filter(ApiToken::isActive)
            .filter(
                t ->
                    MessageDigest.isEqual(
                        t.getTokenHash().getBytes(StandardCharsets.US_ASCII),
                        hash(token).getBytes(StandardCharsets.US_ASCII)))
            .filter(t -> t.getOwner().isActive());
    row.filter(t -> !db.readOnly()) // being moved: the use is not recorded
        .ifPresent(
            t ->
                db.em()
                    .createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id")
                    .setParameter("now", Instant.now())
                    .setParameter("id", t.getId())
                    .executeUpdate());
    return row;
  }

  static Optional<String> prefixOf(String token) {
    if (token == null || token.length() != 64 || !token.startsWith("crm_")) {
      return Optional.empty();
    }
    String rest = token.substring(4);
    for (char ch : rest.toCharArray()) {
      if (ALPHABET.indexOf(ch) < 0) {
        return Optional.empty();
      }
    }
    return Optional.of(rest.substring(0, 12));
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

  private void index(String prefix) {
    try (Connection c = control();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO api_token_index (prefix, tenant_id, created_at) VALUES (?, ?, ?)")) {
      s.setString(1, prefix);
      s.setLong(2, tenant.require().id());
      s.setTimestamp(3, Timestamp.from(Instant.now()));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot index the token", e);
    }
  }

  private Connection control() throws SQLException {
    Connection c = nonTransactional.getConnection();
    c.setCatalog(DatabaseNames.controlSchema());
    return c;
  }

  private static String random(int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }
}
