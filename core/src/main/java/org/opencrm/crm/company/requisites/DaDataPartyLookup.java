package org.opencrm.crm.company.requisites;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks organisations and sole traders up by INN or OGRN through a provider speaking the DaData
 * "find party by id" API ({@code POST <base>/findById/party}, {@code Authorization: Token ...}).
 * The number is checked before anything is sent; among several answers (an organisation's branches)
 * the one with the KPP asked for wins, else the main office, else the first.
 */
public final class DaDataPartyLookup {

  /** DaData's own address; a tenant may name another provider speaking the same API. */
  public static final URI DEFAULT_BASE =
      URI.create("https://suggestions.dadata.ru/suggestions/api/4_1/rs");

  private final URI endpoint;
  private final String token;
  private final Duration timeout;
  private final HttpClient http;

  public DaDataPartyLookup(URI base, String token, Duration timeout) {
    this(base, token, timeout, HttpClient.newBuilder().connectTimeout(timeout).build());
  }

  DaDataPartyLookup(URI base, String token, Duration timeout, HttpClient http) {
    String root = base.toString();
    this.endpoint = URI.create((root.endsWith("/") ? root : root + "/") + "findById/party");
    this.token = token;
    this.timeout = timeout;
    this.http = http;
  }

  /**
   * Looks the number up.
   *
   * @param innOrOgrn an INN (10 or 12 digits) or an OGRN (13) or OGRNIP (15), as typed
   * @param kpp the KPP of the branch wanted, or null for the main office
   */
  public PartyLookupResult find(String innOrOgrn, String kpp) {
    String number = RequisiteNumbers.digits(innOrOgrn);
    String problem =
        switch (number.length()) {
          case 13 -> RequisiteNumbers.ogrnProblem(number);
          case 15 -> RequisiteNumbers.ogrnipProblem(number);
          default ->
              number.isEmpty() ? "requisites.inn.length" : RequisiteNumbers.innProblem(number);
        };
    if (problem != null) {
      return new PartyLookupResult.Invalid(problem);
    }
    if (token == null || token.isBlank()) {
      return new PartyLookupResult.Unavailable("requisites.lookup.noToken", null);
    }
    String body =
        Json.createObjectBuilder().add("query", number).add("count", 20).build().toString();
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("Authorization", "Token " + token.strip())
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      return new PartyLookupResult.Unavailable("requisites.lookup.timeout", e.getMessage());
    } catch (IOException e) {
      return new PartyLookupResult.Unavailable("requisites.lookup.unreachable", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new PartyLookupResult.Unavailable("requisites.lookup.unreachable", "interrupted");
    }
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      return new PartyLookupResult.Unavailable(
          "requisites.lookup.tokenRefused", "HTTP " + response.statusCode());
    }
    if (response.statusCode() != 200) {
      return new PartyLookupResult.Unavailable(
          "requisites.lookup.failed", "HTTP " + response.statusCode());
    }
    try {
      return choose(parse(response.body()), kpp == null ? null : RequisiteNumbers.digits(kpp));
    } catch (JsonException | ClassCastException | NullPointerException e) {
      return new PartyLookupResult.Unavailable("requisites.lookup.failed", "unreadable answer");
    }
  }

  private static List<PartyInfo> parse(String body) {
    JsonObject root;
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      root = reader.readObject();
    }
    JsonArray suggestions = root.getJsonArray("suggestions");
    List<PartyInfo> parties = new ArrayList<>();
    for (JsonValue value : suggestions) {
      JsonObject data = value.asJsonObject().getJsonObject("data");
      JsonObject name = object(data, "name");
      JsonObject management = object(data, "management");
      JsonObject fio = object(data, "fio");
      JsonObject address = object(data, "address");
      JsonObject state = object(data, "state");
      String type = text(data, "type");
      String director = text(management, "name");
      String post = text(management, "post");
      if (director == null && "INDIVIDUAL".equals(type) && fio != null) {
        director = join(text(fio, "surname"), text(fio, "name"), text(fio, "patronymic"));
        post = null;
      }
      parties.add(
          new PartyInfo(
              text(data, "inn"),
              text(data, "kpp"),
              text(data, "ogrn"),
              text(name, "full_with_opf"),
              text(name, "short_with_opf"),
              type,
              address == null
                  ? null
                  : text(address, "value") == null
                      ? text(address, "unrestricted_value")
                      : text(address, "value"),
              director,
              post,
              text(state, "status"),
              text(data, "branch_type")));
    }
    return parties;
  }

  private static PartyLookupResult choose(List<PartyInfo> parties, String kpp) {
    if (parties.isEmpty()) {
      return new PartyLookupResult.NotFound();
    }
    PartyInfo chosen =
        parties.stream()
            .filter(p -> kpp != null && !kpp.isEmpty() && kpp.equals(p.kpp()))
            .findFirst()
            .or(() -> parties.stream().filter(p -> "MAIN".equals(p.branchType())).findFirst())
            .orElse(parties.get(0));
    return new PartyLookupResult.Found(chosen);
  }

  private static JsonObject object(JsonObject parent, String key) {
    return parent == null || !(parent.get(key) instanceof JsonObject o) ? null : o;
  }

  private static String text(JsonObject parent, String key) {
    if (parent == null) {
      return null;
    }
    JsonValue value = parent.get(key);
    return value instanceof jakarta.json.JsonString s ? s.getString() : null;
  }

  private static String join(String... parts) {
    StringBuilder joined = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        joined.append(joined.length() == 0 ? "" : " ").append(part.strip());
      }
    }
    return joined.length() == 0 ? null : joined.toString();
  }
}
