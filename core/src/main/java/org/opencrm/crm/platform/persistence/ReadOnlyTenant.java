package org.opencrm.crm.platform.persistence;

import java.sql.SQLException;

/**
 * Recognises a write the database refused because the tenant is read-only (being moved to another
 * database server): MySQL and MariaDB answer error 1792, SQLSTATE 25006. Entry points turn it into
 * a clear message and a 503 with {@code Retry-After}, never a 500.
 */
public final class ReadOnlyTenant {

  /** Seconds a client is told to wait before trying a refused write again. */
  public static final int RETRY_AFTER_SECONDS = 60;

  private ReadOnlyTenant() {}

  /** Whether the failure, or any of its causes, is such a refused write. */
  public static boolean refusedWrite(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && ("25006".equals(sql.getSQLState()) || sql.getErrorCode() == 1792)) {
        return true;
      }
    }
    return false;
  }
}
