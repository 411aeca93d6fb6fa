/** What every record's screens share: saving a form with every problem shown at its field. */
package org.opencrm.crm.web.record;
