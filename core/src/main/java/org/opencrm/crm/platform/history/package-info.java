/**
 * The write side of record history: who created, changed (field by field, old and new value) or
 * deleted which record, and when. Every entity records through {@link
 * org.opencrm.crm.platform.history.HistoryRecorder}.
 */
package org.opencrm.crm.platform.history;
