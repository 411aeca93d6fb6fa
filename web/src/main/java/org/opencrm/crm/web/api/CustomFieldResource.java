package org.opencrm.crm.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.platform.customfield.CustomField;
import org.opencrm.crm.platform.customfield.CustomFields;

/**
 * {@code /api/v1/custom-fields}: the tenant's active custom fields, so a client knows the keys of
 * {@code attributes.customs} and the names a list field takes. {@code
 * filter[resource-type]=contacts|companies} narrows to one resource.
 */
@Path("custom-fields")
@RequestScoped
@Produces(ApiErrors.MEDIA_TYPE)
public class CustomFieldResource {

  private static final Map<String, String> RESOURCES =
      Map.of("contacts", "contact", "companies", "company");

  @Inject CustomFields fields;
  @Inject ApiCustoms customs;

  @GET
  public String list(@QueryParam("filter[resource-type]") String resourceType) {
    List<String> entities;
    if (resourceType == null || resourceType.isBlank()) {
      entities = CustomFields.ENTITIES;
    } else if (RESOURCES.containsKey(resourceType.strip())) {
      entities = List.of(RESOURCES.get(resourceType.strip()));
    } else {
      throw new ApiExceptionMappers.BadRequest(
          "105", "Param not allowed", "resource-type must be contacts or companies.");
    }
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (String entity : entities) {
      fields.active(entity).forEach(f -> data.add(customs.field(f)));
    }
    return Json.createObjectBuilder().add("data", data).build().toString();
  }

  @GET
  @Path("{id}")
  public String one(@PathParam("id") String id) {
    for (String entity : CustomFields.ENTITIES) {
      for (CustomField f : fields.active(entity)) {
        if ((ApiCustoms.PREFIX + f.getId()).equals(id)) {
          return Json.createObjectBuilder().add("data", customs.field(f)).build().toString();
        }
      }
    }
    throw new NotFoundException();
  }
}
