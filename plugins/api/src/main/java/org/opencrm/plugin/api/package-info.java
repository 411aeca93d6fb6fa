/**
 * Extension points and host services for plugins. This jar is the only contract between the core
 * and a plugin; it changes by semantic versioning.
 */
package org.opencrm.plugin.api;
