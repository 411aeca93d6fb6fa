package org.opencrm.crm.company.requisites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lookup against a local server speaking the DaData "find party by id" protocol: found (main
 * office, a branch by KPP, a sole trader), not found, liquidated, refused token, timeout, an answer
 * that is not JSON, and numbers refused before anything is sent.
 */
class DaDataPartyLookupTest {

  private static HttpServer server;
  private static final List<String> received = new CopyOnWriteArrayList<>();

  private static final String COMPANY =
      """
      {"suggestions":[
       {"value":"ПАО СБЕРБАНК (филиал)","data":{"inn":"7707083893","kpp":"773643001",
        "ogrn":"1027700132195","type":"LEGAL","branch_type":"BRANCH",
        "name":{"full_with_opf":"ФИЛИАЛ ПАО СБЕРБАНК","short_with_opf":"ФИЛИАЛ ПАО СБЕРБАНК"},
        "address":{"value":"г Москва, ул Вавилова, д 19, стр 1"},
        "state":{"status":"ACTIVE"}}},
       {"value":"ПАО СБЕРБАНК","data":{"inn":"7707083893","kpp":"773601001",
        "ogrn":"1027700132195","type":"LEGAL","branch_type":"MAIN",
        "name":{"full_with_opf":"ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО \\"СБЕРБАНК РОССИИ\\"",
                "short_with_opf":"ПАО СБЕРБАНК"},
        "management":{"name":"Греф Герман Оскарович","post":"ПРЕЗИДЕНТ, ПРЕДСЕДАТЕЛЬ ПРАВЛЕНИЯ"},
        "address":{"value":"г Москва, ул Вавилова, д 19","unrestricted_value":"117312, г Москва"},
        "state":{"status":"ACTIVE"}}}]}
      """;

  private static final String SOLE_TRADER =
      """
      {"suggestions":[{"value":"ИП Иванов Иван Иванович","data":{"inn":"500100732259",
        "ogrn":"304500116000157","type":"INDIVIDUAL",
        "name":{"full_with_opf":"Индивидуальный предприниматель Иванов Иван Иванович",
                "short_with_opf":"ИП Иванов Иван Иванович"},
        "fio":{"surname":"Иванов","name":"Иван","patronymic":"Иванович"},
        "address":{"unrestricted_value":"Московская обл, г Серпухов"},
        "state":{"status":"ACTIVE"}}}]}
      """;

  private static final String LIQUIDATED =
      """
      {"suggestions":[{"value":"ООО РОМАШКА","data":{"inn":"2225068346","kpp":"222501001",
        "ogrn":"1022200525819","type":"LEGAL","branch_type":"MAIN",
        "name":{"full_with_opf":"ООО \\"РОМАШКА\\"","short_with_opf":"ООО РОМАШКА"},
        "state":{"status":"LIQUIDATED"}}}]}
      """;

  @BeforeAll
  static void startFakeRegistry() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/suggestions/api/4_1/rs/findById/party",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(body);
          String answer;
          int status = 200;
          if (!"Token good-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            status = 403;
            answer = "{\"message\":\"Forbidden\"}";
          } else if (body.contains("\"7707083893\"")) {
            answer = COMPANY;
          } else if (body.contains("\"500100732259\"")) {
            answer = SOLE_TRADER;
          } else if (body.contains("\"1022200525819\"")) {
            answer = LIQUIDATED;
          } else if (body.contains("\"304500116000157\"")) {
            answer = "<html>gateway error</html>";
          } else if (body.contains("\"385768585948949\"")) {
            sleep(1500);
            answer = "{\"suggestions\":[]}";
          } else {
            answer = "{\"suggestions\":[]}";
          }
          byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          } catch (IOException e) {
            // the client gave up (the timeout case)
          }
        });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static DaDataPartyLookup lookup(String token) {
    return new DaDataPartyLookup(
        URI.create(
            "http://127.0.0.1:" + server.getAddress().getPort() + "/suggestions/api/4_1/rs/"),
        token,
        Duration.ofMillis(700));
  }

  @Test
  void theMainOfficeIsChosenAmongBranches() {
    PartyInfo party = found(lookup("good-token").find("7707 083 893", null));
    assertEquals("773601001", party.kpp());
    assertEquals("ПАО СБЕРБАНК", party.shortName());
    assertEquals("Греф Герман Оскарович", party.directorName());
    assertEquals("г Москва, ул Вавилова, д 19", party.legalAddress());
    assertTrue(party.active());
    assertTrue(received.stream().anyMatch(b -> b.contains("\"query\":\"7707083893\"")));
  }

  @Test
  void aBranchIsChosenByItsKpp() {
    PartyInfo party = found(lookup("good-token").find("7707083893", "773643001"));
    assertEquals("BRANCH", party.branchType());
    assertEquals("ФИЛИАЛ ПАО СБЕРБАНК", party.fullName());
  }

  @Test
  void aSoleTraderHasNoKppAndIsHisOwnDirector() {
    PartyInfo party = found(lookup("good-token").find("500100732259", null));
    assertTrue(party.soleTrader());
    assertNull(party.kpp());
    assertEquals("Иванов Иван Иванович", party.directorName());
    assertEquals("Московская обл, г Серпухов", party.legalAddress());
  }

  @Test
  void aLiquidatedCompanyIsFoundButNotActive() {
    PartyInfo party = found(lookup("good-token").find("1022200525819", null));
    assertEquals("LIQUIDATED", party.status());
    assertFalse(party.active());
  }

  @Test
  void anUnknownNumberIsNotFound() {
    assertInstanceOf(
        PartyLookupResult.NotFound.class, lookup("good-token").find("1027700132195", null));
  }

  @Test
  void brokenNumbersAreRefusedWithoutAsking() {
    int before = received.size();
    assertEquals(
        new PartyLookupResult.Invalid("requisites.inn.checksum"),
        lookup("good-token").find("7707083894", null));
    assertEquals(
        new PartyLookupResult.Invalid("requisites.inn.length"),
        lookup("good-token").find("", null));
    assertEquals(
        new PartyLookupResult.Invalid("requisites.ogrn.checksum"),
        lookup("good-token").find("1027700132196", null));
    assertEquals(before, received.size(), "nothing was sent");
  }

  @Test
  void withoutATokenTheLookupIsOff() {
    assertEquals("requisites.lookup.noToken", unavailable(lookup(" ").find("7707083893", null)));
  }

  @Test
  void aRefusedTokenATimeoutAndAForeignAnswerAreUnavailable() {
    assertEquals(
        "requisites.lookup.tokenRefused", unavailable(lookup("bad").find("7707083893", null)));
    assertEquals(
        "requisites.lookup.timeout",
        unavailable(lookup("good-token").find("385768585948949", null)));
    assertEquals(
        "requisites.lookup.failed",
        unavailable(lookup("good-token").find("304500116000157", null)));
  }

  @Test
  void anUnreachableProviderIsUnavailable() throws IOException {
    int closed;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      closed = free.getLocalPort();
    }
    DaDataPartyLookup nowhere =
        new DaDataPartyLookup(
            URI.create("http://127.0.0.1:" + closed), "good-token", Duration.ofMillis(500));
    assertEquals("requisites.lookup.unreachable", unavailable(nowhere.find("7707083893", null)));
  }

  private static PartyInfo found(PartyLookupResult result) {
    return assertInstanceOf(PartyLookupResult.Found.class, result).party();
  }

  private static String unavailable(PartyLookupResult result) {
    return assertInstanceOf(PartyLookupResult.Unavailable.class, result).messageKey();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
