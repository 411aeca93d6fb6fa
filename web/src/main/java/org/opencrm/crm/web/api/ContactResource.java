package org.opencrm.crm.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencrm.crm.contact.Contact;
import org.opencrm.crm.contact.ContactCursor;
import org.opencrm.crm.contact.ContactDraft;
import org.opencrm.crm.contact.ContactEmail;
import org.opencrm.crm.contact.ContactFilter;
import org.opencrm.crm.contact.ContactNotFoundException;
import org.opencrm.crm.contact.ContactPage;
import org.opencrm.crm.contact.ContactPhone;
import org.opencrm.crm.contact.ContactRepository;
import org.opencrm.crm.contact.ContactService;
import org.opencrm.crm.contact.ContactSort;
import org.opencrm.crm.platform.channel.EmailKind;
import org.opencrm.crm.platform.channel.PhoneKind;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.settings.TenantSettingsService;

/**
 * {@code /api/v1/contacts} in the JSON:API shape of the CRM this one is modelled on: kebab-case
 * attributes ({@code first-name}, {@code general-phone}…), {@code responsible} relationship,
 * filters in both spellings ({@code filter[any-phone]} and {@code filter[any_phone]}), {@code
 * page[number]}/{@code page[size]} with {@code meta.record-count}, and {@code page[after]} (a
 * cursor from {@code links.next}) for reads of any depth. Reads go through the permission layer
 * like the screens.
 */
@Path("contacts")
@RequestScoped
@Produces(ApiErrors.MEDIA_TYPE)
public class ContactResource {

  static final int DEFAULT_PAGE_SIZE = 50;
  static final int MAX_PAGE_SIZE = 100;

  /** Phone filters and the kind of phone each searches (null: any). */
  private static final Map<String, PhoneKind> PHONE_FILTERS = new java.util.HashMap<>();

  static {
    PHONE_FILTERS.put("any-phone", null);
    PHONE_FILTERS.put("phone", null);
    // The general phone reads as the main line or, without one, the first: its filter searches all.
    PHONE_FILTERS.put("general-phone", null);
    PHONE_FILTERS.put("mobile-phone", PhoneKind.MOBILE);
    PHONE_FILTERS.put("work-phone", PhoneKind.WORK);
    PHONE_FILTERS.put("home-phone", PhoneKind.HOME);
    PHONE_FILTERS.put("other-phone", PhoneKind.OTHER);
  }

  private static final Set<String> PARAMS = Set.of("filter", "page", "sort", "include");

  @Inject ApiCustoms customs;
  @Inject org.opencrm.crm.platform.customfield.CustomValueStore customValues;
  @Inject ContactRepository contacts;
  @Inject ContactService service;
  @Inject TenantSettingsService settings;

  @GET
  public String list(@Context UriInfo uri) {
    MultivaluedMap<String, String> query = uri.getQueryParameters();
    String name = null;
    String phone = null;
    PhoneKind phoneKind = null;
    String email = null;
    Long owner = null;
    int number = 1;
    int size = DEFAULT_PAGE_SIZE;
    ContactSort sort = ContactSort.NAME_ASC;
    boolean includeResponsible = false;
    String after = null;
    boolean numbered = false;
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
      switch (base) {
        case "filter" -> {
          if (PHONE_FILTERS.containsKey(inner)) {
            if (phone != null) {
              throw new ApiExceptionMappers.BadRequest(
                  "102", "Filter not allowed", "Filter by one phone at a time.");
            }
            phone = value;
            phoneKind = PHONE_FILTERS.get(inner);
          } else if (inner.equals("email")) {
            email = value;
          } else if (inner.equals("last-name") || inner.equals("name")) {
            name = value;
          } else if (inner.equals("responsible-id") || inner.equals("user-id")) {
            owner = ApiQueries.number(value, key);
          } else {
            throw new ApiExceptionMappers.BadRequest(
                "102",
                "Filter not allowed",
                ApiQueries.snake(inner.isEmpty() ? key : inner) + " is not allowed.");
          }
        }
        case "page" -> {
          if (inner.equals("number")) {
            numbered = true;
            number = (int) Math.max(Math.min(ApiQueries.number(value, key), Integer.MAX_VALUE), 0);
          } else if (inner.equals("after")) {
            after = value;
          } else if (inner.equals("size")) {
            size = (int) Math.max(Math.min(ApiQueries.number(value, key), Integer.MAX_VALUE), 0);
          } else {
            throw new ApiExceptionMappers.BadRequest(
                "105", "Param not allowed", "page[" + inner + "] is not allowed.");
          }
        }
        case "sort" -> sort = sortOf(value);
        default -> includeResponsible = includes(value);
      }
    }
    if (number < 1) {
      throw new ApiExceptionMappers.BadRequest(
          "110", "Invalid page value", "page[number] starts at 1.");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new ApiExceptionMappers.BadRequest(
          "110", "Invalid page value", "page[size] must be between 1 and " + MAX_PAGE_SIZE + ".");
    }
    ContactCursor cursor = null;
    if (after != null) {
      if (numbered) {
        throw new ApiExceptionMappers.BadRequest(
            "110", "Invalid page value", "Use page[after] or page[number], not both.");
      }
      ContactSort order = sort;
      cursor =
          ContactCursor.decode(after, order)
              .orElseThrow(
                  () ->
                      new ApiExceptionMappers.BadRequest(
                          "110",
                          "Invalid page value",
                          "page[after] is not a cursor of this list and order; take it from"
                              + " links.next of the previous page."));
    }
    long offset = cursor == null ? (long) (number - 1) * size : 0;
    if (offset > ContactRepository.MAX_OFFSET) {
      throw new ApiExceptionMappers.BadRequest(
          "110",
          "Invalid page value",
          "Pages beyond record "
              + ContactRepository.MAX_OFFSET
              + " cannot be reached by number;"
              + " narrow the filter or follow links.next (a cursor).");
    }
    ContactFilter filter = new ContactFilter(name, phone, phoneKind, email, owner);
    ContactPage page =
        contacts.page(filter, sort, cursor, (int) offset, size, PermissionAction.VIEW);
    int count = contacts.countCapped(filter, PermissionAction.VIEW);
    JsonArrayBuilder data = Json.createArrayBuilder();
    page.rows().forEach(c -> data.add(resource(c)));
    JsonObjectBuilder meta = ApiQueries.meta(count, ContactRepository.COUNT_CAP, size);
    JsonObjectBuilder links = Json.createObjectBuilder();
    if (page.hasMore() && !page.rows().isEmpty()) {
      // The next page by keys: reaches any depth at the cost of the first page.
      String next = ContactCursor.after(page.rows().get(page.rows().size() - 1)).encode(sort);
      links.add("next", ApiQueries.nextLink(uri, size, next));
      meta.add("next-cursor", next);
    }
    JsonObjectBuilder document =
        Json.createObjectBuilder().add("data", data).add("meta", meta).add("links", links);
    if (includeResponsible) {
      document.add("included", included(page.rows()));
    }
    return document.build().toString();
  }

  /** {@code include=responsible} is the one relationship that can be side-loaded. */
  private static boolean includes(String value) {
    if (value.isBlank()) {
      return false;
    }
    for (String rel : value.split(",")) {
      if (!rel.strip().equals("responsible")) {
        throw new ApiExceptionMappers.BadRequest(
            "112", "Invalid include", rel.strip() + " is not a relationship of contacts.");
      }
    }
    return true;
  }

  private static JsonArrayBuilder included(List<Contact> rows) {
    JsonArrayBuilder users = Json.createArrayBuilder();
    rows.stream()
        .map(Contact::getOwner)
        .collect(
            java.util.stream.Collectors.toMap(
                u -> u.getId(), u -> u, (x, y) -> x, java.util.LinkedHashMap::new))
        .values()
        .forEach(u -> users.add(user(u)));
    return users;
  }

  private static JsonObjectBuilder user(org.opencrm.crm.platform.security.UserAccount u) {
    return Json.createObjectBuilder()
        .add("id", String.valueOf(u.getId()))
        .add("type", "users")
        .add(
            "attributes",
            Json.createObjectBuilder().add("name", u.getFullName()).add("email", u.getEmail()));
  }

  /** The contact's responsible user. */
  @GET
  @Path("{id}/responsible")
  public String responsible(@PathParam("id") String id) {
    Contact contact = visible(id);
    return Json.createObjectBuilder().add("data", user(contact.getOwner())).build().toString();
  }

  /** The linkage of the contact's responsible user. */
  @GET
  @Path("{id}/relationships/responsible")
  public String responsibleLinkage(@PathParam("id") String id) {
    Contact contact = visible(id);
    return Json.createObjectBuilder()
        .add(
            "data",
            Json.createObjectBuilder()
                .add("type", "users")
                .add("id", String.valueOf(contact.getOwner().getId())))
        .build()
        .toString();
  }

  private Contact visible(String id) {
    Long parsed = parseId(id);
    return contacts
        .find(parsed, PermissionAction.VIEW)
        .orElseThrow(() -> new ContactNotFoundException(parsed));
  }

  @GET
  @Path("{id}")
  public Response one(@PathParam("id") String id, @QueryParam("include") String include) {
    Contact contact = visible(id);
    JsonObjectBuilder document = Json.createObjectBuilder().add("data", resource(contact));
    if (include != null && includes(include)) {
      document.add("included", included(List.of(contact)));
    }
    return Response.ok(document.build().toString())
        .type(ApiErrors.MEDIA_TYPE)
        .tag(String.valueOf(contact.getVersion()))
        .build();
  }

  @POST
  @Consumes({ApiErrors.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  public Response create(String body) {
    ContactDraft draft = new ContactDraft();
    RecordDocuments.CONTACTS.apply(
        body, draft, true, v -> draft.setCustom(customs.read(Contact.ENTITY, v, Map.of())));
    Contact created = attributed(draft, () -> service.create(draft));
    return Response.status(201)
        .type(ApiErrors.MEDIA_TYPE)
        .header("Location", "/api/v1/contacts/" + created.getId())
        .tag(String.valueOf(created.getVersion()))
        .entity(Json.createObjectBuilder().add("data", resource(created)).build().toString())
        .build();
  }

  /**
   * Changes the attributes sent and keeps the others. With {@code If-Match} (the ETag of a GET), a
   * contact changed meanwhile is refused with 409 instead of overwritten.
   */
  @PATCH
  @Path("{id}")
  @Consumes({ApiErrors.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  public Response update(
      @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, String body) {
    Long parsed = parseId(id);
    Contact existing =
        contacts
            .find(parsed, PermissionAction.EDIT)
            .orElseThrow(() -> new ContactNotFoundException(parsed));
    ContactDraft draft = ContactDraft.of(existing);
    String sentId = RecordDocuments.idOf(body);
    if (sentId != null && !sentId.equals(String.valueOf(parsed))) {
      return ApiErrors.response(
          409, "409", "Id mismatch", "data.id " + sentId + " is not the contact in the address.");
    }
    draft.setVersion(ApiQueries.ifMatchVersion(ifMatch));
    RecordDocuments.CONTACTS.apply(
        body,
        draft,
        false,
        v ->
            draft.setCustom(
                customs.read(Contact.ENTITY, v, customValues.load(Contact.ENTITY, parsed))));
    Contact saved = attributed(draft, () -> service.update(parsed, draft));
    return Response.ok(Json.createObjectBuilder().add("data", resource(saved)).build().toString())
        .type(ApiErrors.MEDIA_TYPE)
        .tag(String.valueOf(saved.getVersion()))
        .build();
  }

  /** Moves the contact to the trash (restorable for 30 days). */
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    service.delete(parseId(id));
    return Response.noContent().build();
  }

  private static Long parseId(String id) {
    try {
      return Long.valueOf(id);
    } catch (NumberFormatException e) {
      throw new ContactNotFoundException(null);
    }
  }

  private JsonObjectBuilder resource(Contact c) {
    ZoneId zone = ZoneId.of(settings.current().getTimeZone());
    DateTimeFormatter times =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(zone);
    JsonObjectBuilder a =
        Json.createObjectBuilder()
            .add("last-name", c.getLastName())
            .add("first-name", c.getFirstName())
            .add("middle-name", c.getMiddleName())
            .add("as-string", c.getDisplayName())
            .add("description", c.getNotes() == null ? "" : c.getNotes());
    List<ContactPhone> phones = c.getPhones();
    String main = firstOf(phones, PhoneKind.MAIN);
    a.add("general-phone", !main.isEmpty() || phones.isEmpty() ? main : phones.get(0).getE164());
    a.add("mobile-phone", firstOf(phones, PhoneKind.MOBILE));
    a.add("work-phone", firstOf(phones, PhoneKind.WORK));
    a.add("other-phone", firstOf(phones, PhoneKind.OTHER));
    List<ContactEmail> emails = c.getEmails();
    a.add(
        "email",
        emails.stream()
            .filter(e -> e.getKind() != EmailKind.OTHER)
            .map(ContactEmail::getAddress)
            .findFirst()
            .orElse(""));
    a.add(
        "other-email",
        emails.stream()
            .filter(e -> e.getKind() == EmailKind.OTHER)
            .map(ContactEmail::getAddress)
            .findFirst()
            .orElse(""));
    a.add("position", c.getJobTitle() == null ? "" : c.getJobTitle());
    a.add("birthday", c.getBirthday() == null ? "" : c.getBirthday().toString());
    a.add("address", c.getAddress() == null ? "" : c.getAddress());
    for (org.opencrm.crm.contact.MessengerKind kind :
        org.opencrm.crm.contact.MessengerKind.values()) {
      a.add(
          kind.attribute(),
          c.getMessengers().stream()
              .filter(m -> m.getKind() == kind)
              .map(org.opencrm.crm.contact.ContactMessenger::getHandle)
              .findFirst()
              .orElse(""));
    }
    a.add("customs", customs.write(Contact.ENTITY, c.getId()));
    a.add("created-at", times.format(c.getCreatedAt()));
    a.add("updated-at", times.format(c.getUpdatedAt()));
    String self = "/api/v1/contacts/" + c.getId();
    return Json.createObjectBuilder()
        .add("id", String.valueOf(c.getId()))
        .add("type", "contacts")
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
                                .add("id", String.valueOf(c.getOwner().getId())))
                        .add(
                            "links",
                            Json.createObjectBuilder()
                                .add("self", self + "/relationships/responsible")
                                .add("related", self + "/responsible"))))
        .add("links", Json.createObjectBuilder().add("self", self));
  }

  private static String firstOf(List<ContactPhone> phones, PhoneKind kind) {
    return phones.stream()
        .filter(p -> p.getKind() == kind)
        .map(ContactPhone::getE164)
        .findFirst()
        .orElse("");
  }

  private static ContactSort sortOf(String value) {
    return switch (value.strip()) {
      case "last-name", "last_name", "name" -> ContactSort.NAME_ASC;
      case "-last-name", "-last_name", "-name" -> ContactSort.NAME_DESC;
      case "created-at", "created_at" -> ContactSort.CREATED_ASC;
      case "-created-at", "-created_at" -> ContactSort.CREATED_DESC;
      default ->
          throw new ApiExceptionMappers.BadRequest(
              "114",
              "Invalid sort criteria",
              ApiQueries.snake(value) + " is not a valid sort criteria.");
    };
  }

  /**
   * Runs a write; errors about a phone or e-mail line ({@code phones[2]}) are renamed after the
   * attribute that line stands for ({@code phone:MOBILE} → {@code mobile-phone}), so the error's
   * pointer names what the client sent.
   */
  private static Contact attributed(
      ContactDraft draft, java.util.function.Supplier<Contact> write) {
    try {
      return write.get();
    } catch (org.opencrm.crm.platform.validation.ValidationException e) {
      List<org.opencrm.crm.platform.validation.FieldError> renamed = new java.util.ArrayList<>();
      for (var error : e.errors()) {
        renamed.add(
            new org.opencrm.crm.platform.validation.FieldError(
                lineField(error.field(), draft), error.messageKey(), error.arguments()));
      }
      throw new org.opencrm.crm.platform.validation.ValidationException(renamed);
    }
  }

  private static String lineField(String field, ContactDraft draft) {
    java.util.regex.Matcher messenger =
        java.util.regex.Pattern.compile("messengers\\[(\\d+)\\]").matcher(field);
    if (messenger.matches()) {
      int i = Integer.parseInt(messenger.group(1));
      return i < draft.getMessengers().size()
          ? "attr:" + draft.getMessengers().get(i).getKind().attribute()
          : field;
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(phones|emails)\\[(\\d+)\\].*").matcher(field);
    if (!m.matches()) {
      return field;
    }
    int i = Integer.parseInt(m.group(2));
    if (m.group(1).equals("phones")) {
      return i < draft.getPhones().size() ? "phone:" + draft.getPhones().get(i).getKind() : field;
    }
    return i < draft.getEmails().size() ? "email:" + draft.getEmails().get(i).getKind() : field;
  }
}
