package org.opencrm.crm.web.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses request bodies over the limit of their path with 413 and a message page, before anything
 * parses them; a body of unknown length is refused with 411. Forms and searches need far less than
 * the limit; file uploads will get their own, larger limit on their own paths.
 */
@WebFilter(filterName = "requestSize", urlPatterns = "/*")
public class RequestSizeFilter extends HttpFilter {

  /** Largest body of an ordinary form post. */
  public static final long FORM_LIMIT = 1024 * 1024;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String method = req.getMethod();
    if ("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method)) {
      long length = req.getContentLengthLong();
      if (length < 0) {
        res.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
        return;
      }
      if (length > FORM_LIMIT) {
        req.setAttribute("crm.error", "error.413");
        res.setHeader("Connection", "close");
        res.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return;
      }
    }
    chain.doFilter(req, res);
  }
}
