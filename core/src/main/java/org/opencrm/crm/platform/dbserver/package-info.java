/**
 * The database servers tenant schemas live on: their registry in the control schema, a connection
 * pool per server built at run time, the choice of server for a new tenant, and the encryption of
 * their passwords at rest.
 */
package org.opencrm.crm.platform.dbserver;
