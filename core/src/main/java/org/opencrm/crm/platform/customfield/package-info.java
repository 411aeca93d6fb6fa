/**
 * Custom fields: fields a tenant adds to an entity (text, number, money, date, list, multi-list,
 * checkbox, link to a record), their values on records, the checks of those values, and the list
 * filters on them. An entity takes part by calling {@link
 * org.opencrm.crm.platform.customfield.CustomValueStore} from its service and by letting its filter
 * carry {@link org.opencrm.crm.platform.customfield.CustomCondition}s.
 */
package org.opencrm.crm.platform.customfield;
