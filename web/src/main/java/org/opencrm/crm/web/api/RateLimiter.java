package org.opencrm.crm.web.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Requests per token per minute, against the tenant's plan ({@code plan.api_requests_per_minute} in
 * the control schema). Counted per node in fixed one-minute windows; behind a load balancer with N
 * nodes a token gets at most N times its rate (a shared counter comes with clustering).
 */
@ApplicationScoped
public class RateLimiter {

  private static final class Window {
    long minute;
    int count;
  }

  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  @Resource(lookup = "java:jboss/datasources/CrmControlDS")
  DataSource control;

  /** Counts a request; returns 0 when allowed, else the seconds until the next window. */
  public long acquire(String tokenPrefix, Long tenantId) {
    int limit = limitOf(tenantId);
    long now = System.currentTimeMillis();
    long minute = now / 60_000;
    Window w = windows.computeIfAbsent(tokenPrefix, k -> new Window());
    synchronized (w) {
      if (w.minute != minute) {
        w.minute = minute;
        w.count = 0;
      }
      if (w.count >= limit) {
        return Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
      }
      w.count++;
      return 0;
    }
  }

  private int limitOf(Long tenantId) {
    try (Connection c = control.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT p.api_requests_per_minute FROM tenant t JOIN plan p ON p.code = t.plan_code"
                    + " WHERE t.id = ?")) {
      s.setLong(1, tenantId);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getInt(1) : 60;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the plan's rate", e);
    }
  }
}
