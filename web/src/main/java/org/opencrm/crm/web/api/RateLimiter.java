package org.opencrm.crm.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import org.opencrm.crm.platform.plan.TenantPlan;

/**
 * Requests per token per minute, against the tenant's plan ({@code plan.api_requests_per_minute} in
 * the control schema). A sliding log: a request is allowed when fewer than the plan's number of
 * requests were allowed in the 60 seconds before it, so no burst across a minute boundary can
 * double the rate. Counted per node; behind a load balancer with N nodes a token gets at most N
 * times its rate.
 */
@ApplicationScoped
public class RateLimiter {

  static final long WINDOW_MILLIS = 60_000;

  /** Times of the allowed requests of one token, oldest first, at most the plan's rate of them. */
  static final class Log {
    private long[] times = new long[0];
    private int start;
    private int size;

    synchronized long acquire(int limit, long now) {
      if (times.length != limit) {
        resize(limit);
      }
      while (size > 0 && times[start] <= now - WINDOW_MILLIS) {
        start = (start + 1) % times.length;
        size--;
      }
      if (size >= limit) {
        return Math.max(1, (times[start] + WINDOW_MILLIS - now + 999) / 1000);
      }
      times[(start + size) % times.length] = now;
      size++;
      return 0;
    }

    private void resize(int limit) {
      long[] kept = new long[Math.max(limit, 1)];
      int keep = Math.min(size, kept.length);
      for (int i = 0; i < keep; i++) {
        kept[i] = times[(start + size - keep + i) % times.length];
      }
      times = kept;
      start = 0;
      size = keep;
    }
  }

  private final ConcurrentHashMap<String, Log> logs = new ConcurrentHashMap<>();

  @Inject TenantPlan plans;

  /** Counts a request; returns 0 when allowed, else the seconds until one more is allowed. */
  public long acquire(String tokenPrefix, Long tenantId) {
    int limit = limitOf(tenantId);
    if (limit <= 0) {
      return 60;
    }
    return logs.computeIfAbsent(tokenPrefix, k -> new Log())
        .acquire(limit, System.currentTimeMillis());
  }

  private int limitOf(Long tenantId) {
    return plans.of(tenantId).apiRequestsPerMinute();
  }
}
