/**
 * Development demo data: two tenants with users and a few hundred generated Russian contacts,
 * created by the run command. Nothing here runs unless {@code crm.demo.seed=true}.
 */
package org.opencrm.crm.demo;
