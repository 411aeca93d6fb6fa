package org.opencrm.crm.platform.history;

/** One field's old and new value, as text; {@code null} means empty. */
public record FieldChange(String field, String oldValue, String newValue) {}
