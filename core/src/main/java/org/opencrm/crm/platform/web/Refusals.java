package org.opencrm.crm.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.opencrm.crm.platform.i18n.Messages;

/**
 * Refuses a request before the application reads it, in the form its client understands: a JSON:API
 * error object under {@code /api/}, the error page in the user's language elsewhere.
 */
public final class Refusals {

  private Refusals() {}

  public static void refuse(
      HttpServletRequest req, HttpServletResponse res, int status, String messageKey)
      throws IOException {
    String uri = req.getRequestURI();
    if (uri != null && uri.startsWith(req.getContextPath() + "/api/")) {
      String detail = Messages.get(java.util.Locale.ENGLISH, messageKey).replace("\"", "'");
      res.setStatus(status);
      res.setContentType("application/vnd.api+json");
      res.setCharacterEncoding("UTF-8");
      res.getWriter()
          .write(
              "{\"errors\":[{\"status\":\""
                  + status
                  + "\",\"code\":\""
                  + status
                  + "\",\"title\":\""
                  + detail
                  + "\"}]}");
      return;
    }
    req.setAttribute("crm.error", messageKey);
    res.sendError(status);
  }
}
