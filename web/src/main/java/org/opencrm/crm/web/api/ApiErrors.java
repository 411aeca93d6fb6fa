package org.opencrm.crm.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * JSON:API error documents: {@code errors[]} with {@code status}, {@code code}, {@code title},
 * {@code detail}.
 */
public final class ApiErrors {

  public static final String MEDIA_TYPE = "application/vnd.api+json";

  private ApiErrors() {}

  /** One error object. */
  public record Error(int status, String code, String title, String detail, String pointer) {}

  public static String document(Error... errors) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Error e : errors) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("status", String.valueOf(e.status()))
              .add("code", e.code())
              .add("title", e.title());
      if (e.detail() != null) {
        o.add("detail", e.detail());
      }
      if (e.pointer() != null) {
        o.add("source", Json.createObjectBuilder().add("pointer", e.pointer()));
      }
      array.add(o);
    }
    return Json.createObjectBuilder().add("errors", array).build().toString();
  }

  public static Response response(int status, String code, String title, String detail) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(document(new Error(status, code, title, detail, null)))
        .build();
  }

  /** Writes an error straight to a servlet response (for the filter, before JAX-RS runs). */
  public static void write(
      HttpServletResponse res, int status, String code, String title, String detail)
      throws IOException {
    res.setStatus(status);
    res.setContentType(MEDIA_TYPE);
    res.setCharacterEncoding("UTF-8");
    res.getWriter().write(document(new Error(status, code, title, detail, null)));
  }
}
