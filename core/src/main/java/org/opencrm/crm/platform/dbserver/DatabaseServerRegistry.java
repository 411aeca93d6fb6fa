package org.opencrm.crm.platform.dbserver;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.opencrm.crm.platform.persistence.DatabaseNames;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * The {@code db_server} table of the control schema. It runs on the non-JTA datasource, like the
 * plan checks: a tenant's request looks its server up inside the tenant's own transaction.
 */
@ApplicationScoped
public class DatabaseServerRegistry {

  /** Lower-case letters, digits and dashes, 2 to 40 characters, starting with a letter. */
  static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

  private static final String COLUMNS =
      "s.code, s.display_name, s.host, s.port, s.username, s.password_secret, s.max_tenants,"
          + " s.accepts_new_tenants, s.created_at, s.updated_at,"
          + " (SELECT COUNT(*) FROM %1$s.tenant t WHERE t.db_server = s.code)";

  @Resource(lookup = "java:jboss/datasources/CrmMigrationDS")
  DataSource db;

  /** What an operator enters to register a server or change one. */
  public record ServerForm(
      String code,
      String displayName,
      String host,
      Integer port,
      String username,
      String password,
      Integer maxTenants,
      boolean acceptsNewTenants) {}

  /** Every server with its tenant count, the built-in one first. */
  public List<DatabaseServer> list() {
    List<DatabaseServer> result = new ArrayList<>();
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(select("") + " ORDER BY s.code");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        result.add(read(r));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database servers", e);
    }
    result.sort(Comparator.comparing((DatabaseServer d) -> !d.builtIn()));
    return result;
  }

  public Optional<DatabaseServer> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(select(" WHERE s.code = ?"))) {
      s.setString(1, code);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(read(r)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read database server " + code, e);
    }
  }

  /**
   * The server for a new tenant: the one asked for (it must exist and have room), or else the one
   * with room holding the fewest tenants.
   *
   * @throws ValidationException (field {@code dbServer}) when the server asked for is unknown or
   *     full, or when no server takes new tenants
   */
  public DatabaseServer place(String requested) {
    if (requested != null && !requested.isBlank()) {
      DatabaseServer server =
          find(requested)
              .orElseThrow(() -> ValidationException.of("dbServer", "dbServer.unknown", requested));
      if (!server.hasRoom()) {
        throw ValidationException.of("dbServer", "dbServer.full", server.displayName());
      }
      return server;
    }
    return list().stream()
        .filter(DatabaseServer::hasRoom)
        .min(Comparator.comparingInt(DatabaseServer::tenants))
        .orElseThrow(() -> ValidationException.of("dbServer", "dbServer.noneWithRoom"));
  }

  /**
   * Checks a new server's form (the connection itself is checked by {@link DatabaseServers#probe})
   * and inserts it with its password sealed.
   */
  public void register(ServerForm form, SecretBox box) {
    List<FieldError> errors = problems(form, true);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    Instant now = Instant.now();
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO "
                    + table()
                    + " (code, display_name, host, port, username, password_secret, max_tenants,"
                    + " accepts_new_tenants, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, form.code());
      s.setString(2, form.displayName().strip());
      s.setString(3, form.host().strip());
      s.setInt(4, form.port());
      s.setString(5, form.username().strip());
      s.setString(6, box.seal(form.password() == null ? "" : form.password()));
      setNullableInt(s, 7, form.maxTenants());
      s.setBoolean(8, form.acceptsNewTenants());
      s.setTimestamp(9, Timestamp.from(now));
      s.setTimestamp(10, Timestamp.from(now));
      s.executeUpdate();
    } catch (SQLIntegrityConstraintViolationException e) {
      throw ValidationException.of("code", "dbServer.codeTaken");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot register database server " + form.code(), e);
    }
  }

  /**
   * Changes a server's name, capacity and whether it takes new tenants; its address, login and
   * password too, unless it is the built-in server (a blank password keeps the old one).
   */
  public void update(ServerForm form, SecretBox box) {
    DatabaseServer existing =
        find(form.code())
            .orElseThrow(() -> ValidationException.of("code", "dbServer.unknown", form.code()));
    List<FieldError> errors = problems(form, false);
    if (!existing.builtIn()
        && (form.password() == null || form.password().isEmpty())
        && existing.passwordSecret() == null) {
      errors.add(FieldError.of("password", "field.required"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    String secret =
        form.password() == null || form.password().isEmpty()
            ? existing.passwordSecret()
            : box.seal(form.password());
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE "
                    + table()
                    + " SET display_name = ?, host = ?, port = ?, username = ?, password_secret = ?,"
                    + " max_tenants = ?, accepts_new_tenants = ?, updated_at = ? WHERE code = ?")) {
      s.setString(1, form.displayName().strip());
      s.setString(2, existing.builtIn() ? null : form.host().strip());
      setNullableInt(s, 3, existing.builtIn() ? null : form.port());
      s.setString(4, existing.builtIn() ? null : form.username().strip());
      s.setString(5, existing.builtIn() ? null : secret);
      setNullableInt(s, 6, form.maxTenants());
      s.setBoolean(7, form.acceptsNewTenants());
      s.setTimestamp(8, Timestamp.from(Instant.now()));
      s.setString(9, form.code());
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot change database server " + form.code(), e);
    }
  }

  /**
   * Removes a server no tenant lives on (the built-in one stays).
   *
   * @throws ValidationException when it is built in or still holds tenants
   */
  public void remove(String code) {
    DatabaseServer server =
        find(code).orElseThrow(() -> ValidationException.of("code", "dbServer.unknown", code));
    if (server.builtIn()) {
      throw ValidationException.of("code", "dbServer.builtInStays");
    }
    if (server.tenants() > 0) {
      throw ValidationException.of("code", "dbServer.notEmpty", server.tenants());
    }
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "DELETE FROM "
                    + table()
                    + " WHERE code = ? AND NOT EXISTS (SELECT 1 FROM "
                    + control()
                    + ".tenant t WHERE t.db_server = ?)")) {
      s.setString(1, code);
      s.setString(2, code);
      if (s.executeUpdate() == 0) {
        throw ValidationException.of("code", "dbServer.notEmpty", 1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot remove database server " + code, e);
    }
  }

  /**
   * Checks a form as {@link #register} ({@code creating}) or {@link #update} would, without saving.
   *
   * @throws ValidationException naming every field in error
   */
  public void check(ServerForm form, boolean creating) {
    List<FieldError> errors = problems(form, creating);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  private List<FieldError> problems(ServerForm form, boolean creating) {
    List<FieldError> errors = new ArrayList<>();
    if (creating) {
      if (form.code() == null || form.code().isBlank()) {
        errors.add(FieldError.of("code", "field.required"));
      } else if (!CODE.matcher(form.code()).matches()) {
        errors.add(FieldError.of("code", "dbServer.codeFormat"));
      }
    }
    if (form.displayName() == null || form.displayName().isBlank()) {
      errors.add(FieldError.of("displayName", "field.required"));
    } else if (form.displayName().strip().length() > 200) {
      errors.add(FieldError.of("displayName", "field.tooLong", 200));
    }
    boolean builtIn = DatabaseServer.DEFAULT.equals(form.code());
    if (!builtIn) {
      if (form.host() == null || form.host().isBlank()) {
        errors.add(FieldError.of("host", "field.required"));
      } else if (form.host().strip().length() > 255 || form.host().strip().contains(" ")) {
        errors.add(FieldError.of("host", "dbServer.hostFormat"));
      }
      if (form.port() == null) {
        errors.add(FieldError.of("port", "field.required"));
      } else if (form.port() < 1 || form.port() > 65535) {
        errors.add(FieldError.of("port", "dbServer.portRange"));
      }
      if (form.username() == null || form.username().isBlank()) {
        errors.add(FieldError.of("username", "field.required"));
      } else if (form.username().strip().length() > 100) {
        errors.add(FieldError.of("username", "field.tooLong", 100));
      }
    }
    if (creating && errors.isEmpty() && find(form.code()).isPresent()) {
      errors.add(FieldError.of("code", "dbServer.codeTaken"));
    }
    if (creating && errors.isEmpty()) {
      for (DatabaseServer other : list()) {
        if (!other.builtIn()
            && other.host().equalsIgnoreCase(form.host().strip())
            && other.port().equals(form.port())) {
          errors.add(FieldError.of("host", "dbServer.duplicate", other.displayName()));
        }
      }
    }
    if (form.maxTenants() != null && form.maxTenants() < 0) {
      errors.add(FieldError.of("maxTenants", "dbServer.capacityRange"));
    }
    return errors;
  }

  private static void setNullableInt(PreparedStatement s, int index, Integer value)
      throws SQLException {
    if (value == null) {
      s.setNull(index, Types.INTEGER);
    } else {
      s.setInt(index, value);
    }
  }

  private static String select(String where) {
    return "SELECT " + String.format(COLUMNS, control()) + " FROM " + table() + " s" + where;
  }

  private static DatabaseServer read(ResultSet r) throws SQLException {
    return new DatabaseServer(
        r.getString(1),
        r.getString(2),
        r.getString(3),
        r.getObject(4, Integer.class),
        r.getString(5),
        r.getString(6),
        r.getObject(7, Integer.class),
        r.getBoolean(8),
        r.getInt(11),
        r.getTimestamp(9).toInstant(),
        r.getTimestamp(10).toInstant());
  }

  private static String control() {
    return "`" + DatabaseNames.controlSchema() + "`";
  }

  private static String table() {
    return control() + ".db_server";
  }
}
