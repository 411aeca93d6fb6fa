/**
 * API tokens: issued by a tenant's administrator, shown once, stored hashed in the tenant's schema,
 * found by a public prefix indexed in the control schema, and acting as their owner.
 */
package org.opencrm.crm.platform.api;
