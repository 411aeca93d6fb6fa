package org.opencrm.crm.admin.dbserver;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.opencrm.crm.admin.web.Console;
import org.opencrm.crm.platform.dbserver.DatabaseServer;
import org.opencrm.crm.platform.dbserver.DatabaseServerRegistry;
import org.opencrm.crm.platform.dbserver.DatabaseServerRegistry.ServerForm;
import org.opencrm.crm.platform.dbserver.DatabaseServers;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Lists the database servers with their tenant counts; the form below registers one (after
 * connecting to it) or changes the one picked. A server registered here takes tenants at once: its
 * pool is built on first use.
 */
@Named
@ViewScoped
public class DatabaseServerEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DatabaseServerRegistry registry;
  @Inject DatabaseServers servers;
  @Inject Console console;

  private String code = "";
  private String displayName = "";
  private String host = "";
  private Integer port = 3306;
  private String username = "";
  private String password = "";
  private Integer maxTenants;
  private boolean acceptsNewTenants = true;
  private boolean editing;
  private boolean builtIn;
  private transient List<DatabaseServer> list;

  public List<DatabaseServer> getServers() {
    if (list == null) {
      list = registry.list();
    }
    return list;
  }

  /** Fills the form with a server to change it (the password is never shown). */
  public void pick(String serverCode) {
    registry
        .find(serverCode)
        .ifPresent(
            s -> {
              code = s.code();
              displayName = s.displayName();
              host = s.host();
              port = s.port();
              username = s.username();
              password = "";
              maxTenants = s.maxTenants();
              acceptsNewTenants = s.acceptsNewTenants();
              builtIn = s.builtIn();
              editing = true;
            });
  }

  /** Connects to the server as entered and says what answered, without saving anything. */
  public void check() {
    String version =
        console.act(
            "CHECK_DB_SERVER",
            null,
            null,
            host + ":" + port,
            "server",
            () ->
                probe(
                    new ServerForm(code, displayName, host, port, username, password, null, true),
                    editing && password.isEmpty() ? storedPassword() : password));
    if (version != null) {
      console.message(null, FacesMessage.SEVERITY_INFO, "dbServer.reachable", version);
    }
  }

  public void save() {
    ServerForm form =
        new ServerForm(
            code == null ? null : code.strip(),
            displayName,
            host,
            port,
            username,
            password,
            maxTenants,
            acceptsNewTenants);
    Boolean saved =
        console.act(
            editing ? "CHANGE_DB_SERVER" : "REGISTER_DB_SERVER",
            null,
            null,
            form.code()
                + (builtIn ? "" : " " + form.host() + ":" + form.port() + " as " + form.username())
                + ", capacity="
                + form.maxTenants()
                + ", acceptsNew="
                + form.acceptsNewTenants(),
            "server",
            () -> {
              registry.check(form, !editing);
              if (!editing) {
                probe(form, form.password());
                registry.register(form, servers.secrets());
              } else {
                if (!builtIn && (!password.isEmpty() || addressDiffers())) {
                  probe(form, password.isEmpty() ? storedPassword() : password);
                }
                registry.update(form, servers.secrets());
                servers.forget(form.code());
              }
              return Boolean.TRUE;
            });
    if (saved != null) {
      console.message(null, FacesMessage.SEVERITY_INFO, "dbServer.saved", displayName);
      clear();
    }
  }

  /** Removes a server that holds no tenant. */
  public void remove(String serverCode) {
    Boolean removed =
        console.act(
            "REMOVE_DB_SERVER",
            null,
            null,
            serverCode,
            "list",
            () -> {
              registry.remove(serverCode);
              servers.forget(serverCode);
              return Boolean.TRUE;
            });
    if (removed != null) {
      console.message(null, FacesMessage.SEVERITY_INFO, "dbServer.removed", serverCode);
      list = null;
    }
  }

  /**
   * Connects to the server of the form; returns its version. A server that does not answer is never
   * registered.
   */
  private String probe(ServerForm form, String secret) {
    List<FieldError> missing = new ArrayList<>();
    if (form.host() == null || form.host().isBlank()) {
      missing.add(FieldError.of("host", "field.required"));
    }
    if (form.port() == null) {
      missing.add(FieldError.of("port", "field.required"));
    }
    if (form.username() == null || form.username().isBlank()) {
      missing.add(FieldError.of("username", "field.required"));
    }
    if (!missing.isEmpty()) {
      throw new ValidationException(missing);
    }
    return servers.probe(
        form.host().strip(), form.port(), form.username().strip(), secret, editing ? code : null);
  }

  private String storedPassword() {
    return servers.secrets().open(registry.find(code).orElseThrow().passwordSecret());
  }

  private boolean addressDiffers() {
    return registry
        .find(code)
        .map(
            s ->
                !java.util.Objects.equals(s.host(), host == null ? null : host.strip())
                    || !java.util.Objects.equals(s.port(), port)
                    || !java.util.Objects.equals(
                        s.username(), username == null ? null : username.strip()))
        .orElse(true);
  }

  public void clear() {
    code = "";
    displayName = "";
    host = "";
    port = 3306;
    username = "";
    password = "";
    maxTenants = null;
    acceptsNewTenants = true;
    editing = false;
    builtIn = false;
    list = null;
  }

  public boolean isEditing() {
    return editing;
  }

  public boolean isBuiltIn() {
    return builtIn;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  public Integer getPort() {
    return port;
  }

  public void setPort(Integer port) {
    this.port = port;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password == null ? "" : password;
  }

  public Integer getMaxTenants() {
    return maxTenants;
  }

  public void setMaxTenants(Integer maxTenants) {
    this.maxTenants = maxTenants;
  }

  public boolean isAcceptsNewTenants() {
    return acceptsNewTenants;
  }

  public void setAcceptsNewTenants(boolean acceptsNewTenants) {
    this.acceptsNewTenants = acceptsNewTenants;
  }
}
