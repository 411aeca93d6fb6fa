package org.opencrm.crm.admin.dbserver;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opencrm.crm.platform.dbserver.DatabaseServer;
import org.opencrm.crm.platform.dbserver.DatabaseServerRegistry;

/**
 * The database servers a new or imported company may be placed on, for the forms' server menu (its
 * empty choice is "least loaded"); a full or closed server is shown but cannot be picked.
 */
@Named
@RequestScoped
public class ServerChoice {

  @Inject DatabaseServerRegistry registry;

  private List<DatabaseServer> servers;

  public List<DatabaseServer> getServers() {
    if (servers == null) {
      servers = registry.list();
    }
    return servers;
  }

  /** The form's value as the creation expects it: null for "least loaded". */
  public static String chosen(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
