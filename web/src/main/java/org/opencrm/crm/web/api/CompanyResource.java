package org.opencrm.crm.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencrm.crm.company.BankAccount;
import org.opencrm.crm.company.BankAccountDraft;
import org.opencrm.crm.company.Company;
import org.opencrm.crm.company.CompanyDraft;
import org.opencrm.crm.company.CompanyEmail;
import org.opencrm.crm.company.CompanyFilter;
import org.opencrm.crm.company.CompanyNotFoundException;
import org.opencrm.crm.company.CompanyPhone;
import org.opencrm.crm.company.CompanyRepository;
import org.opencrm.crm.company.CompanyService;
import org.opencrm.crm.company.RequisiteDraft;
import org.opencrm.crm.company.RequisiteSet;
import org.opencrm.crm.platform.channel.EmailKind;
import org.opencrm.crm.platform.channel.PhoneKind;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.settings.TenantSettingsService;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * {@code /api/v1/companies} in the JSON:API shape of the modelled CRM: {@code name}, phones and
 * e-mails as on contacts, the main requisites flat ({@code inn}, {@code kpp}, {@code ogrn}, {@code
 * full-name}, {@code short-name}, {@code director}, {@code accountant}, {@code juristic-address},
 * {@code actual-address}) with their {@code bank-details}, every requisite set read-only in {@code
 * requisites}; the {@code responsible} relationship and the linked {@code contacts}. Filters by
 * name, INN, any phone, e-mail and responsible; pages by number or by cursor. Reads and writes go
 * through the permission layer like the screens.
 */
@Path("companies")
@RequestScoped
@Produces(ApiErrors.MEDIA_TYPE)
public class CompanyResource {

  private static final Set<String> PARAMS = Set.of("filter", "page", "sort");
  private static final Set<String> PHONE_FILTERS =
      Set.of("any-phone", "phone", "general-phone", "work-phone", "mobile-phone", "other-phone");

  /** How a company document lands in a company draft. */
  static final RecordDocuments<CompanyDraft> DOCUMENTS =
      new RecordDocuments<>(
          "companies",
          Map.ofEntries(
              Map.entry("name", CompanyDraft::setName),
              Map.entry("description", CompanyDraft::setNotes),
              Map.entry("website", CompanyDraft::setWebsite),
              Map.entry(
                  "general-phone", (d, v) -> RecordDocuments.setPhone(d.getPhones(), null, v)),
              Map.entry(
                  "work-phone",
                  (d, v) -> RecordDocuments.setPhone(d.getPhones(), PhoneKind.WORK, v)),
              Map.entry(
                  "mobile-phone",
                  (d, v) -> RecordDocuments.setPhone(d.getPhones(), PhoneKind.MOBILE, v)),
              Map.entry(
                  "other-phone",
                  (d, v) -> RecordDocuments.setPhone(d.getPhones(), PhoneKind.OTHER, v)),
              Map.entry("email", (d, v) -> RecordDocuments.setEmail(d.getEmails(), false, v)),
              Map.entry("other-email", (d, v) -> RecordDocuments.setEmail(d.getEmails(), true, v)),
              Map.entry("full-name", main(RequisiteDraft::setFullName)),
              Map.entry("short-name", main(RequisiteDraft::setShortName)),
              Map.entry("inn", main(RequisiteDraft::setInn)),
              Map.entry("kpp", main(RequisiteDraft::setKpp)),
              Map.entry("ogrn", main(RequisiteDraft::setOgrn)),
              Map.entry("director", main(RequisiteDraft::setDirectorName)),
              Map.entry("director-position", main(RequisiteDraft::setDirectorPost)),
              Map.entry("accountant", main(RequisiteDraft::setAccountantName)),
              Map.entry("juristic-address", main(RequisiteDraft::setLegalAddress)),
              Map.entry("actual-address", main(RequisiteDraft::setActualAddress))),
          Map.of("bank-details", CompanyResource::bankDetails),
          Set.of("created-at", "updated-at", "as-string", "requisites"),
          CompanyDraft::setOwnerId);

  /** Attribute of a bank detail → how it lands in an account draft. */
  private static final Map<String, BiConsumer<BankAccountDraft, String>> BANK_FIELDS =
      Map.of(
          "bank-name", BankAccountDraft::setBankName,
          "bik", BankAccountDraft::setBik,
          "settlement-account", BankAccountDraft::setSettlementAccount,
          "correspondent-account", BankAccountDraft::setCorrespondentAccount);

  /** Draft field of the main set → the attribute that carries it. */
  private static final Map<String, String> MAIN_ATTRIBUTES =
      Map.of(
          "fullName", "full-name",
          "shortName", "short-name",
          "inn", "inn",
          "kpp", "kpp",
          "ogrn", "ogrn",
          "directorName", "director",
          "directorPost", "director-position",
          "accountantName", "accountant",
          "legalAddress", "juristic-address",
          "actualAddress", "actual-address");

  private static final Map<String, String> ACCOUNT_ATTRIBUTES =
      Map.of(
          "bankName", "bank-name",
          "bik", "bik",
          "settlementAccount", "settlement-account",
          "correspondentAccount", "correspondent-account");

  private static final Pattern SET_FIELD =
      Pattern.compile("requisites\\[(\\d+)]\\.(?:accounts\\[(\\d+)]\\.)?(\\w+)");

  @Inject ApiCustoms customs;
  @Inject org.opencrm.crm.platform.customfield.CustomValueStore customValues;
  @Inject CompanyRepository companies;
  @Inject CompanyService service;
  @Inject TenantSettingsService settings;

  @GET
  public String list(@Context UriInfo uri) {
    MultivaluedMap<String, String> query = uri.getQueryParameters();
    String name = null;
    String inn = null;
    String phone = null;
    String email = null;
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
        if (PHONE_FILTERS.contains(inner)) {
          phone = value;
        } else if (inner.equals("name")) {
          name = value;
        } else if (inner.equals("inn")) {
          inn = value;
        } else if (inner.equals("email")) {
          email = value;
        } else if (inner.equals("responsible-id") || inner.equals("user-id")) {
          owner = ApiQueries.number(value, key);
        } else {
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
    CompanyRepository.Cursor cursor = after == null ? null : decode(after);
    long offset = cursor == null ? (long) (number - 1) * size : 0;
    if (offset > CompanyRepository.MAX_OFFSET) {
      throw new ApiExceptionMappers.BadRequest(
          "110",
          "Invalid page value",
          "Pages beyond record "
              + CompanyRepository.MAX_OFFSET
              + " cannot be reached by number; follow links.next (a cursor).");
    }
    CompanyFilter filter = new CompanyFilter(name, inn, phone, email, owner);
    CompanyRepository.Page page =
        companies.page(filter, cursor, (int) offset, size, PermissionAction.VIEW);
    int count = companies.countCapped(filter, PermissionAction.VIEW);
    JsonArrayBuilder data = Json.createArrayBuilder();
    page.rows().forEach(c -> data.add(resource(c)));
    JsonObjectBuilder meta = ApiQueries.meta(count, CompanyRepository.COUNT_CAP, size);
    JsonObjectBuilder links = Json.createObjectBuilder();
    if (page.more() && !page.rows().isEmpty()) {
      String next = encode(CompanyRepository.Cursor.after(page.rows().get(page.rows().size() - 1)));
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

  private static long clamp(long n) {
    return Math.max(Math.min(n, Integer.MAX_VALUE), 0);
  }

  @GET
  @Path("{id}")
  public Response one(@PathParam("id") String id) {
    Company company = visible(id);
    return Response.ok(Json.createObjectBuilder().add("data", resource(company)).build().toString())
        .type(ApiErrors.MEDIA_TYPE)
        .tag(String.valueOf(company.getVersion()))
        .build();
  }

  /** The contacts linked to the company that the token's user may see. */
  @GET
  @Path("{id}/contacts")
  public String contacts(@PathParam("id") String id) {
    Company company = visible(id);
    JsonArrayBuilder data = Json.createArrayBuilder();
    service
        .contactsOf(company.getId())
        .forEach(
            k ->
                data.add(
                    Json.createObjectBuilder()
                        .add("id", String.valueOf(k.getId()))
                        .add("type", "contacts")
                        .add(
                            "attributes",
                            Json.createObjectBuilder().add("as-string", k.getDisplayName()))
                        .add(
                            "links",
                            Json.createObjectBuilder()
                                .add("self", "/api/v1/contacts/" + k.getId()))));
    return Json.createObjectBuilder().add("data", data).build().toString();
  }

  @POST
  @Consumes({ApiErrors.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  public Response create(String body) {
    CompanyDraft draft = new CompanyDraft();
    DOCUMENTS.apply(
        body, draft, true, v -> draft.setCustom(customs.read(Company.ENTITY, v, Map.of())));
    Company created = attributed(() -> service.create(draft));
    return Response.status(201)
        .type(ApiErrors.MEDIA_TYPE)
        .header("Location", "/api/v1/companies/" + created.getId())
        .tag(String.valueOf(created.getVersion()))
        .entity(Json.createObjectBuilder().add("data", resource(created)).build().toString())
        .build();
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
    Company existing =
        companies
            .find(parsed, PermissionAction.EDIT)
            .orElseThrow(() -> new CompanyNotFoundException(parsed));
    String sentId = RecordDocuments.idOf(body);
    if (sentId != null && !sentId.equals(String.valueOf(parsed))) {
      return ApiErrors.response(
          409, "409", "Id mismatch", "data.id " + sentId + " is not the company in the address.");
    }
    CompanyDraft draft = CompanyDraft.of(existing);
    draft.setVersion(ApiQueries.ifMatchVersion(ifMatch));
    DOCUMENTS.apply(
        body,
        draft,
        false,
        v ->
            draft.setCustom(
                customs.read(Company.ENTITY, v, customValues.load(Company.ENTITY, parsed))));
    Company saved = attributed(() -> service.update(parsed, draft));
    return Response.ok(Json.createObjectBuilder().add("data", resource(saved)).build().toString())
        .type(ApiErrors.MEDIA_TYPE)
        .tag(String.valueOf(saved.getVersion()))
        .build();
  }

  /** Moves the company to the trash (restorable for 30 days). */
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    service.delete(parseId(id));
    return Response.noContent().build();
  }

  private Company visible(String id) {
    Long parsed = parseId(id);
    return companies
        .find(parsed, PermissionAction.VIEW)
        .orElseThrow(() -> new CompanyNotFoundException(parsed));
  }

  private static Long parseId(String id) {
    try {
      return Long.valueOf(id);
    } catch (NumberFormatException e) {
      throw new CompanyNotFoundException(null);
    }
  }

  /** A setter of the main requisite set, which is added when the company has none. */
  private static BiConsumer<CompanyDraft, String> main(BiConsumer<RequisiteDraft, String> setter) {
    return (d, v) -> setter.accept(mainSet(d), v);
  }

  private static RequisiteDraft mainSet(CompanyDraft d) {
    if (d.getRequisites().isEmpty()) {
      d.getRequisites().add(new RequisiteDraft());
    }
    return d.getRequisites().get(0);
  }

  /** {@code bank-details}: the main set's accounts, replaced by the array sent. */
  private static void bankDetails(CompanyDraft d, JsonValue value) {
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw RecordDocuments.bad("Invalid value", "/data/attributes/bank-details must be an array.");
    }
    List<BankAccountDraft> accounts = new ArrayList<>();
    int i = 0;
    for (JsonValue item : value.asJsonArray()) {
      String pointer = "/data/attributes/bank-details/" + i++;
      if (item.getValueType() != JsonValue.ValueType.OBJECT) {
        throw RecordDocuments.bad("Invalid value", pointer + " must be an object.");
      }
      BankAccountDraft account = new BankAccountDraft();
      for (Map.Entry<String, JsonValue> f : item.asJsonObject().entrySet()) {
        BiConsumer<BankAccountDraft, String> setter = BANK_FIELDS.get(f.getKey());
        if (setter == null) {
          throw new ApiExceptionMappers.BadRequest(
              "105", "Param not allowed", f.getKey() + " is not allowed in bank-details.");
        }
        setter.accept(
            account,
            f.getValue() == JsonValue.NULL
                ? ""
                : RecordDocuments.string(f.getValue(), pointer + "/" + f.getKey()));
      }
      accounts.add(account);
    }
    mainSet(d).setAccounts(accounts);
  }

  /** Runs a write; errors keyed by draft fields are renamed after the attributes sent. */
  private static Company attributed(Supplier<Company> write) {
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
    Matcher m = SET_FIELD.matcher(field);
    if (m.matches()) {
      String set = m.group(1);
      if (m.group(2) != null) {
        String attr = ACCOUNT_ATTRIBUTES.getOrDefault(m.group(3), m.group(3));
        return set.equals("0")
            ? "attr:bank-details/" + m.group(2) + "/" + attr
            : "attr:requisites/" + set + "/bank-details/" + m.group(2) + "/" + attr;
      }
      String attr = MAIN_ATTRIBUTES.getOrDefault(m.group(3), m.group(3));
      return set.equals("0") ? "attr:" + attr : "attr:requisites/" + set + "/" + attr;
    }
    return switch (field) {
      case "name", "website" -> "attr:" + field;
      case "notes" -> "attr:description";
      default ->
          field.startsWith("phones[") ? "phone" : field.startsWith("emails[") ? "email" : field;
    };
  }

  private JsonObjectBuilder resource(Company c) {
    DateTimeFormatter times =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
            .withZone(ZoneId.of(settings.current().getTimeZone()));
    JsonObjectBuilder a =
        Json.createObjectBuilder()
            .add("name", c.getName())
            .add("as-string", c.getName())
            .add("description", text(c.getNotes()))
            .add("website", text(c.getWebsite()));
    List<CompanyPhone> phones = c.getPhones();
    String general = firstPhone(phones, PhoneKind.MAIN);
    a.add(
        "general-phone",
        !general.isEmpty() || phones.isEmpty() ? general : phones.get(0).getE164());
    a.add("work-phone", firstPhone(phones, PhoneKind.WORK));
    a.add("mobile-phone", firstPhone(phones, PhoneKind.MOBILE));
    a.add("other-phone", firstPhone(phones, PhoneKind.OTHER));
    a.add("email", firstEmail(c.getEmails(), false));
    a.add("other-email", firstEmail(c.getEmails(), true));
    RequisiteSet main = c.getMainRequisites();
    mainAttributes(a, main);
    a.add("bank-details", main == null ? Json.createArrayBuilder() : accounts(main));
    JsonArrayBuilder sets = Json.createArrayBuilder();
    for (RequisiteSet set : c.getRequisiteSets()) {
      JsonObjectBuilder s = Json.createObjectBuilder();
      mainAttributes(s, set);
      sets.add(s.add("bank-details", accounts(set)));
    }
    a.add("requisites", sets);
    a.add("customs", customs.write(Company.ENTITY, c.getId()));
    a.add("created-at", times.format(c.getCreatedAt()));
    a.add("updated-at", times.format(c.getUpdatedAt()));
    String self = "/api/v1/companies/" + c.getId();
    return Json.createObjectBuilder()
        .add("id", String.valueOf(c.getId()))
        .add("type", "companies")
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
                                .add("id", String.valueOf(c.getOwner().getId()))))
                .add(
                    "contacts",
                    Json.createObjectBuilder()
                        .add(
                            "links",
                            Json.createObjectBuilder().add("related", self + "/contacts"))))
        .add("links", Json.createObjectBuilder().add("self", self));
  }

  private static void mainAttributes(JsonObjectBuilder a, RequisiteSet set) {
    Function<Function<RequisiteSet, String>, String> of =
        getter -> set == null ? "" : text(getter.apply(set));
    a.add("full-name", of.apply(RequisiteSet::getFullName));
    a.add("short-name", of.apply(RequisiteSet::getShortName));
    a.add("inn", of.apply(RequisiteSet::getInn));
    a.add("kpp", of.apply(RequisiteSet::getKpp));
    a.add("ogrn", of.apply(RequisiteSet::getOgrn));
    a.add("director", of.apply(RequisiteSet::getDirectorName));
    a.add("director-position", of.apply(RequisiteSet::getDirectorPost));
    a.add("accountant", of.apply(RequisiteSet::getAccountantName));
    a.add("juristic-address", of.apply(RequisiteSet::getLegalAddress));
    a.add("actual-address", of.apply(RequisiteSet::getActualAddress));
  }

  private static JsonArrayBuilder accounts(RequisiteSet set) {
    JsonArrayBuilder accounts = Json.createArrayBuilder();
    for (BankAccount b : set.getAccounts()) {
      accounts.add(
          Json.createObjectBuilder()
              .add("bank-name", text(b.getBankName()))
              .add("bik", b.getBik())
              .add("settlement-account", b.getSettlementAccount())
              .add("correspondent-account", text(b.getCorrespondentAccount())));
    }
    return accounts;
  }

  private static String firstPhone(List<CompanyPhone> phones, PhoneKind kind) {
    return phones.stream()
        .filter(p -> p.getKind() == kind)
        .map(CompanyPhone::getE164)
        .findFirst()
        .orElse("");
  }

  private static String firstEmail(List<CompanyEmail> emails, boolean other) {
    return emails.stream()
        .filter(e -> (e.getKind() == EmailKind.OTHER) == other)
        .map(CompanyEmail::getAddress)
        .findFirst()
        .orElse("");
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  /** An opaque cursor: base64url of the row's name and id. */
  private static String encode(CompanyRepository.Cursor cursor) {
    String json =
        Json.createObjectBuilder().add("n", cursor.name()).add("i", cursor.id()).build().toString();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static CompanyRepository.Cursor decode(String token) {
    try {
      String json =
          new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
      JsonObject o = Json.createReader(new StringReader(json)).readObject();
      return new CompanyRepository.Cursor(o.getString("n"), o.getJsonNumber("i").longValueExact());
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
