/** The trash: deleted records of every entity, restorable for 30 days. */
package org.opencrm.crm.web.trash;
