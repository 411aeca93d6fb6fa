package org.opencrm.crm.web.security;

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
import java.util.Optional;
import org.opencrm.crm.platform.security.CurrentUser;
import org.opencrm.crm.platform.security.LoginThrottle;
import org.opencrm.crm.platform.security.UserDirectory;
import org.opencrm.crm.platform.tenant.TenantRef;
import org.opencrm.crm.platform.web.ClientAddresses;
import org.opencrm.crm.web.i18n.Texts;
import org.opencrm.crm.web.i18n.UserPreferences;

/**
 * The login screen. On a company's own address the company is known; on the bare address the user
 * types it. Messages say what went wrong without telling which of e-mail or password was.
 */
@Named
@RequestScoped
public class LoginPage {

  @Inject SecurityContext security;
  @Inject LoginThrottle throttle;
  @Inject CompanyOfRequest company;
  @Inject UserDirectory users;
  @Inject Texts texts;
  @Inject UserPreferences preferences;

  private String companyName = "";
  private String email = "";
  private String password = "";

  /** Sends an already logged-in user to the application; shows why the user is here. */
  public void onLoad() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (request.getSession(false) != null
        && request.getSession(false).getAttribute(SessionKeys.USER) != null) {
      external.redirect(request.getContextPath() + "/app/contacts.xhtml");
      return;
    }
    if (external.getRequestParameterMap().containsKey("expired")) {
      texts.message(null, FacesMessage.SEVERITY_WARN, "login.expired");
    } else if (external.getRequestParameterMap().containsKey("loggedOut")) {
      texts.message(null, FacesMessage.SEVERITY_INFO, "login.loggedOut");
    } else if (external.getRequestParameterMap().containsKey("ended")) {
      texts.message(null, FacesMessage.SEVERITY_WARN, "login.session.ended");
    } else if (external.getRequestParameterMap().containsKey("reset")) {
      texts.message(null, FacesMessage.SEVERITY_INFO, "login.reset.done");
    } else if (external.getRequestParameterMap().containsKey("inactive")) {
      texts.message(null, FacesMessage.SEVERITY_WARN, "login.session.inactive");
    }
  }

  /** The company the address names, or null on the bare address. */
  public TenantRef getHostTenant() {
    return company.hostTenant();
  }

  public String login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    Optional<TenantRef> resolved = company.resolve(companyName, "login:company");
    if (resolved.isEmpty()) {
      return null;
    }
    if (email == null || email.isBlank() || password == null || password.isEmpty()) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, "login.required");
      return null;
    }
    TenantRef tenant = resolved.get();
    String loginKey = LoginThrottle.loginKey(tenant.slug(), email);
    String addressKey =
        LoginThrottle.addressKey(ClientAddresses.of((HttpServletRequest) external.getRequest()));
    if (throttle.locked(List.of(loginKey, addressKey))) {
      password = "";
      texts.message(null, FacesMessage.SEVERITY_ERROR, "login.throttled");
      return null;
    }
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new TenantCredential(tenant.slug(), email, password))
                .newAuthentication(true));
    if (status != AuthenticationStatus.SUCCESS) {
      throttle.failed(loginKey, addressKey);
      HttpServletRequest request = (HttpServletRequest) external.getRequest();
      users.recordFailedLogin(email, ClientAddresses.of(request), request.getHeader("User-Agent"));
      password = "";
      texts.message(null, FacesMessage.SEVERITY_ERROR, "login.failed");
      return null;
    }
    throttle.succeeded(loginKey);
    var session = ((HttpServletRequest) external.getRequest()).getSession();
    if (session.getAttribute(SessionKeys.USER) instanceof CurrentUser current) {
      users.find(current.userId()).ifPresent(u -> preferences.restore(u.getLocale()));
      HttpServletRequest request = (HttpServletRequest) external.getRequest();
      users.recordLogin(
          current.userId(), ClientAddresses.of(request), request.getHeader("User-Agent"));
    }
    Object asked = session.getAttribute(SessionKeys.AFTER_LOGIN);
    session.removeAttribute(SessionKeys.AFTER_LOGIN);
    String app = external.getRequestContextPath() + "/app/";
    external.redirect(
        asked instanceof String path && path.startsWith(app) && !path.contains("//")
            ? path
            : app + "contacts.xhtml");
    faces.responseComplete();
    return null;
  }

  /** Ends the session (a POST from the user menu) and shows the login screen. */
  public void logout() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=1");
  }

  public String getCompany() {
    return companyName;
  }

  public void setCompany(String company) {
    this.companyName = company;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
