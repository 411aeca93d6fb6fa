package org.opencrm.crm.platform.tenant;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencrm.crm.platform.i18n.Messages;
import org.opencrm.crm.platform.mail.MailSender;
import org.opencrm.crm.platform.mail.OutgoingMail;
import org.opencrm.crm.platform.security.PasswordPolicy;
import org.opencrm.crm.platform.security.PasswordResets;
import org.opencrm.crm.platform.security.UserAccount;
import org.opencrm.crm.platform.security.UserDirectory;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Creating a tenant for an operator: the data is checked and the slug taken at once, the rest runs
 * in the background (its progress is the tenant's {@link ProvisioningStep}). The first
 * administrator either gets an initial password from the operator, to be changed at the first
 * login, or an invitation by e-mail with a link to choose one.
 */
@ApplicationScoped
public class TenantCreation {

  private static final Logger LOG = Logger.getLogger(TenantCreation.class.getName());

  /** How long an invitation link works. */
  public static final Duration INVITATION_VALID_FOR = Duration.ofDays(7);

  /** How the first administrator gets in. */
  public enum FirstLogin {
    /** With the initial password the operator typed, changed at the first login. */
    PASSWORD,
    /** With a link sent by e-mail. */
    INVITE
  }

  /**
   * A creation request.
   *
   * @param dbServer the database server's code; null for the least loaded one with room
   * @param linkBase the address the tenant's users reach, e.g. {@code https://acme.crm.example.com}
   *     (for the invitation link)
   */
  public record Request(
      NewTenant spec,
      String planCode,
      String dbServer,
      FirstLogin firstLogin,
      String linkBase,
      Locale locale) {}

  @Inject TenantProvisioning provisioning;
  @Inject TenantWork work;
  @Inject UserDirectory users;
  @Inject PasswordResets resets;
  @Inject MailSender mail;

  @Resource ManagedExecutorService executor;

  /**
   * Checks the request, registers the tenant and starts creating it in the background.
   *
   * @throws ValidationException on bad data, a slug in use or a weak initial password
   */
  public TenantRef start(Request request) {
    Request effective = request;
    List<FieldError> errors =
        new java.util.ArrayList<>(TenantProvisioning.problems(request.spec(), false));
    if (request.firstLogin() == FirstLogin.PASSWORD) {
      errors.addAll(
          PasswordPolicy.problems(
              request.spec().adminPassword(), request.spec().adminEmail(), "adminPassword"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    if (request.firstLogin() != FirstLogin.PASSWORD) {
      // Nobody ever learns this password: the invitation link sets the real one.
      byte[] secret = new byte[24];
      new SecureRandom().nextBytes(secret);
      NewTenant s = request.spec();
      effective =
          new Request(
              new NewTenant(
                  s.slug(),
                  s.displayName(),
                  s.phoneRegion(),
                  s.currency(),
                  s.timeZone(),
                  s.adminEmail(),
                  s.adminName(),
                  "Inv1" + Base64.getUrlEncoder().encodeToString(secret)),
              request.planCode(),
              request.dbServer(),
              request.firstLogin(),
              request.linkBase(),
              request.locale());
    }
    TenantRef ref =
        provisioning.register(effective.spec(), effective.planCode(), effective.dbServer());
    Request job = effective;
    executor.execute(() -> finish(job));
    return ref;
  }

  private void finish(Request request) {
    TenantRef tenant;
    try {
      tenant = provisioning.provision(request.spec());
    } catch (RuntimeException e) {
      return; // the tenant is FAILED with the message; provisioning logged it
    }
    try {
      work.inTenant(
          tenant,
          null,
          () -> {
            UserAccount admin = users.findByEmail(request.spec().adminEmail()).orElseThrow();
            if (request.firstLogin() == FirstLogin.PASSWORD) {
              users.requirePasswordChange(admin.getId());
            } else {
              invite(tenant, admin, request);
            }
            return null;
          });
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Tenant "
              + tenant.slug()
              + " is active, but its admin's first login could not be prepared",
          e);
    }
  }

  private void invite(TenantRef tenant, UserAccount admin, Request request) {
    PasswordResets.Issued issued = resets.invite(admin, INVITATION_VALID_FOR, null);
    String link = request.linkBase() + "/reset-password.xhtml?token=" + issued.token();
    Locale locale = request.locale() == null ? Messages.RUSSIAN : request.locale();
    mail.sendLater(
        new OutgoingMail(
            admin.getEmail(),
            Messages.get(locale, "invite.mail.subject", tenant.displayName()),
            Messages.get(
                locale,
                "invite.mail.text",
                admin.getFullName(),
                tenant.displayName(),
                link,
                request.linkBase() + "/login.xhtml",
                admin.getEmail())));
  }
}
