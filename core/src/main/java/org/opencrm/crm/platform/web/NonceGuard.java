package org.opencrm.crm.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.opencrm.crm.platform.i18n.Messages;

/**
 * Refuses a form or Ajax submit that does not carry the content-security nonce of the page it was
 * rendered with, right after the page's state is restored and before any value is applied or any
 * action runs. Pages add the nonce to every submit by themselves (PrimeFaces' nonce mode); a submit
 * without it is a stale page or was not sent by the page. Answer: 400 and a short page asking to
 * reload.
 */
public class NonceGuard implements PhaseListener {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(NonceGuard.class.getName());

  /** Where PrimeFaces keeps a page's nonce: in the view, and in every submit. */
  static final String NONCE = "primefaces.nonce";

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {}

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (!faces.isPostback() || faces.getViewRoot() == null) {
      return;
    }
    Map<String, Object> view = faces.getViewRoot().getViewMap(false);
    Object expected = view == null ? null : view.get(NONCE);
    if (expected == null) {
      return;
    }
    String sent = faces.getExternalContext().getRequestParameterMap().get(NONCE);
    if (!expected.equals(sent)) {
      LOG.info(() -> "Submit without its page's nonce on " + faces.getViewRoot().getViewId());
      refuse(faces);
    }
  }

  /** Answers 400 with a short page in the page's language and a link to reload it. */
  public static void refuse(FacesContext faces) {
    ExternalContext external = faces.getExternalContext();
    Locale locale =
        faces.getViewRoot() != null && faces.getViewRoot().getLocale() != null
            ? faces.getViewRoot().getLocale()
            : Messages.RUSSIAN;
    String message = Messages.get(locale, "error.400.stale");
    String again = Messages.get(locale, "error.reload");
    String url = ((HttpServletRequest) external.getRequest()).getRequestURI();
    try {
      if (!external.isResponseCommitted()) {
        external.responseReset();
      }
      external.setResponseStatus(400);
      external.setResponseContentType("text/html;charset=UTF-8");
      external
          .getResponseOutputWriter()
          .write(
              "<!DOCTYPE html><html lang=\""
                  + locale.getLanguage()
                  + "\"><head><meta charset=\"UTF-8\"><title>400</title></head><body>"
                  + "<p id=\"error-message\">"
                  + escape(message)
                  + "</p><p><a href=\""
                  + escape(url)
                  + "\">"
                  + escape(again)
                  + "</a></p></body></html>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
