package org.opencrm.crm.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP helper against a small local server: host names, cookies, redirects, forms. */
class HttpBrowserTest {

  private HttpServer server;
  private int port;
  private final List<String> seen = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
    port = server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    String host = ex.getRequestHeaders().getFirst("Host");
    String cookie = String.valueOf(ex.getRequestHeaders().getFirst("Cookie"));
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String path = ex.getRequestURI().getPath();
    seen.add(ex.getRequestMethod() + " " + host + path + " cookie=" + cookie + " body=" + body);
    switch (path) {
      case "/login" -> {
        ex.getResponseHeaders().add("Set-Cookie", "SID=" + host.split(":")[0] + "; Path=/");
        ex.getResponseHeaders().add("Location", "/home");
        ex.sendResponseHeaders(303, -1);
      }
      default -> {
        byte[] out =
            ("<input type=\"hidden\" name=\"jakarta.faces.ViewState\" value=\"vs:1\"/>" + host)
                .getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, out.length);
        ex.getResponseBody().write(out);
      }
    }
    ex.close();
  }

  private URI url(String host, String path) {
    return URI.create("http://" + host + ":" + port + path);
  }

  @Test
  void sendsTheHostNameAndKeepsCookiesPerHost() {
    HttpBrowser browser = new HttpBrowser();

    WebResponse home =
        browser.postForm(url("demo.localhost", "/login"), Map.of("email", "a@b.test"));
    WebResponse other = browser.get(url("acme.localhost", "/page"));

    assertEquals(200, home.status());
    assertEquals("/home", home.path());
    assertEquals("demo.localhost", home.uri().getHost());
    assertEquals("vs:1", home.inputValue("jakarta.faces.ViewState").orElseThrow());
    assertTrue(
        seen.get(0).startsWith("POST demo.localhost:" + port + "/login cookie=null"),
        seen::toString);
    assertTrue(seen.get(0).endsWith("body=email=a%40b.test"), seen::toString);
    assertTrue(
        seen.get(1).startsWith("GET demo.localhost:" + port + "/home cookie=SID=demo.localhost"),
        seen::toString);
    assertTrue(
        seen.get(2).contains("acme.localhost:" + port + "/page cookie=null"), seen::toString);
    assertTrue(other.body().endsWith("acme.localhost:" + port));
  }

  @Test
  void redirectsCanBeLeftToTheTest() {
    WebResponse response =
        new HttpBrowser().followRedirects(false).get(url("demo.localhost", "/login"));

    assertEquals(303, response.status());
    assertEquals("/home", response.header("Location").orElseThrow());
  }
}
