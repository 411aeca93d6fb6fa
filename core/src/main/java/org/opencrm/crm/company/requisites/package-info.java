/**
 * Russian company requisites — INN, KPP, OGRN, OGRNIP, BIK and bank accounts — and their checks by
 * the published check-digit rules, each failure named by a message key of the shared bundle.
 */
package org.opencrm.crm.company.requisites;
