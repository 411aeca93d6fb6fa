package org.opencrm.crm.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.opencrm.crm.platform.i18n.Messages;
import org.opencrm.crm.platform.security.CurrentActor;
import org.opencrm.crm.platform.security.UserDirectory;

/**
 * The language of the session's pages. Starts from the user's saved choice (after login) or the
 * browser's preference; switching saves it on the user's account.
 */
@Named
@SessionScoped
public class UserPreferences implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentActor actor;
  @Inject UserDirectory users;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      String accepted =
          faces == null
              ? null
              : faces.getExternalContext().getRequestHeaderMap().get("Accept-Language");
      locale = Messages.fromAcceptLanguage(accepted);
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  /** Used right after login with the language saved on the account. */
  public void restore(String language) {
    if (language != null && !language.isBlank()) {
      locale = Messages.supported(Locale.forLanguageTag(language));
    }
  }

  /** Switches the language and reloads the page. */
  public void switchTo(String language) throws IOException {
    locale = Messages.supported(Locale.forLanguageTag(language));
    actor.user().ifPresent(u -> users.changeLocale(u.userId(), locale.getLanguage()));
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String query = request.getQueryString();
    external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
  }
}
