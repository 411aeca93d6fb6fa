package org.opencrm.crm.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The test run's mail server: GreenMail's SMTP on a free port of 127.0.0.1, started with the run
 * (the server under test is told to send there) and read by the tests.
 */
public final class TestMail {

  private static GreenMail greenMail;

  private TestMail() {}

  /** Starts the SMTP server; returns its port. */
  static synchronized int start() {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    return port;
  }

  static synchronized void stop() {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  /**
   * Waits until a message to this address has arrived and returns the newest one.
   *
   * @throws AssertionError when none comes within the time
   */
  public static MimeMessage awaitTo(String address, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      List<MimeMessage> found = to(address);
      if (!found.isEmpty()) {
        return found.get(found.size() - 1);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
    throw new AssertionError("No mail to " + address + " within " + within);
  }

  /** Every message received so far for this address, oldest first. */
  public static synchronized List<MimeMessage> to(String address) {
    if (greenMail == null) {
      throw new IllegalStateException("The test mail server is not running");
    }
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }
}
