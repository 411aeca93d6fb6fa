package org.opencrm.crm.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.opencrm.crm.platform.i18n.Messages;

/**
 * Refuses request bodies over the limit of their path with 413 and a message page, before anything
 * parses them; a body of unknown length is refused with 411. Forms and searches need far less than
 * the limit; file uploads have their own, larger limit on their own paths.
 */
@WebFilter(filterName = "requestSize", urlPatterns = "/*")
public class RequestSizeFilter extends HttpFilter {

  /** Largest body of an ordinary form post. */
  public static final long FORM_LIMIT = 1024 * 1024;

  /**
   * Largest tenant archive an operator may upload on the console's import page; the server's own
   * cap ({@code crm.http.max-post-size}, 50 MB by default) must be at least as large.
   */
  public static final long ARCHIVE_LIMIT =
      Long.getLong("crm.http.max-post-size", 50L * 1024 * 1024);

  /** The one path that takes archives (in the console, behind its operator login). */
  static final String ARCHIVE_UPLOAD = "/console/tenant-import.xhtml";

  /**
   * Largest post of the product editor, which takes images of up to 5 MB: twice that, so an image a
   * little too large still reaches the editor and is refused there with a message saying why.
   */
  public static final long IMAGE_LIMIT = 10L * 1024 * 1024 + FORM_LIMIT;

  /** The path that takes product images (behind the users' login). */
  static final String IMAGE_UPLOAD = "/app/product-edit.xhtml";

  /** Record cards, whose files panel attaches files of up to 25 MB. */
  static final java.util.Set<String> CARDS =
      java.util.Set.of("/app/contact.xhtml", "/app/company.xhtml");

  /** Largest post of a card: a file of the largest size attachable, and the form around it. */
  public static final long CARD_LIMIT = 26L * 1024 * 1024;

  /** The path that takes files to import (behind the users' login), up to the server's cap. */
  static final String IMPORT_UPLOAD = "/app/import.xhtml";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String method = req.getMethod();
    if ("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method)) {
      long length = req.getContentLengthLong();
      if (length < 0) {
        Refusals.refuse(req, res, HttpServletResponse.SC_LENGTH_REQUIRED, "error.411");
        return;
      }
      String path = req.getServletPath();
      long limit =
          ARCHIVE_UPLOAD.equals(path) || IMPORT_UPLOAD.equals(path)
              ? ARCHIVE_LIMIT
              : IMAGE_UPLOAD.equals(path)
                  ? IMAGE_LIMIT
                  : CARDS.contains(path) ? CARD_LIMIT : FORM_LIMIT;
      if (length > limit) {
        refuse(req, res);
        return;
      }
    }
    chain.doFilter(req, res);
  }

  /**
   * 413 with the error page; for a Faces AJAX request (which cannot show an error page) an answer
   * the page understands, telling the user in their language and releasing the pressed button.
   */
  private static void refuse(HttpServletRequest req, HttpServletResponse res) throws IOException {
    // No "Connection: close": the server drains the rest of the body (up to its hard cap), so
    // the client reads this answer instead of a connection reset half-way through its upload.
    if ("partial/ajax".equals(req.getHeader("Faces-Request"))) {
      String text = Messages.get(Messages.fromAcceptLanguage(languageOf(req)), "error.413");
      res.setContentType("text/xml");
      res.setCharacterEncoding("UTF-8");
      res.getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><changes><eval><![CDATA["
                  + "alert('"
                  + text.replace("\\", "\\\\").replace("'", "\\'")
                  + "');]]></eval></changes></partial-response>");
      return;
    }
    Refusals.refuse(req, res, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error.413");
  }

  /** The language of the page: the one chosen in this browser, else the browser's preference. */
  private static String languageOf(HttpServletRequest req) {
    if (req.getCookies() != null) {
      for (var cookie : req.getCookies()) {
        if ("crm-lang".equals(cookie.getName())) {
          return cookie.getValue();
        }
      }
    }
    return req.getHeader("Accept-Language");
  }
}
