package org.opencrm.crm.web.api;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.opencrm.crm.platform.api.ApiTokens;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.AccessDeniedException;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.settings.TenantSettingsService;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;
import org.opencrm.crm.web.i18n.Texts;

/** API tokens of the company, for administrators: issue (shown once), list, revoke. */
@Named
@ViewScoped
public class ApiTokenAdmin implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A token as the list shows it (never the token itself). */
  public record Row(
      Long id,
      String name,
      String prefix,
      String owner,
      boolean readOnly,
      Instant createdAt,
      Instant lastUsedAt,
      boolean active)
      implements Serializable {
    public Long getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public String getPrefix() {
      return prefix;
    }

    public String getOwner() {
      return owner;
    }

    public boolean isReadOnly() {
      return readOnly;
    }

    public Instant getCreatedAt() {
      return createdAt;
    }

    public Instant getLastUsedAt() {
      return lastUsedAt;
    }

    public boolean isActive() {
      return active;
    }
  }

  @Inject ApiTokens tokens;
  @Inject AccessControl access;
  @Inject Texts texts;

  private String name = "";
  private boolean readOnly;
  private String issued;
  private List<Row> rows;

  public void load() {
    if (!access.can(TenantSettingsService.ENTITY, PermissionAction.EDIT)) {
      throw new AccessDeniedException("API tokens are for administrators");
    }
  }

  /**
   * The list as this page showed it: kept for the page's life, so a row's button acts on the token
   * the user saw there even if someone issued another one meanwhile.
   */
  public List<Row> getRows() {
    if (rows == null) {
      rows = read();
    }
    return rows;
  }

  private List<Row> read() {
    return tokens.list().stream()
        .map(
            t ->
                new Row(
                    t.getId(),
                    t.getName(),
                    "crm_" + t.getPrefix() + "…",
                    t.getOwner().getFullName(),
                    t.isReadOnly(),
                    t.getCreatedAt(),
                    t.getLastUsedAt(),
                    t.isActive()))
        .toList();
  }

  public void issue() {
    issued = null; // a token is shown once: never again after another submit, failed or not
    try {
      issued = tokens.issue(name, readOnly).token();
      rows = null;
      name = "";
      readOnly = false;
    } catch (ValidationException e) {
      for (FieldError error : e.errors()) {
        texts.message(
            "tokens:name",
            FacesMessage.SEVERITY_ERROR,
            error.messageKey(),
            error.arguments().toArray());
      }
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public void revoke(Long id) {
    tokens.revoke(id);
    issued = null;
    rows = null;
    texts.message(null, FacesMessage.SEVERITY_INFO, "api.token.revoked");
  }

  /** The token just issued, shown once; null afterwards. */
  public String getIssued() {
    return issued;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isReadOnly() {
    return readOnly;
  }

  public void setReadOnly(boolean readOnly) {
    this.readOnly = readOnly;
  }
}
