package org.opencrm.crm.platform.plugins;

import java.io.Serializable;
import java.time.Instant;

/**
 * One installed plugin as it stands for one tenant.
 *
 * @param enabled whether an operator enabled it for the tenant (data of a disabled one is kept)
 * @param appliedVersion the plugin changelog version applied to the tenant's schema, or null
 * @param allowedByPlan whether the tenant's plan allows enabling it
 */
public record PluginState(
    String pluginId,
    String name,
    String version,
    boolean enabled,
    String appliedVersion,
    Instant changedAt,
    boolean allowedByPlan)
    implements Serializable {}
