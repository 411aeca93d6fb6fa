package org.opencrm.crm.platform.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A subscription plan. A null limit means "no limit". */
@Entity
@Table(name = "plan")
public class Plan {

  /** The plan every tenant has unless an operator chose another. */
  public static final String DEFAULT = "default";

  @Id
  @Column(length = 40)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "api_requests_per_minute", nullable = false)
  private int apiRequestsPerMinute;

  @Column(name = "max_users")
  private Integer maxUsers;

  @Column(name = "max_records")
  private Long maxRecords;

  @Column(name = "max_storage_mb")
  private Integer maxStorageMb;

  /** Comma-separated plugin ids, or {@code *} for all. */
  @Column(name = "allowed_plugins", nullable = false)
  private String allowedPlugins = "*";

  protected Plan() {}

  public Plan(String code, String name, int apiRequestsPerMinute) {
    this.code = code;
    this.name = name;
    this.apiRequestsPerMinute = apiRequestsPerMinute;
  }

  /** Changes the plan's name and limits; nulls lift a limit. */
  public void change(
      String name,
      int apiRequestsPerMinute,
      Integer maxUsers,
      Long maxRecords,
      Integer maxStorageMb,
      String allowedPlugins) {
    this.name = name;
    this.apiRequestsPerMinute = apiRequestsPerMinute;
    this.maxUsers = maxUsers;
    this.maxRecords = maxRecords;
    this.maxStorageMb = maxStorageMb;
    this.allowedPlugins = allowedPlugins == null || allowedPlugins.isBlank() ? "" : allowedPlugins;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public int getApiRequestsPerMinute() {
    return apiRequestsPerMinute;
  }

  public Integer getMaxUsers() {
    return maxUsers;
  }

  public Long getMaxRecords() {
    return maxRecords;
  }

  public Integer getMaxStorageMb() {
    return maxStorageMb;
  }

  public String getAllowedPlugins() {
    return allowedPlugins;
  }
}
