/**
 * Phone numbers: parsing any way people write them into E.164 with the tenant's default region, and
 * the keys that find a number by any format or by its last digits.
 */
package org.opencrm.crm.platform.phone;
