package org.opencrm.crm.web.errors;

import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencrm.crm.platform.persistence.ReadOnlyTenant;
import org.opencrm.crm.platform.security.AccessDeniedException;

/**
 * Handles what a page action let escape, for full and AJAX requests alike: a permission refusal
 * becomes 403, a missing record 404, a forged field 400, an expired view a trip to the login
 * screen, anything else a logged 500. The error page is rendered in place, so the status code stays
 * what it is.
 */
public class CrmExceptionHandler extends ExceptionHandlerWrapper {

  /** Request attribute with the status the error page shows. */
  public static final String STATUS = "crm.status";

  private static final Logger LOG = Logger.getLogger(CrmExceptionHandler.class.getName());

  public CrmExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Throwable thrown = null;
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable t = events.next().getContext().getException();
      if (thrown == null) {
        thrown = t;
      }
      events.remove();
    }
    if (thrown != null) {
      try {
        render(FacesContext.getCurrentInstance(), thrown);
      } catch (IOException | RuntimeException e) {
        throw new FacesException(thrown);
      }
    }
    getWrapped().handle();
  }

  private static void render(FacesContext faces, Throwable thrown) throws IOException {
    Throwable root = rootCause(thrown);
    ExternalContext external = faces.getExternalContext();
    if (root instanceof ViewExpiredException) {
      external.redirect(external.getRequestContextPath() + "/login.xhtml?expired=1");
      faces.responseComplete();
      return;
    }
    boolean ajax = faces.getPartialViewContext().isAjaxRequest();
    if (ajax && ReadOnlyTenant.refusedWrite(thrown) && !external.isResponseCommitted()) {
      // A save pressed on a page opened before the move began: say why next to the form and keep
      // what the user typed, instead of an answer the page's script would silently drop.
      LOG.log(Level.INFO, "Write refused while the tenant is read-only");
      java.util.Locale locale =
          faces.getViewRoot() == null ? java.util.Locale.ENGLISH : faces.getViewRoot().getLocale();
      faces.addMessage(
          null,
          new jakarta.faces.application.FacesMessage(
              jakarta.faces.application.FacesMessage.SEVERITY_WARN,
              org.opencrm.crm.platform.i18n.Messages.get(locale, "tenant.readOnly.refused"),
              null));
      faces.getPartialViewContext().getRenderIds().clear();
      faces.getPartialViewContext().getRenderIds().add("messages");
      faces.renderResponse();
      return;
    }
    int status;
    if (ReadOnlyTenant.refusedWrite(thrown)) {
      // The tenant is being moved to another database server: nothing was written.
      status = 503;
      external.getRequestMap().put("crm.error", "tenant.readOnly.refused");
      LOG.log(Level.INFO, "Write refused while the tenant is read-only");
    } else if (root instanceof AccessDeniedException) {
      status = 403;
    } else if (root instanceof org.opencrm.crm.platform.record.RecordNotFoundException) {
      status = 404;
    } else if (root instanceof org.primefaces.csp.CspException) {
      // A submit without the nonce of the page it came from (a stale page, or not sent by it),
      // found while rendering, where no other view can be rendered any more: a short page instead.
      LOG.log(Level.INFO, "Form without its page's nonce on " + faces.getViewRoot().getViewId());
      org.opencrm.crm.platform.web.NonceGuard.refuse(faces);
      return;
    } else if (root instanceof NumberFormatException
        || root instanceof IllegalArgumentException
        || root instanceof ProtectedViewException
        || (root instanceof jakarta.servlet.ServletException
            && String.valueOf(root.getMessage()).contains("multi part"))) {
      // Forged or broken form fields (paging, view state, a file form posted without its file):
      // the request is bad, not the server.
      status = 400;
      LOG.log(Level.INFO, "Bad request on " + faces.getViewRoot().getViewId() + ": " + root);
    } else {
      status = 500;
      LOG.log(Level.SEVERE, "Unhandled failure on " + faces.getViewRoot().getViewId(), thrown);
    }
    external.getRequestMap().put(STATUS, status);
    if (!external.isResponseCommitted()) {
      external.responseReset();
    }
    // An ajax request's script ignores an answer with an error status and leaves the page as it
    // was: it gets the error page with 200, and shows it.
    external.setResponseStatus(ajax ? 200 : status);
    if (status == 503) {
      external.setResponseHeader(
          "Retry-After", Integer.toString(ReadOnlyTenant.RETRY_AFTER_SECONDS));
    }
    UIViewRoot errorView =
        faces.getApplication().getViewHandler().createView(faces, "/error.xhtml");
    faces.setViewRoot(errorView);
    faces.getPartialViewContext().setRenderAll(true);
    faces.renderResponse();
  }

  private static Throwable rootCause(Throwable thrown) {
    Throwable t = thrown;
    while (t.getCause() != null && t.getCause() != t) {
      if (t instanceof AccessDeniedException
          || t instanceof org.opencrm.crm.platform.record.RecordNotFoundException) {
        return t;
      }
      t = t.getCause();
    }
    return t;
  }
}
