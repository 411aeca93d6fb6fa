package org.opencrm.crm.web.list;

import jakarta.servlet.http.HttpServletRequest;

/** Filter values as list exports receive them in their address. */
public final class RequestParams {

  private RequestParams() {}

  /**
   * A whole number, or null when absent or blank.
   *
   * @throws NumberFormatException when it is not a number (the export answers 400)
   */
  public static Long number(HttpServletRequest req, String name) {
    String raw = req.getParameter(name);
    return raw == null || raw.isBlank() ? null : Long.valueOf(raw.strip());
  }

  /** Adds {@code key=value} (the value URL-encoded) to an address's parameters, unless blank. */
  public static void query(java.util.List<String> params, String key, String value) {
    if (value != null && !value.isBlank()) {
      params.add(
          key + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
