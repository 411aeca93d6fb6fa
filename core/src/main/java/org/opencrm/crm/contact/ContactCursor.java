package org.opencrm.crm.contact;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/** The position just after a row, in the columns every contact order sorts by. */
public record ContactCursor(String lastName, String firstName, Instant createdAt, Long id)
    implements Serializable {

  public static ContactCursor after(Contact c) {
    return new ContactCursor(c.getLastName(), c.getFirstName(), c.getCreatedAt(), c.getId());
  }

  /**
   * An opaque token for an API client to continue from here in this order: base64url of the sort
   * and the row's sort columns. It carries no rights; reads after it go through the permission
   * layer like any other.
   */
  public String encode(ContactSort sort) {
    var json =
        Json.createObjectBuilder()
            .add("s", sort.name())
            .add("c", createdAt.toString())
            .add("i", id);
    json.add("l", lastName == null ? JsonValue.NULL : Json.createValue(lastName));
    json.add("f", firstName == null ? JsonValue.NULL : Json.createValue(firstName));
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.build().toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The cursor in a token made by {@link #encode} for the same order; empty when the token is
   * damaged or was made for another order.
   */
  public static Optional<ContactCursor> decode(String token, ContactSort sort) {
    if (token == null || token.isBlank() || token.length() > 2000) {
      return Optional.empty();
    }
    try {
      String text =
          new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
      JsonObject o = Json.createReader(new StringReader(text)).readObject();
      if (!sort.name().equals(o.getString("s", ""))) {
        return Optional.empty();
      }
      return Optional.of(
          new ContactCursor(
              o.isNull("l") ? null : o.getString("l"),
              o.isNull("f") ? null : o.getString("f"),
              Instant.parse(o.getString("c")),
              o.getJsonNumber("i").longValueExact()));
    } catch (IllegalArgumentException
        | JsonException
        | ClassCastException
        | NullPointerException
        | DateTimeParseException
        | ArithmeticException e) {
      return Optional.empty();
    }
  }
}
