package org.opencrm.crm.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One browser session over plain HTTP: its own cookie jar, redirects followed like a browser, and
 * host names such as {@code demo.localhost} that Java cannot resolve by itself.
 *
 * <p>Requests name the address a browser would use ({@link TestEnvironment#tenantUrl}, {@link
 * TestEnvironment#appUrl}, {@link TestEnvironment#tenantAdminUrl}); the connection goes to
 * 127.0.0.1 with that host in the {@code Host} header, which is how the application tells tenants
 * apart. (The JDK client sends a custom Host header only when the JVM runs with {@code
 * -Djdk.httpclient.allowRestrictedHeaders=host}, as failsafe is configured to.) Cookies are kept
 * per host and path as a browser keeps them, so one instance can visit several hosts.
 *
 * <pre>{@code
 * HttpBrowser browser = new HttpBrowser();
 * WebResponse login = browser.get(TestEnvironment.tenantUrl("demo", "/login"));
 * WebResponse home = browser.postForm(login.uri(), Map.of("email", "...", "password", "..."));
 * }</pre>
 *
 * <p>Not thread-safe: use one instance per simulated user.
 */
public final class HttpBrowser {

  private static final int MAX_REDIRECTS = 10;

  private final HttpClient client =
      HttpClient.newBuilder()
          // HTTP/1.1 only: after an h2c upgrade the JDK sends ":authority" from the address
          // (127.0.0.1) instead of the Host header, and the tenant would be lost.
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
  private boolean followRedirects = true;
  private Duration timeout = Duration.ofSeconds(30);

  /** A new session with an empty cookie jar, following redirects. */
  public HttpBrowser() {
    defaultHeaders.put("Accept-Language", "en");
  }

  /** Whether redirects are followed (default true); off, a 3xx answer is returned as it is. */
  public HttpBrowser followRedirects(boolean follow) {
    this.followRedirects = follow;
    return this;
  }

  /** Sends this header with every request (replacing an earlier value for the name). */
  public HttpBrowser header(String name, String value) {
    defaultHeaders.put(name, value);
    return this;
  }

  /** How long one request may take (default 30 s). */
  public HttpBrowser timeout(Duration timeout) {
    this.timeout = timeout;
    return this;
  }

  /** GET. */
  public WebResponse get(URI url) {
    return send("GET", url, null, BodyPublishers.noBody());
  }

  /** POST of a form ({@code application/x-www-form-urlencoded}), fields in the map's order. */
  public WebResponse postForm(URI url, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send("POST", url, "application/x-www-form-urlencoded", BodyPublishers.ofString(body));
  }

  /** POST of a JSON document. */
  public WebResponse postJson(URI url, String json) {
    return send("POST", url, "application/json", BodyPublishers.ofString(json));
  }

  /**
   * Any request. A 301/302/303 answer is followed with a GET, a 307/308 answer with the same method
   * and body, as browsers do.
   *
   * @param contentType the body's type, or null without a body
   */
  public WebResponse send(String method, URI url, String contentType, BodyPublisher body) {
    URI current = url;
    String currentMethod = method;
    String currentType = contentType;
    BodyPublisher currentBody = body;
    for (int hop = 0; ; hop++) {
      WebResponse response = once(currentMethod, current, currentType, currentBody);
      Optional<String> location = response.header("Location");
      if (!followRedirects || !response.isRedirect() || location.isEmpty()) {
        return response;
      }
      if (hop == MAX_REDIRECTS) {
        throw new IllegalStateException("more than " + MAX_REDIRECTS + " redirects from " + url);
      }
      current = current.resolve(location.get());
      if (response.status() != 307 && response.status() != 308) {
        currentMethod = "GET";
        currentType = null;
        currentBody = BodyPublishers.noBody();
      }
    }
  }

  /** The cookies this session would send to an address. */
  public List<HttpCookie> cookies(URI url) {
    return cookies.getCookieStore().get(url);
  }

  /** The value of a cookie this session would send to an address. */
  public Optional<String> cookie(URI url, String name) {
    return cookies(url).stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** Forgets every cookie (like closing the browser). */
  public void clearCookies() {
    cookies.getCookieStore().removeAll();
  }

  private WebResponse once(String method, URI url, String contentType, BodyPublisher body) {
    URI wire = onLoopback(url);
    HttpRequest.Builder request = HttpRequest.newBuilder(wire).timeout(timeout);
    request.header("Host", url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort());
    defaultHeaders.forEach(request::header);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      cookies
          .get(url, Map.of())
          .forEach(
              (name, values) -> {
                if (!values.isEmpty()) {
                  request.header(name, String.join("; ", values));
                }
              });
      request.method(method, body);
      var response = client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
      cookies.put(url, response.headers().map());
      return new WebResponse(response.statusCode(), url, response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + method + " " + url, e);
    }
  }

  /** A download: GET with this session's cookies, the body kept as bytes (no redirects). */
  public byte[] download(URI url) {
    URI wire = onLoopback(url);
    HttpRequest.Builder request = HttpRequest.newBuilder(wire).timeout(timeout);
    request.header("Host", url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort());
    defaultHeaders.forEach(request::header);
    try {
      cookies
          .get(url, Map.of())
          .forEach(
              (name, values) -> {
                if (!values.isEmpty()) {
                  request.header(name, String.join("; ", values));
                }
              });
      var response = client.send(request.GET().build(), BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new AssertionError("download of " + url + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: GET " + url, e);
    }
  }

  /** The same address with the host replaced by 127.0.0.1 when it is localhost or *.localhost. */
  static URI onLoopback(URI url) {
    String host = url.getHost();
    if (host == null || !(host.equals("localhost") || host.endsWith(".localhost"))) {
      return url;
    }
    try {
      return new URI(
          url.getScheme(),
          url.getUserInfo(),
          "127.0.0.1",
          url.getPort(),
          url.getPath(),
          url.getQuery(),
          url.getFragment());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(url.toString(), e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
