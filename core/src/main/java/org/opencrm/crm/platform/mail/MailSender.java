package org.opencrm.crm.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Sends service mail in the background, so a slow or unreachable SMTP server never holds up the
 * user's page. Failures are logged with the request id of the request that asked for the message.
 */
@ApplicationScoped
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class);

  @Resource ManagedExecutorService executor;

  /** Queues a message; returns at once. */
  public void sendLater(OutgoingMail mail) {
    MailSettings settings = MailSettings.configured();
    var context = java.util.Map.copyOf(MDC.getMap());
    executor.execute(
        () -> {
          context.forEach(MDC::put);
          try {
            send(settings, mail);
          } catch (MessagingException | RuntimeException e) {
            LOG.errorf(e, "Could not send mail \"%s\" to %s", mail.subject(), mail.to());
          } finally {
            MDC.clear();
          }
        });
  }

  /** Sends a message now (or logs it when no SMTP server is configured). */
  public static void send(MailSettings settings, OutgoingMail mail) throws MessagingException {
    if (!settings.enabled()) {
      LOG.infof(
          "No SMTP server configured (crm.smtp.host); mail to %s not sent:%nSubject: %s%n%n%s",
          mail.to(), mail.subject(), mail.text());
      return;
    }
    Session session = Session.getInstance(settings.sessionProperties());
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(settings.from(), true));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setText(mail.text(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    if (settings.user().isBlank()) {
      Transport.send(message);
    } else {
      Transport.send(message, settings.user(), settings.password());
    }
    LOG.infof("Mail \"%s\" sent to %s", mail.subject(), mail.to());
  }
}
