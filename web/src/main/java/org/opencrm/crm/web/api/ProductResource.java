package org.opencrm.crm.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.settings.TenantSettingsService;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;
import org.opencrm.crm.product.Product;
import org.opencrm.crm.product.ProductDraft;
import org.opencrm.crm.product.ProductFilter;
import org.opencrm.crm.product.ProductImage;
import org.opencrm.crm.product.ProductNotFoundException;
import org.opencrm.crm.product.ProductRepository;
import org.opencrm.crm.product.ProductService;
import org.opencrm.crm.product.VatPeriod;
import org.opencrm.crm.product.VatRate;
import org.opencrm.crm.product.VatRateLine;

/**
 * {@code /api/v1/products} in the JSON:API shape of the modelled CRM: {@code name}, {@code sku},
 * {@code unit}, {@code price} (a number, or text such as "1250.50"), {@code currency}, {@code
 * description}, {@code category-id}, {@code archived}, the VAT rate applying today ({@code
 * vat-rate}; writing it changes the rate from today on) and the whole rate history ({@code
 * vat-rates}, replaced as a whole when written); read-only {@code images} and {@code category}.
 * Reads and writes go through the permission layer like the screens.
 */
@Path("products")
@RequestScoped
@Produces(ApiErrors.MEDIA_TYPE)
public class ProductResource {

  private static final Set<String> PARAMS = Set.of("filter", "page", "sort");

  /**
   * How a product document lands in a product draft.
   *
   * @param today the day a written {@code vat-rate} applies from; null when creating (it then
   *     applies from the start)
   */
  static RecordDocuments<ProductDraft> documents(LocalDate today) {
    return new RecordDocuments<>(
        "products",
        Map.of(
            "name", ProductDraft::setName,
            "sku", ProductDraft::setSku,
            "unit", ProductDraft::setUnit,
            "currency", ProductDraft::setCurrency,
            "description", ProductDraft::setDescription,
            "category-id", (d, v) -> d.setCategoryId(categoryId(v))),
        Map.of(
            "price", ProductResource::price,
            "archived", ProductResource::archived,
            "vat-rate", (d, v) -> vatRate(d, v, today),
            "vat-rates", ProductResource::vatRates),
        Set.of("created-at", "updated-at", "as-string", "images", "category"),
        ProductDraft::setOwnerId);
  }

  @Inject ProductRepository products;
  @Inject ProductService service;
  @Inject TenantSettingsService settings;

  @GET
  public String list(@Context UriInfo uri) {
    MultivaluedMap<String, String> query = uri.getQueryParameters();
    String text = null;
    Long category = null;
    VatRate vat = null;
    BigDecimal priceFrom = null;
    BigDecimal priceTo = null;
    ProductFilter.Shown shown = ProductFilter.Shown.ACTIVE;
    Long owner = null;
    int number = 1;
    int size = ContactResource.DEFAULT_PAGE_SIZE;
    String after = null;
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      String key = e.getKey();
      String value = e.getValue().isEmpty() ? "" : e.getValue().get(0);
      String base = key.contains("[") ? key.substring(0, key.indexOf('[')) : key;
      if (!PARAMS.contains(base)) {
        throw new ApiExceptionMappers.BadRequest(
            "105", "Param not allowed", ApiQueries.snake(key) + " is not allowed.");
      }
      String inner =
          key.contains("[") && key.endsWith("]")
              ? key.substring(key.indexOf('[') + 1, key.length() - 1).replace('_', '-')
              : "";
      if (base.equals("filter")) {
        switch (inner) {
          case "name", "sku" -> text = value;
          case "category-id" -> category = ApiQueries.number(value, key);
          case "vat-rate" -> vat = VatRate.ofCode(value).orElseThrow(() -> badFilter(value, key));
          case "price-from" -> priceFrom = amount(value, key);
          case "price-to" -> priceTo = amount(value, key);
          case "archived" ->
              shown =
                  switch (value.strip()) {
                    case "false" -> ProductFilter.Shown.ACTIVE;
                    case "true" -> ProductFilter.Shown.ARCHIVED;
                    case "any" -> ProductFilter.Shown.ALL;
                    default -> throw badFilter(value, key);
                  };
          case "responsible-id", "user-id" -> owner = ApiQueries.number(value, key);
          default ->
              throw new ApiExceptionMappers.BadRequest(
                  "102", "Filter not allowed", ApiQueries.snake(inner) + " is not allowed.");
        }
      } else if (base.equals("page")) {
        switch (inner) {
          case "number" -> number = (int) clamp(ApiQueries.number(value, key));
          case "size" -> size = (int) clamp(ApiQueries.number(value, key));
          case "after" -> after = value;
          default ->
              throw new ApiExceptionMappers.BadRequest(
                  "105", "Param not allowed", "page[" + inner + "] is not allowed.");
        }
      } else if (!value.strip().equals("name")) {
        throw new ApiExceptionMappers.BadRequest(
            "114",
            "Invalid sort criteria",
            ApiQueries.snake(value) + " is not a valid sort criteria.");
      }
    }
    if (number < 1 || size < 1 || size > ContactResource.MAX_PAGE_SIZE) {
      throw new ApiExceptionMappers.BadRequest(
          "110",
          "Invalid page value",
          "page[number] starts at 1; page[size] is between 1 and "
              + ContactResource.MAX_PAGE_SIZE
              + ".");
    }
    ProductRepository.Cursor cursor = after == null ? null : decode(after);
    long offset = cursor == null ? (long) (number - 1) * size : 0;
    if (offset > ProductRepository.MAX_OFFSET) {
      throw new ApiExceptionMappers.BadRequest(
          "110",
          "Invalid page value",
          "Pages beyond record "
              + ProductRepository.MAX_OFFSET
              + " cannot be reached by number; follow links.next (a cursor).");
    }
    ProductFilter filter = new ProductFilter(text, category, vat, priceFrom, priceTo, shown, owner);
    ProductRepository.Page page =
        products.page(filter, cursor, (int) offset, size, PermissionAction.VIEW);
    int count = products.countCapped(filter, PermissionAction.VIEW);
    LocalDate today = today();
    JsonArrayBuilder data = Json.createArrayBuilder();
    page.rows().forEach(p -> data.add(resource(p, today)));
    JsonObjectBuilder meta = ApiQueries.meta(count, ProductRepository.COUNT_CAP, size);
    JsonObjectBuilder links = Json.createObjectBuilder();
    if (page.more() && !page.rows().isEmpty()) {
      String next = encode(ProductRepository.Cursor.after(page.rows().get(page.rows().size() - 1)));
      links.add("next", ApiQueries.nextLink(uri, size, next));
      meta.add("next-cursor", next);
    }
    return Json.createObjectBuilder()
        .add("data", data)
        .add("meta", meta)
        .add("links", links)
        .build()
        .toString();
  }

  @GET
  @Path("{id}")
  public Response one(@PathParam("id") String id) {
    Long parsed = parseId(id);
    Product product =
        products
            .find(parsed, PermissionAction.VIEW)
            .orElseThrow(() -> new ProductNotFoundException(parsed));
    return document(Response.ok(), product);
  }

  @POST
  @Consumes({ApiErrors.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  public Response create(String body) {
    ProductDraft draft = ProductDraft.inCurrency(settings.current().getCurrency());
    draft.getVatRates().clear();
    documents(null).apply(body, draft, true, RecordDocuments.NO_CUSTOMS);
    if (draft.getVatRates().isEmpty()) {
      draft.getVatRates().add(new VatRateLine(VatRate.NONE, null));
    }
    Product created = attributed(() -> service.create(draft));
    return document(
        Response.status(201).header("Location", "/api/v1/products/" + created.getId()), created);
  }

  /**
   * Changes the attributes sent and keeps the others; {@code If-Match} guards against overwrites.
   */
  @PATCH
  @Path("{id}")
  @Consumes({ApiErrors.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  public Response update(
      @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, String body) {
    Long parsed = parseId(id);
    Product existing =
        products
            .find(parsed, PermissionAction.EDIT)
            .orElseThrow(() -> new ProductNotFoundException(parsed));
    String sentId = RecordDocuments.idOf(body);
    if (sentId != null && !sentId.equals(String.valueOf(parsed))) {
      return ApiErrors.response(
          409, "409", "Id mismatch", "data.id " + sentId + " is not the product in the address.");
    }
    ProductDraft draft = ProductDraft.of(existing);
    draft.setVersion(ApiQueries.ifMatchVersion(ifMatch));
    documents(today()).apply(body, draft, false, RecordDocuments.NO_CUSTOMS);
    Product saved = attributed(() -> service.update(parsed, draft));
    return document(Response.ok(), saved);
  }

  /** Moves the product to the trash (restorable for 30 days). */
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    service.delete(parseId(id));
    return Response.noContent().build();
  }

  /** Today in the tenant's time zone. */
  private LocalDate today() {
    return LocalDate.now(ZoneId.of(settings.current().getTimeZone()));
  }

  private Response document(Response.ResponseBuilder builder, Product p) {
    return builder
        .type(ApiErrors.MEDIA_TYPE)
        .tag(String.valueOf(p.getVersion()))
        .entity(Json.createObjectBuilder().add("data", resource(p, today())).build().toString())
        .build();
  }

  private static Long parseId(String id) {
    try {
      return Long.valueOf(id);
    } catch (NumberFormatException e) {
      throw new ProductNotFoundException(null);
    }
  }

  private static Long categoryId(String value) {
    if (value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw RecordDocuments.bad("Invalid value", "/data/attributes/category-id must be an id.");
    }
  }

  /**
   * {@code price}: a JSON number, or text as a person types it ("1 250,50"); the service checks it.
   */
  private static void price(ProductDraft d, JsonValue value) {
    switch (value.getValueType()) {
      case NUMBER -> d.setPrice(((JsonNumber) value).bigDecimalValue().toPlainString());
      case STRING -> d.setPrice(((JsonString) value).getString());
      case NULL -> d.setPrice("");
      default ->
          throw RecordDocuments.bad(
              "Invalid value", "/data/attributes/price must be a number or a string.");
    }
  }

  private static void archived(ProductDraft d, JsonValue value) {
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      d.setArchived(value == JsonValue.TRUE);
    } else {
      throw RecordDocuments.bad(
          "Invalid value", "/data/attributes/archived must be true or false.");
    }
  }

  /** {@code vat-rate}: the rate from today on (on create: from the start); earlier ones stay. */
  private static void vatRate(ProductDraft d, JsonValue value, LocalDate today) {
    VatRate rate = rate(value, "vat-rate");
    if (today == null || d.getVatRates().isEmpty()) {
      d.getVatRates().clear();
      d.getVatRates().add(new VatRateLine(rate, null));
    } else {
      d.setRateFrom(rate, today);
    }
  }

  /** {@code vat-rates}: {@code [{"rate":"20"},{"rate":"22","applies-from":"2026-01-01"}]}. */
  private static void vatRates(ProductDraft d, JsonValue value) {
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw RecordDocuments.bad("Invalid value", "/data/attributes/vat-rates must be an array.");
    }
    List<VatRateLine> lines = new ArrayList<>();
    int i = 0;
    for (JsonValue item : value.asJsonArray()) {
      String pointer = "/data/attributes/vat-rates/" + i++;
      if (item.getValueType() != JsonValue.ValueType.OBJECT) {
        throw RecordDocuments.bad("Invalid value", pointer + " must be an object.");
      }
      JsonObject o = item.asJsonObject();
      for (String key : o.keySet()) {
        if (!key.equals("rate") && !key.equals("applies-from")) {
          throw new ApiExceptionMappers.BadRequest(
              "105", "Param not allowed", key + " is not allowed in vat-rates.");
        }
      }
      VatRate rate = rate(o.get("rate"), "vat-rates/" + (i - 1) + "/rate");
      LocalDate from = null;
      JsonValue day = o.get("applies-from");
      if (day != null && day != JsonValue.NULL) {
        String text = RecordDocuments.string(day, pointer + "/applies-from");
        if (!text.isBlank()) {
          try {
            from = LocalDate.parse(text.strip());
          } catch (DateTimeParseException e) {
            throw RecordDocuments.bad(
                "Invalid value", pointer + "/applies-from must be a date as YYYY-MM-DD.");
          }
        }
      }
      lines.add(new VatRateLine(rate, from));
    }
    d.setVatRates(lines);
  }

  /** A rate by its code; any other value is a 422 pointing at the attribute. */
  private static VatRate rate(JsonValue value, String attribute) {
    String code =
        value instanceof JsonNumber n
            ? n.toString()
            : value instanceof JsonString s ? s.getString() : null;
    return VatRate.ofCode(code)
        .orElseThrow(
            () ->
                new ValidationException(
                    List.of(FieldError.of("attr:" + attribute, "product.vat.unknown"))));
  }

  private static ApiExceptionMappers.BadRequest badFilter(String value, String key) {
    return new ApiExceptionMappers.BadRequest(
        "103", "Invalid filter value", value + " is not a valid value for " + key + ".");
  }

  private static BigDecimal amount(String value, String key) {
    try {
      return new BigDecimal(value.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw badFilter(value, key);
    }
  }

  private static long clamp(long n) {
    return Math.max(Math.min(n, Integer.MAX_VALUE), 0);
  }

  /** Runs a write; errors keyed by draft fields are renamed after the attributes sent. */
  private static Product attributed(Supplier<Product> write) {
    try {
      return write.get();
    } catch (ValidationException e) {
      List<FieldError> renamed = new ArrayList<>();
      for (FieldError error : e.errors()) {
        renamed.add(
            new FieldError(attribute(error.field()), error.messageKey(), error.arguments()));
      }
      throw new ValidationException(renamed);
    }
  }

  private static String attribute(String field) {
    if (field.startsWith("vatRates[")) {
      String index = field.substring(9, field.indexOf(']'));
      return "attr:vat-rates/" + index + (field.endsWith("rate") ? "/rate" : "/applies-from");
    }
    return switch (field) {
      case "name", "sku", "unit", "price", "currency", "description" -> "attr:" + field;
      case "categoryId" -> "attr:category-id";
      case "vatRates" -> "attr:vat-rates";
      default -> field;
    };
  }

  private JsonObjectBuilder resource(Product p, LocalDate today) {
    DateTimeFormatter times =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
            .withZone(ZoneId.of(settings.current().getTimeZone()));
    JsonArrayBuilder rates = Json.createArrayBuilder();
    for (VatPeriod v : p.getVatPeriods()) {
      JsonObjectBuilder r = Json.createObjectBuilder().add("rate", v.rate().code());
      if (v.from() == null) {
        r.addNull("applies-from");
      } else {
        r.add("applies-from", v.from().toString());
      }
      rates.add(r);
    }
    JsonArrayBuilder images = Json.createArrayBuilder();
    for (ProductImage i : p.getImages()) {
      images.add(
          Json.createObjectBuilder()
              .add("id", String.valueOf(i.getId()))
              .add("file-name", i.getFileName())
              .add("content-type", i.getContentType())
              .add("size", i.getSizeBytes())
              .add("url", "/app/product-image/" + i.getId()));
    }
    JsonObjectBuilder a =
        Json.createObjectBuilder()
            .add("name", p.getName())
            .add("as-string", p.getName())
            .add("sku", text(p.getSku()))
            .add("unit", p.getUnit())
            .add("price", p.getPrice())
            .add("currency", p.getCurrency())
            .add("description", text(p.getDescription()))
            .add(
                "category-id",
                p.getCategory() == null ? "" : String.valueOf(p.getCategory().getId()))
            .add("category", p.getCategory() == null ? "" : p.getCategory().getName())
            .add("archived", p.isArchived())
            .add("vat-rate", p.rateOn(today).map(VatRate::code).orElse(""))
            .add("vat-rates", rates)
            .add("images", images)
            .add("customs", Json.createObjectBuilder())
            .add("created-at", times.format(p.getCreatedAt()))
            .add("updated-at", times.format(p.getUpdatedAt()));
    return Json.createObjectBuilder()
        .add("id", String.valueOf(p.getId()))
        .add("type", "products")
        .add("attributes", a)
        .add(
            "relationships",
            Json.createObjectBuilder()
                .add(
                    "responsible",
                    Json.createObjectBuilder()
                        .add(
                            "data",
                            Json.createObjectBuilder()
                                .add("type", "users")
                                .add("id", String.valueOf(p.getOwner().getId())))))
        .add("links", Json.createObjectBuilder().add("self", "/api/v1/products/" + p.getId()));
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  /** An opaque cursor: base64url of the row's name and id. */
  private static String encode(ProductRepository.Cursor cursor) {
    String json =
        Json.createObjectBuilder().add("n", cursor.name()).add("i", cursor.id()).build().toString();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static ProductRepository.Cursor decode(String token) {
    try {
      String json =
          new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
      JsonObject o = Json.createReader(new StringReader(json)).readObject();
      return new ProductRepository.Cursor(o.getString("n"), o.getJsonNumber("i").longValueExact());
    } catch (IllegalArgumentException
        | JsonException
        | ClassCastException
        | NullPointerException
        | ArithmeticException e) {
      throw new ApiExceptionMappers.BadRequest(
          "110",
          "Invalid page value",
          "page[after] is not a cursor of this list; take it from links.next of the previous page.");
    }
  }
}
