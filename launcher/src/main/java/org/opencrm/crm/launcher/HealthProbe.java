package org.opencrm.crm.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asks the web application's {@code GET /health} how it is. */
public final class HealthProbe {

  /** What {@code /health} answered. */
  public record Health(int httpStatus, String status, String demo, String body) {

    /** True when the application answers and says it is up. */
    public boolean up() {
      return httpStatus == 200 && "UP".equals(status);
    }
  }

  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Za-z_]+)\"");
  private static final Pattern DEMO = Pattern.compile("\"demo\"\\s*:\\s*\"([A-Za-z_]+)\"");

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI uri;

  /** A probe for the application at {@code baseUri} (for example http://localhost:8080/). */
  public HealthProbe(URI baseUri) {
    this.uri = baseUri.resolve("/health");
  }

  /** One request; empty when nothing answers yet (connection refused, timeout). */
  public Optional<Health> check() {
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      return Optional.of(
          new Health(response.statusCode(), find(STATUS, body), find(DEMO, body), body));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static String find(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body == null ? "" : body);
    return m.find() ? m.group(1) : "";
  }
}
