package org.opencrm.crm.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;

/** What every list resource reads the same way: numbers in parameters, next-page links, meta. */
final class ApiQueries {

  private ApiQueries() {}

  /** A whole number from a query parameter, or a 400 naming the parameter. */
  static long number(String value, String key) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      boolean paging = key.startsWith("page");
      throw new ApiExceptionMappers.BadRequest(
          paging ? "110" : "103",
          paging ? "Invalid page value" : "Invalid filter value",
          value + " is not a valid value for " + key + ".");
    }
  }

  /**
   * The address of the next page by keys: the request's own parameters but paging, then {@code
   * page[size]} and {@code page[after]}.
   */
  static String nextLink(UriInfo uri, int size, String cursor) {
    StringBuilder link = new StringBuilder(uri.getAbsolutePath().toString()).append('?');
    String raw = uri.getRequestUri().getRawQuery();
    for (String pair : raw == null ? new String[0] : raw.split("&")) {
      if (!pair.isEmpty() && !paramName(pair).startsWith("page[")) {
        link.append(pair).append('&');
      }
    }
    return link.append("page%5Bsize%5D=")
        .append(size)
        .append("&page%5Bafter%5D=")
        .append(cursor)
        .toString();
  }

  /** {@code meta} of a list: the (capped) record count and the page count. */
  static JsonObjectBuilder meta(int count, int cap, int size) {
    int shown = Math.min(count, cap);
    JsonObjectBuilder meta =
        Json.createObjectBuilder()
            .add("record-count", shown)
            .add("page-count", (shown + size - 1) / size);
    if (count > cap) {
      meta.add("record-count-capped", true);
    }
    return meta;
  }

  /** The decoded name of a raw {@code name=value} query pair. */
  static String paramName(String pair) {
    try {
      return java.net.URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return pair;
    }
  }

  /** A parameter name as the modelled API's errors spell it. */
  static String snake(String key) {
    return key.replace('-', '_');
  }

  /**
   * The version an {@code If-Match} header names (the ETag of a GET, weak or quoted), or null
   * without one; a header that names no version is a 400.
   */
  static Integer ifMatchVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(ifMatch.replace("\"", "").replace("W/", "").strip());
    } catch (NumberFormatException e) {
      throw new ApiExceptionMappers.BadRequest("400", "Invalid If-Match", "Use the ETag of a GET.");
    }
  }
}
