package org.opencrm.crm.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
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
  private static final int PAGE_BUFFER = 256 * 1024;
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
    // Pages fit in the buffer, so the timing header can still be added when they are done.
    res.setBufferSize(PAGE_BUFFER);
    TimedResponse timed = new TimedResponse(res, start);
    try {
      chain.doFilter(req, timed);
      timed.stamp();
    } catch (ServletException | RuntimeException e) {
      // Logged here, with the request id still in the log context: the error page shows that id
      // as the incident number, so an operator finds this trace by it. (An IOException is most
      // often a client that went away, not an incident.)
      LOG.log(
          java.util.logging.Level.SEVERE,
          "Request failed: " + req.getMethod() + " " + req.getRequestURI(),
          e);
      throw e;
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

  /**
   * Adds {@code Server-Timing: app;dur=<ms>} (the time the application spent on the request) just
   * before the answer is committed, so clients and benchmarks can tell server time from transport.
   */
  static final class TimedResponse extends HttpServletResponseWrapper {

    private final long start;
    private boolean stamped;

    TimedResponse(HttpServletResponse response, long start) {
      super(response);
      this.start = start;
    }

    private void stamp() {
      if (!stamped && !isCommitted()) {
        stamped = true;
        double ms = (System.nanoTime() - start) / 1_000_000.0;
        setHeader("Server-Timing", String.format(java.util.Locale.ROOT, "app;dur=%.1f", ms));
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      ServletOutputStream out = super.getOutputStream();
      return new ServletOutputStream() {
        @Override
        public boolean isReady() {
          return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          out.setWriteListener(listener);
        }

        @Override
        public void write(int b) throws IOException {
          out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
          stamp();
          out.flush();
        }

        @Override
        public void close() throws IOException {
          stamp();
          out.close();
        }
      };
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      PrintWriter writer = super.getWriter();
      return new PrintWriter(writer) {
        @Override
        public void flush() {
          stamp();
          super.flush();
        }

        @Override
        public void close() {
          stamp();
          super.close();
        }
      };
    }

    @Override
    public void flushBuffer() throws IOException {
      stamp();
      super.flushBuffer();
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
