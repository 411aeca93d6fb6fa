/** Turns failures into pages in the user's language with the right status, never a stack trace. */
package org.opencrm.crm.web.errors;
