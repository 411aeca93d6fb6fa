package org.opencrm.crm.admin.plan;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.opencrm.crm.admin.web.Console;
import org.opencrm.crm.platform.plan.Plan;
import org.opencrm.crm.platform.plan.PlanCatalog;

/** Lists the plans; the form below creates one or changes the one picked. Empty limit: none. */
@Named
@ViewScoped
public class PlanEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PlanCatalog catalog;
  @Inject Console console;

  private String code = "";
  private String name = "";
  private Integer apiRequestsPerMinute = 120;
  private Integer maxUsers;
  private Long maxRecords;
  private Integer maxStorageMb;
  private String allowedPlugins = "*";
  private boolean editing;

  public List<Plan> getPlans() {
    return catalog.list();
  }

  /** Fills the form with a plan to change it. */
  public void pick(String planCode) {
    catalog
        .find(planCode)
        .ifPresent(
            p -> {
              code = p.getCode();
              name = p.getName();
              apiRequestsPerMinute = p.getApiRequestsPerMinute();
              maxUsers = p.getMaxUsers();
              maxRecords = p.getMaxRecords();
              maxStorageMb = p.getMaxStorageMb();
              allowedPlugins = p.getAllowedPlugins();
              editing = true;
            });
  }

  public void save() {
    Plan saved =
        console.act(
            editing ? "CHANGE_PLAN_LIMITS" : "CREATE_PLAN",
            null,
            null,
            code
                + ": api="
                + apiRequestsPerMinute
                + ", users="
                + maxUsers
                + ", records="
                + maxRecords
                + ", storage="
                + maxStorageMb
                + ", plugins="
                + allowedPlugins,
            "plan",
            () ->
                catalog.save(
                    code,
                    name,
                    apiRequestsPerMinute,
                    maxUsers,
                    maxRecords,
                    maxStorageMb,
                    allowedPlugins));
    if (saved != null) {
      console.message(null, FacesMessage.SEVERITY_INFO, "admin.plan.saved", saved.getName());
      clear();
    }
  }

  public void clear() {
    code = "";
    name = "";
    apiRequestsPerMinute = 120;
    maxUsers = null;
    maxRecords = null;
    maxStorageMb = null;
    allowedPlugins = "*";
    editing = false;
  }

  public boolean isEditing() {
    return editing;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getApiRequestsPerMinute() {
    return apiRequestsPerMinute;
  }

  public void setApiRequestsPerMinute(Integer apiRequestsPerMinute) {
    this.apiRequestsPerMinute = apiRequestsPerMinute;
  }

  public Integer getMaxUsers() {
    return maxUsers;
  }

  public void setMaxUsers(Integer maxUsers) {
    this.maxUsers = maxUsers;
  }

  public Long getMaxRecords() {
    return maxRecords;
  }

  public void setMaxRecords(Long maxRecords) {
    this.maxRecords = maxRecords;
  }

  public Integer getMaxStorageMb() {
    return maxStorageMb;
  }

  public void setMaxStorageMb(Integer maxStorageMb) {
    this.maxStorageMb = maxStorageMb;
  }

  public String getAllowedPlugins() {
    return allowedPlugins;
  }

  public void setAllowedPlugins(String allowedPlugins) {
    this.allowedPlugins = allowedPlugins;
  }
}
