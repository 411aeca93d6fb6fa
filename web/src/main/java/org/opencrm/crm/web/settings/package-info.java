/** The company's settings screen: phone region, currency, time zone, language. */
package org.opencrm.crm.web.settings;
