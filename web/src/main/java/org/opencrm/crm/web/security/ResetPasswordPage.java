package org.opencrm.crm.web.security;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.opencrm.crm.platform.security.PasswordResets;
import org.opencrm.crm.platform.security.UserAccount;
import org.opencrm.crm.platform.tenant.TenantRef;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;
import org.opencrm.crm.platform.web.ClientAddresses;
import org.opencrm.crm.web.i18n.Texts;

/**
 * Opened from the reset e-mail: shows whose password the link sets, takes the new one twice, and
 * sends the user to the login page. A used or expired link says so and offers a new one.
 */
@Named
@ViewScoped
public class ResetPasswordPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CompanyOfRequest company;
  @Inject PasswordResets resets;
  @Inject Texts texts;

  private String token;
  private String companyName;
  private String email;
  private String password = "";
  private String repeat = "";

  /** Checks the link when the page opens. */
  public void onLoad() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    token = external.getRequestParameterMap().get("token");
    companyName = external.getRequestParameterMap().get("company");
    Optional<UserAccount> user = user();
    email = user.map(UserAccount::getEmail).orElse(null);
    if (email == null) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, "reset.invalid");
    }
  }

  private Optional<UserAccount> user() {
    if (token == null || company.resolve(companyName, null).isEmpty()) {
      return Optional.empty();
    }
    return resets.userOf(token);
  }

  public void save() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    Optional<TenantRef> tenant = company.resolve(companyName, null);
    if (tenant.isEmpty() || token == null) {
      email = null;
      return;
    }
    try {
      HttpServletRequest request = (HttpServletRequest) external.getRequest();
      resets.complete(
          token, password, repeat, ClientAddresses.of(request), request.getHeader("User-Agent"));
    } catch (ValidationException e) {
      for (FieldError error : e.errors()) {
        texts.message(
            "reset:" + error.field(),
            FacesMessage.SEVERITY_ERROR,
            error.messageKey(),
            error.arguments().toArray());
      }
      faces.validationFailed();
      return;
    } catch (IllegalStateException e) {
      email = null;
      texts.message(null, FacesMessage.SEVERITY_ERROR, "reset.invalid");
      return;
    } finally {
      password = "";
      repeat = "";
    }
    String query = company.hostTenant() == null ? "&company=" + tenant.get().slug() : "";
    external.redirect(external.getRequestContextPath() + "/login.xhtml?reset=1" + query);
    faces.responseComplete();
  }

  /** The e-mail of the user the link is for; null when the link cannot be used. */
  public String getEmail() {
    return email;
  }

  /** Where to ask for a new link, keeping the company on the bare address. */
  public String getForgotLink() {
    return "/forgot-password.xhtml"
        + (company.hostTenant() == null && companyName != null
            ? "?company="
                + java.net.URLEncoder.encode(companyName, java.nio.charset.StandardCharsets.UTF_8)
            : "");
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
