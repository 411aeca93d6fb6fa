/**
 * The file store: where attachments and images live, one folder of keys per tenant, behind an
 * interface so a shared folder (every node mounts the same) or an S3-compatible store can serve.
 * The database keeps what a file is and whom it belongs to; the store keeps the bytes.
 */
package org.opencrm.crm.platform.files;
