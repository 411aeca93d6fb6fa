package org.opencrm.crm.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One login, failed login attempt or password reset of a user: when, from which address and
 * browser. Users see their own, so they notice someone trying their account.
 */
@Entity
@Table(name = "login_event")
@NamedQuery(
    name = "LoginEvent.ofUser",
    query =
        "SELECT e FROM LoginEvent e WHERE e.userId = :userId ORDER BY e.occurredAt DESC, e.id DESC")
public class LoginEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column private String address;

  @Column(name = "user_agent")
  private String userAgent;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Outcome outcome;

  /** What happened. */
  public enum Outcome {
    SUCCESS,
    FAILED,
    PASSWORD_RESET
  }

  protected LoginEvent() {}

  public LoginEvent(Long userId, String address, String userAgent, Outcome outcome) {
    this.userId = userId;
    this.outcome = outcome;
    this.occurredAt = Instant.now();
    this.address = cut(address, 64);
    this.userAgent = cut(userAgent, 500);
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getAddress() {
    return address;
  }

  public String getUserAgent() {
    return userAgent;
  }

  public Outcome getOutcome() {
    return outcome;
  }
}
