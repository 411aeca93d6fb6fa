package org.opencrm.crm.platform.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Slows down password guessing: too many failed logins for one login of one tenant, or from one
 * address, lock that key for a while. The counts live in the control schema, so every node and both
 * applications see the same ones. Users get one neutral message that does not tell whether the
 * login exists.
 */
@ApplicationScoped
public class LoginThrottle {

  /** Failures of one login allowed within the window. */
  public static final int MAX_PER_LOGIN = 5;

  /** Failures from one address allowed within the window (an office shares one address). */
  public static final int MAX_PER_ADDRESS = 30;

  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration LOCK = Duration.ofMinutes(15);

  @Resource(lookup = "java:jboss/datasources/CrmControlDS")
  DataSource database;

  /** The key of a login within a realm (a tenant slug, or {@code operator}). */
  public static String loginKey(String realm, String login) {
    String normalized = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    String key = "login:" + realm + ":" + normalized;
    return key.length() > 400 ? key.substring(0, 400) : key;
  }

  public static String addressKey(String address) {
    return "address:" + address;
  }

  /** Whether any of the keys is locked now. */
  public boolean locked(List<String> keys) {
    try (Connection c = connection();
        PreparedStatement s =
            c.prepareStatement("SELECT locked_until FROM login_throttle WHERE throttle_key = ?")) {
      for (String key : keys) {
        s.setString(1, key);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            Timestamp until = r.getTimestamp(1);
            if (until != null && until.toInstant().isAfter(Instant.now())) {
              return true;
            }
          }
        }
      }
      return false;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read login throttling", e);
    }
  }

  /** Counts a failure against the login and the address; locks those over their limit. */
  public void failed(String loginKey, String addressKey) {
    count(loginKey, MAX_PER_LOGIN);
    count(addressKey, MAX_PER_ADDRESS);
  }

  /** Forgets the failures of a login after it succeeded. */
  public void succeeded(String loginKey) {
    try (Connection c = connection();
        PreparedStatement s =
            c.prepareStatement("DELETE FROM login_throttle WHERE throttle_key = ?")) {
      s.setString(1, loginKey);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reset login throttling", e);
    }
  }

  private void count(String key, int max) {
    Timestamp now = Timestamp.from(Instant.now());
    Timestamp windowStart = Timestamp.from(Instant.now().minus(WINDOW));
    Timestamp lockUntil = Timestamp.from(Instant.now().plus(LOCK));
    try (Connection c = connection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO login_throttle (throttle_key, failures, window_start, locked_until)"
                    + " VALUES (?, 1, ?, NULL) ON DUPLICATE KEY UPDATE"
                    // Assignments run left to right: the lock sees the new count, and the
                    // window check reads the old start before it is moved.
                    + " failures = IF(window_start < ?, 1, failures + 1),"
                    + " window_start = IF(window_start < ?, VALUES(window_start), window_start),"
                    + " locked_until = IF(failures >= ?, ?, locked_until)")) {
      s.setString(1, key);
      s.setTimestamp(2, now);
      s.setTimestamp(3, windowStart);
      s.setTimestamp(4, windowStart);
      s.setInt(5, max);
      s.setTimestamp(6, lockUntil);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot count a failed login", e);
    }
  }

  private Connection connection() throws SQLException {
    return database.getConnection();
  }
}
