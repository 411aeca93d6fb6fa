package org.opencrm.crm.admin.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.opencrm.crm.platform.i18n.Messages;
import org.opencrm.crm.platform.security.LoginThrottle;
import org.opencrm.crm.platform.web.ClientAddresses;

/** The console's login and logout. */
@Named
@RequestScoped
public class OperatorLogin {

  @Inject SecurityContext security;
  @Inject LoginThrottle throttle;

  private String login = "";
  private String password = "";

  public Locale getLocale() {
    return Messages.fromAcceptLanguage(
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestHeaderMap()
            .get("Accept-Language"));
  }

  public void onLoad() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (external.getRequestParameterMap().containsKey("expired")) {
      message(FacesMessage.SEVERITY_WARN, "login.expired");
    } else if (external.getRequestParameterMap().containsKey("loggedOut")) {
      message(FacesMessage.SEVERITY_INFO, "login.loggedOut");
    }
  }

  public void login() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String loginKey = LoginThrottle.loginKey("operator", login);
    String addressKey =
        LoginThrottle.addressKey(ClientAddresses.of((HttpServletRequest) external.getRequest()));
    if (throttle.locked(List.of(loginKey, addressKey))) {
      password = "";
      message(FacesMessage.SEVERITY_ERROR, "login.throttled");
      return;
    }
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new OperatorCredential(login, password))
                .newAuthentication(true));
    if (status != AuthenticationStatus.SUCCESS) {
      throttle.failed(loginKey, addressKey);
      password = "";
      message(FacesMessage.SEVERITY_ERROR, "admin.login.failed");
      return;
    }
    throttle.succeeded(loginKey);
    external.redirect(external.getRequestContextPath() + "/console/tenants.xhtml");
  }

  public void logout() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=1");
  }

  private void message(FacesMessage.Severity severity, String key) {
    String text = Messages.get(getLocale(), key);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
