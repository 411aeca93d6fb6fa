package org.opencrm.crm.web.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.function.Function;
import java.util.function.Supplier;
import org.opencrm.crm.platform.plan.PlanLimitException;
import org.opencrm.crm.platform.record.RecordNotFoundException;
import org.opencrm.crm.platform.security.AccessDeniedException;
import org.opencrm.crm.platform.validation.ConcurrentChangeException;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;
import org.opencrm.crm.web.i18n.Texts;

/**
 * Runs a record form's save and turns every refusal into messages: field problems next to their
 * fields, a concurrent change naming who made it, a plan limit, a record gone or out of reach. The
 * entity's texts are {@code <entity>.conflict}, {@code .notFound} and {@code .denied}.
 */
@RequestScoped
public class RecordForms {

  @Inject Texts texts;

  /**
   * @param clientIdOf the client id of the input a field error belongs to, or null for the page
   * @return what the write returned, or null when it was refused (the messages are posted)
   */
  public <T> T save(String entity, Supplier<T> write, Function<String, String> clientIdOf) {
    try {
      return write.get();
    } catch (ValidationException e) {
      for (FieldError error : e.errors()) {
        texts.message(
            clientIdOf.apply(error.field()),
            FacesMessage.SEVERITY_ERROR,
            error.messageKey(),
            error.arguments().toArray());
      }
      FacesContext.getCurrentInstance().validationFailed();
    } catch (ConcurrentChangeException e) {
      texts.message(
          null,
          FacesMessage.SEVERITY_ERROR,
          entity + ".conflict",
          e.changedBy() == null ? texts.get("history.someone") : e.changedBy());
    } catch (PlanLimitException e) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments().toArray());
    } catch (RecordNotFoundException e) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, entity + ".notFound");
    } catch (AccessDeniedException e) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, entity + ".denied");
    }
    return null;
  }
}
