package org.opencrm.crm.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One successful login: when, from which address and browser. Users see their own. */
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

  protected LoginEvent() {}

  public LoginEvent(Long userId, String address, String userAgent) {
    this.userId = userId;
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
}
