package org.opencrm.crm.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import org.opencrm.crm.admin.security.OperatorSession;
import org.opencrm.crm.platform.i18n.Messages;
import org.opencrm.crm.platform.operator.Operator;
import org.opencrm.crm.platform.operator.OperatorAuditEntry;
import org.opencrm.crm.platform.operator.OperatorAuditLog;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;
import org.opencrm.crm.platform.web.ClientAddresses;

/**
 * What every console page needs: the operator, whether they may act (viewers only look), texts in
 * the operator's language, and {@link #act}, which runs an action and writes it to the audit trail
 * with its result.
 */
@Named
@RequestScoped
public class Console {

  private static final DateTimeFormatter TIMES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  @Inject OperatorAuditLog audit;

  public OperatorSession getOperator() {
    return (OperatorSession) request().getSession().getAttribute(OperatorSession.KEY);
  }

  /** Operators act; viewers only look. */
  public boolean isCanAct() {
    OperatorSession op = getOperator();
    return op != null && Operator.Role.OPERATOR.name().equals(op.role());
  }

  public Locale getLocale() {
    return Messages.fromAcceptLanguage(request().getHeader("Accept-Language"));
  }

  public String text(String key, Object... arguments) {
    return Messages.get(getLocale(), key, arguments);
  }

  /** A message kept in the database as a key and its arguments, in the operator's language. */
  public String stored(String text) {
    return org.opencrm.crm.platform.i18n.StoredText.read(text, getLocale());
  }

  /** An audit action code ({@code MOVE_TENANT}) in words, or the code when it has none. */
  public String action(String code) {
    String key = "admin.audit.action." + code;
    String text = text(key);
    return text.equals(key) ? code : text;
  }

  public String time(Instant instant) {
    return instant == null ? "—" : TIMES.format(instant);
  }

  public void message(String clientId, FacesMessage.Severity severity, String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }

  /**
   * Runs an operator action and records it: OK, or FAILED with the message shown to the operator.
   * Viewers are refused before anything runs. Field errors go next to the fields of {@code formId};
   * other failures become a page message.
   *
   * @return the action's result, or null when it failed
   */
  public <T> T act(
      String action,
      Long tenantId,
      String tenantSlug,
      String details,
      String formId,
      Supplier<T> work) {
    OperatorSession op = getOperator();
    String address = ClientAddresses.of(request());
    if (!isCanAct()) {
      audit.record(
          op == null ? "?" : op.login(),
          action,
          tenantId,
          tenantSlug,
          details,
          OperatorAuditEntry.Outcome.FAILED,
          "read-only operator",
          address);
      message(null, FacesMessage.SEVERITY_ERROR, "admin.viewer.denied");
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
    try {
      T result = work.get();
      audit.record(
          op.login(),
          action,
          tenantId,
          tenantSlug,
          details,
          OperatorAuditEntry.Outcome.OK,
          null,
          address);
      return result;
    } catch (ValidationException e) {
      StringBuilder said = new StringBuilder();
      for (FieldError error : e.errors()) {
        String text = text(error.messageKey(), error.arguments().toArray());
        said.append(error.field()).append(": ").append(text).append("; ");
        message(
            formId == null || error.field() == null ? null : formId + ":" + error.field(),
            FacesMessage.SEVERITY_ERROR,
            error.messageKey(),
            error.arguments().toArray());
      }
      audit.record(
          op.login(),
          action,
          tenantId,
          tenantSlug,
          details,
          OperatorAuditEntry.Outcome.FAILED,
          said.toString(),
          address);
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    } catch (RuntimeException e) {
      audit.record(
          op.login(),
          action,
          tenantId,
          tenantSlug,
          details,
          OperatorAuditEntry.Outcome.FAILED,
          String.valueOf(e.getMessage()),
          address);
      message(
          null, FacesMessage.SEVERITY_ERROR, "admin.action.failed", String.valueOf(e.getMessage()));
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}
