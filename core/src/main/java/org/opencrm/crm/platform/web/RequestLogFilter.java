package org.opencrm.crm.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id, put in every log line of the request (with the tenant, once known) and
 * in the {@code X-Request-Id} answer header; the error page shows it as the incident number. An id
 * sent by a proxy is kept when it looks sane. Requests slower than {@code crm.slow-request-ms}
 * (default 1000) are logged.
 */
@WebFilter(filterName = "requestLog", urlPatterns = "/*")
public class RequestLogFilter extends HttpFilter {

  /** Log context key and request attribute of the request id. */
  public static final String REQUEST_ID = "requestId";

  /** Log context key of the tenant slug. */
  public static final String TENANT = "tenant";

  private static final Logger LOG = Logger.getLogger(RequestLogFilter.class.getName());
  private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{6,64}");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final long SLOW_MS = Long.getLong("crm.slow-request-ms", 1000);

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String incoming = req.getHeader("X-Request-Id");
    String id = incoming != null && SANE_ID.matcher(incoming).matches() ? incoming : newId();
    req.setAttribute(REQUEST_ID, id);
    res.setHeader("X-Request-Id", id);
    MDC.put(REQUEST_ID, id);
    long start = System.nanoTime();
    try {
      chain.doFilter(req, res);
    } finally {
      long ms = (System.nanoTime() - start) / 1_000_000;
      if (ms >= SLOW_MS) {
        LOG.warning(
            () ->
                "Slow request: "
                    + req.getMethod()
                    + " "
                    + req.getRequestURI()
                    + " -> "
                    + res.getStatus()
                    + " in "
                    + ms
                    + " ms");
      }
      MDC.remove(REQUEST_ID);
      MDC.remove(TENANT);
    }
  }

  /** A short id that is easy to read out over the phone, e.g. {@code K7QX-3M9P}. */
  static String newId() {
    StringBuilder id = new StringBuilder(9);
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        id.append('-');
      }
      id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }
}
