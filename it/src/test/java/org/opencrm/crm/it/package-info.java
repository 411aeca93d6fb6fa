/** Integration tests: the real applications on a real WildFly against a real database. */
package org.opencrm.crm.it;
