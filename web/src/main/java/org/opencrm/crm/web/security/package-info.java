/**
 * Login of tenant users: a Jakarta Security mechanism that restores the session's user on every
 * request, an identity store that checks passwords in the tenant's own schema, and the login and
 * logout screens.
 */
package org.opencrm.crm.web.security;
