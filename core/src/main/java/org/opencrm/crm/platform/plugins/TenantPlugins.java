package org.opencrm.crm.platform.plugins;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.opencrm.crm.platform.persistence.DatabaseNames;
import org.opencrm.crm.platform.plan.TenantPlan;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Installed plugins and their per-tenant wish in the control schema ({@code installed_plugin},
 * {@code tenant_plugin}). Enabling is refused when the tenant's plan does not allow the plugin;
 * disabling keeps the plugin's data and its applied version, so enabling again resumes.
 */
@ApplicationScoped
public class TenantPlugins {

  @Resource(lookup = "java:jboss/datasources/CrmMigrationDS")
  DataSource db;

  @Inject TenantPlan plans;

  /** Every installed plugin as it stands for the tenant, by name. */
  public List<PluginState> of(Long tenantId) {
    TenantPlan.Limits plan = plans.of(tenantId);
    List<PluginState> result = new ArrayList<>();
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT i.plugin_id, i.name, i.version, tp.enabled, tp.applied_version,"
                    + " tp.changed_at FROM "
                    + table("installed_plugin")
                    + " i LEFT JOIN "
                    + table("tenant_plugin")
                    + " tp ON tp.plugin_id = i.plugin_id AND tp.tenant_id = ? ORDER BY i.name")) {
      s.setLong(1, tenantId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Timestamp changed = r.getTimestamp(6);
          result.add(
              new PluginState(
                  r.getString(1),
                  r.getString(2),
                  r.getString(3),
                  r.getBoolean(4),
                  r.getString(5),
                  changed == null ? null : changed.toInstant(),
                  allows(plan.allowedPlugins(), r.getString(1))));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the plugins of tenant " + tenantId, e);
    }
    return result;
  }

  /**
   * Records that the plugin is to be enabled for the tenant.
   *
   * @throws ValidationException when it is not installed or the plan does not allow it
   */
  public void enable(Long tenantId, String pluginId) {
    PluginState state =
        of(tenantId).stream()
            .filter(p -> p.pluginId().equals(pluginId))
            .findFirst()
            .orElseThrow(
                () -> new ValidationException(List.of(FieldError.of(null, "plugin.notInstalled"))));
    if (!state.allowedByPlan()) {
      throw new ValidationException(List.of(FieldError.of(null, "plugin.notInPlan", state.name())));
    }
    write(tenantId, pluginId, true);
  }

  /** Records that the plugin is to be disabled for the tenant; its data stays. */
  public void disable(Long tenantId, String pluginId) {
    write(tenantId, pluginId, false);
  }

  static boolean allows(String allowedPlugins, String pluginId) {
    String list = allowedPlugins == null ? "" : allowedPlugins.strip();
    if (list.equals("*")) {
      return true;
    }
    for (String id : list.split(",")) {
      if (id.strip().equals(pluginId)) {
        return true;
      }
    }
    return false;
  }

  private void write(Long tenantId, String pluginId, boolean enabled) {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO "
                    + table("tenant_plugin")
                    + " (tenant_id, plugin_id, enabled, changed_at) VALUES (?, ?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE enabled = VALUES(enabled),"
                    + " changed_at = VALUES(changed_at)")) {
      s.setLong(1, tenantId);
      s.setString(2, pluginId);
      s.setBoolean(3, enabled);
      s.setTimestamp(4, Timestamp.from(Instant.now()));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot record the plugin wish", e);
    }
  }

  private static String table(String name) {
    return "`" + DatabaseNames.controlSchema() + "`." + name;
  }
}
