package org.opencrm.crm.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Exports, imports and deletes tenants through the archive fixture servlet of the deployed
 * application (see {@code org.opencrm.crm.it.fixtures.ArchiveFixtureServlet}). Archives travel as
 * bytes, which {@link HttpBrowser} (made for pages) does not keep.
 */
public final class ArchiveFixture {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private ArchiveFixture() {}

  /** What an import answered: 200 with the slug, 422 with refusals, 500 with a failure. */
  public record Answer(int status, String body) {

    /** The message key of the first refusal (a 422 answer's second column). */
    public String messageKey() {
      String[] columns = body.split("\n")[0].split("\t");
      return columns.length > 1 ? columns[1] : "";
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  /** The archive of a tenant. */
  public static byte[] export(String slug) {
    HttpResponse<byte[]> answer =
        send(HttpRequest.newBuilder(exportUrl(slug)).GET(), BodyHandlers.ofByteArray());
    assertEquals(200, answer.statusCode(), () -> new String(answer.body(), StandardCharsets.UTF_8));
    return answer.body();
  }

  /** Writes the archive of a tenant to a file, streaming. */
  public static Path exportTo(String slug, Path file) {
    HttpResponse<Path> answer =
        send(HttpRequest.newBuilder(exportUrl(slug)).GET(), BodyHandlers.ofFile(file));
    assertEquals(200, answer.statusCode(), () -> "export of " + slug + " failed, see " + file);
    return answer.body();
  }

  /** Imports an archive sent as the request body (at most 1 MB) as a new tenant. */
  public static Answer importArchive(byte[] archive, String slug, String name) {
    return post(
        "/import?slug=" + enc(slug) + "&name=" + enc(name), BodyPublishers.ofByteArray(archive));
  }

  /** Imports an archive file of this machine, which the server reads, as a new tenant. */
  public static Answer importFile(Path archive, String slug, String name) {
    return post(
        "/import?slug="
            + enc(slug)
            + "&name="
            + enc(name)
            + "&file="
            + enc(archive.toAbsolutePath().toString()),
        BodyPublishers.ofByteArray(new byte[0]));
  }

  /** The keys of the files the server's file store keeps for a slug, in order. */
  public static List<String> fileKeys(String slug) {
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(url("/files?slug=" + enc(slug))).GET(),
            BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, answer.statusCode(), answer::body);
    return answer.body().isEmpty() ? List.of() : List.of(answer.body().split("\n"));
  }

  /** Deletes a tenant. */
  public static Answer delete(String slug) {
    return post("/delete?slug=" + enc(slug), BodyPublishers.ofByteArray(new byte[0]));
  }

  private static Answer post(String pathAndQuery, BodyPublisher body) {
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(url(pathAndQuery))
                .header("Content-Type", "application/zip")
                .POST(body),
            BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(answer.statusCode(), answer.body());
  }

  private static URI exportUrl(String slug) {
    return url("/export?slug=" + enc(slug));
  }

  private static URI url(String pathAndQuery) {
    return URI.create(
        "http://127.0.0.1:" + TestEnvironment.httpPort() + "/test-fixtures/archive" + pathAndQuery);
  }

  private static <T> HttpResponse<T> send(HttpRequest.Builder request, BodyHandler<T> body) {
    try {
      return CLIENT.send(request.timeout(Duration.ofMinutes(5)).build(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
