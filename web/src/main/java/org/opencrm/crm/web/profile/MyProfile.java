package org.opencrm.crm.web.profile;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.opencrm.crm.platform.security.CurrentActor;
import org.opencrm.crm.platform.security.CurrentUser;
import org.opencrm.crm.platform.security.UserDirectory;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;
import org.opencrm.crm.web.i18n.Texts;
import org.opencrm.crm.web.security.SessionKeys;

/**
 * My profile: change the password (which ends every other session of mine at their next request)
 * and see where and when I logged in.
 */
@Named
@ViewScoped
public class MyProfile implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One login as the history shows it. */
  public record Login(Instant at, String address, String browser, String outcome)
      implements Serializable {
    /** SUCCESS, FAILED or PASSWORD_RESET. */
    public String getOutcome() {
      return outcome;
    }

    public Instant getAt() {
      return at;
    }

    public String getAddress() {
      return address;
    }

    public String getBrowser() {
      return browser;
    }
  }

  @Inject UserDirectory users;
  @Inject CurrentActor actor;
  @Inject Texts texts;

  private String current = "";
  private String password = "";
  private String repeat = "";

  /** Says why the user is here when an initial password must be changed first. */
  public void onLoad() {
    if (FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .containsKey("initial")) {
      texts.message(null, FacesMessage.SEVERITY_WARN, "password.initial");
    }
  }

  public String getName() {
    return actor.requireUser().fullName();
  }

  public String getEmail() {
    return actor.requireUser().email();
  }

  public List<Login> getLogins() {
    return users.loginHistory(actor.requireUser().userId(), 20).stream()
        .map(
            e ->
                new Login(
                    e.getOccurredAt(), e.getAddress(), e.getUserAgent(), e.getOutcome().name()))
        .toList();
  }

  public void changePassword() {
    try {
      CurrentUser renewed = users.changePassword(actor.requireUser(), current, password, repeat);
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      request.getSession().setAttribute(SessionKeys.USER, renewed);
      request.changeSessionId();
      texts.message(null, FacesMessage.SEVERITY_INFO, "password.changed");
    } catch (ValidationException e) {
      for (FieldError error : e.errors()) {
        texts.message(
            "pwd:" + error.field(),
            FacesMessage.SEVERITY_ERROR,
            error.messageKey(),
            error.arguments().toArray());
      }
      FacesContext.getCurrentInstance().validationFailed();
    } finally {
      current = "";
      password = "";
      repeat = "";
    }
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}
