/** The user's own profile: password change and login history. */
package org.opencrm.crm.web.profile;
