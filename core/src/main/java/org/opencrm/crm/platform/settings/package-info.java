/** The tenant's regional settings: default phone region, currency, time zone and language. */
package org.opencrm.crm.platform.settings;
