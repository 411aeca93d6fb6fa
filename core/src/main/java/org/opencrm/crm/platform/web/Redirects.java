package org.opencrm.crm.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Redirects that also work for Faces AJAX requests, which need the redirect in an XML answer. */
public final class Redirects {

  private Redirects() {}

  public static void send(HttpServletRequest request, HttpServletResponse response, String target) {
    try {
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;").replace("\"", "&quot;")
                    + "\"/></partial-response>");
      } else {
        response.sendRedirect(target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the request came with a session id that has since expired. */
  public static boolean sessionExpired(HttpServletRequest request) {
    return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
  }
}
