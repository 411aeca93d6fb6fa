package org.opencrm.crm.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Locale;
import org.opencrm.crm.platform.i18n.Messages;

/** Texts in the session's language, and Faces messages built from them. */
@RequestScoped
public class Texts {

  @Inject UserPreferences preferences;

  public Locale locale() {
    return preferences.getLocale();
  }

  /** A count with its noun in the right grammatical form. */
  public String plural(String key, long n) {
    return Messages.plural(locale(), key, n);
  }

  public String get(String key, Object... arguments) {
    return Messages.get(locale(), key, arguments);
  }

  /**
   * Adds a message for a component (by client id), or for the page when {@code clientId} is null.
   */
  public void message(
      String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
    String text = get(key, arguments);
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }

  /** A message that survives the redirect that follows an action. */
  public void flash(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    message(null, FacesMessage.SEVERITY_INFO, key, arguments);
  }
}
