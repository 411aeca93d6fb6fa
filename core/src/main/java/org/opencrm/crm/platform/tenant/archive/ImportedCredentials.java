package org.opencrm.crm.platform.tenant.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Withdraws the secrets an imported copy brought along that were handed out for the source tenant.
 * Passwords stay (the hashes are the users' own, so the copy's users log in as before).
 *
 * <p>API tokens are revoked in the copy. A token is found through its prefix in the control
 * schema's {@code api_token_index}, which points at one tenant; the import copies no index rows, so
 * the copy's tokens could never be used anyway, and the source's tokens keep working for the source
 * only. Revoking them makes the copy's token list say so instead of showing dead tokens as active;
 * its administrator issues new ones. (Indexing the copied prefixes for the copy is impossible while
 * the source exists, the prefix being the index's key, and would let one secret open two tenants.)
 * Unused password-reset links end for the same reason: they were mailed for the source.
 */
final class ImportedCredentials {

  private ImportedCredentials() {}

  static void withdraw(Connection c, Instant now) throws SQLException {
    Timestamp at = Timestamp.from(now);
    try (PreparedStatement s =
        c.prepareStatement("UPDATE api_token SET revoked_at = ? WHERE revoked_at IS NULL")) {
      s.setTimestamp(1, at);
      s.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE password_reset SET expires_at = ? WHERE used_at IS NULL AND expires_at > ?")) {
      s.setTimestamp(1, at);
      s.setTimestamp(2, at);
      s.executeUpdate();
    }
  }
}
