package org.opencrm.crm.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.opencrm.crm.platform.i18n.Messages;
import org.opencrm.crm.platform.security.CurrentActor;
import org.opencrm.crm.platform.security.UserDirectory;

/**
 * The language of the session's pages. Starts from the user's saved choice (after login), the
 * language last chosen in this browser, or the browser's preference; switching saves it on the
 * user's account and in the browser.
 */
@Named
@SessionScoped
public class UserPreferences implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentActor actor;
  @Inject UserDirectory users;

  /** Remembers the language in the browser, so the login screen after a logout keeps it. */
  static final String COOKIE = "crm-lang";

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      if (faces == null) {
        return Messages.RUSSIAN;
      }
      Object cookie = faces.getExternalContext().getRequestCookieMap().get(COOKIE);
      if (cookie instanceof Cookie c && ("ru".equals(c.getValue()) || "en".equals(c.getValue()))) {
        locale = Messages.supported(Locale.forLanguageTag(c.getValue()));
      } else {
        locale =
            Messages.fromAcceptLanguage(
                faces.getExternalContext().getRequestHeaderMap().get("Accept-Language"));
      }
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
    faces
        .getExternalContext()
        .addResponseCookie(
            COOKIE,
            locale.getLanguage(),
            Map.of("maxAge", 365 * 24 * 3600, "path", "/", "httpOnly", true, "SameSite", "Lax"));
    faces.getViewRoot().setLocale(locale);
    // Back to the same page with its view parameters (the card's id, the list's search).
    String url =
        faces
            .getApplication()
            .getViewHandler()
            .getBookmarkableURL(faces, faces.getViewRoot().getViewId(), Map.of(), true);
    faces.getExternalContext().redirect(url);
  }
}
