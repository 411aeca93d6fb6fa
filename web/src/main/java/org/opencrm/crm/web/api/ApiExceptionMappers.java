package org.opencrm.crm.web.api;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencrm.crm.platform.i18n.Messages;
import org.opencrm.crm.platform.persistence.ReadOnlyTenant;
import org.opencrm.crm.platform.security.AccessDeniedException;
import org.opencrm.crm.platform.validation.ConcurrentChangeException;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/** Turns failures into JSON:API error objects; never a stack trace, never an HTML page. */
public final class ApiExceptionMappers {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

  /** What a write to a read-only tenant is told (the API speaks English). */
  static final String READ_ONLY_DETAIL =
      "The company's data is being moved to another server; changes are paused. Retry later.";

  private ApiExceptionMappers() {}

  /** A refused parameter or value: 400 with the modelled API's codes. */
  public static final class BadRequest extends RuntimeException {
    final String code;
    final String title;

    public BadRequest(String code, String title, String detail) {
      super(detail);
      this.code = code;
      this.title = title;
    }
  }

  @Provider
  public static class BadRequestMapper implements ExceptionMapper<BadRequest> {
    @Override
    public Response toResponse(BadRequest e) {
      return ApiErrors.response(400, e.code, e.title, e.getMessage());
    }
  }

  @Provider
  public static class NotFoundMapper
      implements ExceptionMapper<org.opencrm.crm.platform.record.RecordNotFoundException> {
    @Override
    public Response toResponse(org.opencrm.crm.platform.record.RecordNotFoundException e) {
      return ApiErrors.response(404, "404", "Record not found", "No such record.");
    }
  }

  @Provider
  public static class DeniedMapper implements ExceptionMapper<AccessDeniedException> {
    @Override
    public Response toResponse(AccessDeniedException e) {
      return ApiErrors.response(403, "403", "Forbidden", "Not allowed for this token's user.");
    }
  }

  /** A write the tenant's plan does not allow: 403 with the limit in words. */
  @Provider
  public static class PlanLimitMapper
      implements ExceptionMapper<org.opencrm.crm.platform.plan.PlanLimitException> {
    @Override
    public Response toResponse(org.opencrm.crm.platform.plan.PlanLimitException e) {
      return ApiErrors.response(
          403,
          "403",
          "Plan limit reached",
          org.opencrm.crm.platform.i18n.Messages.get(
              java.util.Locale.ENGLISH, e.messageKey(), e.arguments().toArray()));
    }
  }

  /** Input refused by the service: 422 with one error per field, pointing at the attribute. */
  @Provider
  public static class ValidationMapper implements ExceptionMapper<ValidationException> {
    @Override
    public Response toResponse(ValidationException e) {
      List<ApiErrors.Error> errors = new ArrayList<>();
      for (FieldError f : e.errors()) {
        errors.add(
            new ApiErrors.Error(
                422,
                "422",
                "Invalid value",
                Messages.get(Locale.ENGLISH, f.messageKey(), f.arguments().toArray()),
                pointer(f.field())));
      }
      return Response.status(422)
          .type(ApiErrors.MEDIA_TYPE)
          .entity(ApiErrors.document(errors.toArray(ApiErrors.Error[]::new)))
          .build();
    }

    static String pointer(String field) {
      if (field.startsWith("custom.")) {
        return "/data/attributes/customs/custom-" + field.substring("custom.".length());
      }
      if (field.startsWith("attr:")) {
        // Named by the resource after the attribute the client sent.
        return "/data/attributes/" + field.substring(5);
      }
      switch (field) {
        case "phone:MOBILE" -> {
          return "/data/attributes/mobile-phone";
        }
        case "phone:WORK" -> {
          return "/data/attributes/work-phone";
        }
        case "phone:OTHER" -> {
          return "/data/attributes/other-phone";
        }
        case "email:OTHER" -> {
          return "/data/attributes/other-email";
        }
        default -> {
          // the remaining kinds read as the general phone and the e-mail
        }
      }
      if (field.startsWith("phone")) {
        return "/data/attributes/general-phone";
      }
      if (field.startsWith("email")) {
        return "/data/attributes/email";
      }
      return switch (field) {
        case "lastName" -> "/data/attributes/last-name";
        case "firstName" -> "/data/attributes/first-name";
        case "middleName" -> "/data/attributes/middle-name";
        case "notes" -> "/data/attributes/description";
        case "jobTitle" -> "/data/attributes/position";
        case "birthday" -> "/data/attributes/birthday";
        case "address" -> "/data/attributes/address";
        case "ownerId" -> "/data/relationships/responsible";
        default -> "/data";
      };
    }
  }

  /** The contact changed since the client read it (If-Match): 409, nothing written. */
  @Provider
  public static class ConflictMapper implements ExceptionMapper<ConcurrentChangeException> {
    @Override
    public Response toResponse(ConcurrentChangeException e) {
      return ApiErrors.response(
          409,
          "409",
          "Edit conflict",
          (e.changedBy() == null ? "Someone" : e.changedBy())
              + " changed this record since you read it; read it again and retry.");
    }
  }

  @Provider
  public static class WebMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (e instanceof NotFoundException) {
        return ApiErrors.response(404, "404", "Not found", "No such resource.");
      }
      if (e instanceof NotAllowedException) {
        return ApiErrors.response(405, "405", "Method not allowed", null);
      }
      return ApiErrors.response(
          status, String.valueOf(status), e.getResponse().getStatusInfo().getReasonPhrase(), null);
    }
  }

  @Provider
  public static class AnyMapper implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof jakarta.persistence.OptimisticLockException) {
          // Lost a race at commit: the same as a conflict seen earlier.
          return ApiErrors.response(
              409,
              "409",
              "Edit conflict",
              "The contact changed meanwhile; read it again and retry.");
        }
      }
      if (ReadOnlyTenant.refusedWrite(e)) {
        // The tenant became read-only (a move) while the request ran: nothing was written.
        return Response.fromResponse(
                ApiErrors.response(503, "503", "Service Unavailable", READ_ONLY_DETAIL))
            .header("Retry-After", ReadOnlyTenant.RETRY_AFTER_SECONDS)
            .build();
      }
      LOG.log(Level.SEVERE, "API failure", e);
      return ApiErrors.response(500, "500", "Internal Server Error", null);
    }
  }
}
