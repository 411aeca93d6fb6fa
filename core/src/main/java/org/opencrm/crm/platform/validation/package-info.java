/** Validation results that services return to every caller (UI, API, import) the same way. */
package org.opencrm.crm.platform.validation;
