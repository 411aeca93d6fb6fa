package org.opencrm.crm.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /api/v1/openapi.json}: the API's description, readable without a token. A test checks it
 * against the running API (every path and method answers, every attribute is described).
 */
@Path("openapi.json")
public class OpenApiResource {

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String document() {
    try (InputStream in = OpenApiResource.class.getResourceAsStream("/api/openapi.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
