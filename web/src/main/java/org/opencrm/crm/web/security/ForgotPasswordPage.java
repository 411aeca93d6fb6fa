package org.opencrm.crm.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.opencrm.crm.platform.i18n.Messages;
import org.opencrm.crm.platform.mail.MailSender;
import org.opencrm.crm.platform.mail.OutgoingMail;
import org.opencrm.crm.platform.security.PasswordResets;
import org.opencrm.crm.platform.tenant.TenantRef;
import org.opencrm.crm.platform.web.ClientAddresses;
import org.opencrm.crm.web.i18n.Texts;

/**
 * "Forgot your password?": sends a reset link to the address a user types. The answer is the same
 * whether or not the address belongs to a user, so nobody learns who works at a company.
 */
@Named
@RequestScoped
public class ForgotPasswordPage {

  @Inject CompanyOfRequest company;
  @Inject PasswordResets resets;
  @Inject MailSender mail;
  @Inject Texts texts;

  private String companyName = "";
  private String email = "";

  public TenantRef getHostTenant() {
    return company.hostTenant();
  }

  public void send() {
    Optional<TenantRef> tenant = company.resolve(companyName, "forgot:company");
    if (tenant.isEmpty()) {
      return;
    }
    if (email == null || email.isBlank()) {
      texts.message("forgot:email", FacesMessage.SEVERITY_ERROR, "reset.request.email.required");
      return;
    }
    if (email.length() > 254
        || !org.opencrm.crm.platform.validation.EmailAddresses.isValid(email.strip())) {
      email = email.length() > 254 ? "" : email;
      texts.message("forgot:email", FacesMessage.SEVERITY_ERROR, "email.invalid");
      return;
    }
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String address = ClientAddresses.of(request);
    resets
        .request(email.strip(), address)
        .ifPresent(
            issued -> {
              Locale locale =
                  issued.user().getLocale() == null
                      ? texts.locale()
                      : Locale.forLanguageTag(issued.user().getLocale());
              String link =
                  company.link(
                      tenant.get(),
                      "/reset-password.xhtml?token="
                          + URLEncoder.encode(issued.token(), StandardCharsets.UTF_8));
              String companyTitle = tenant.get().displayName();
              mail.sendLater(
                  new OutgoingMail(
                      issued.user().getEmail(),
                      Messages.get(locale, "reset.mail.subject", companyTitle),
                      Messages.get(
                          locale,
                          "reset.mail.text",
                          issued.user().getFullName(),
                          issued.user().getEmail(),
                          companyTitle,
                          link,
                          address)));
            });
    texts.message(null, FacesMessage.SEVERITY_INFO, "reset.request.sent", email.strip());
    email = "";
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
}
