/**
 * The REST API at {@code /api/v1}, in the JSON:API shape: bearer tokens, one tenant per token, the
 * same permission layer as the screens, and JSON:API error objects with 4xx codes.
 */
package org.opencrm.crm.web.api;
