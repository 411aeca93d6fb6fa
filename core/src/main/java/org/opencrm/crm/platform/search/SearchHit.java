package org.opencrm.crm.platform.search;

import java.io.Serializable;

/**
 * One record found: its entity and id, what to call it, and a line of detail (a phone, an INN) with
 * the message key of its label, or null when the detail needs none.
 */
public record SearchHit(String entity, Long id, String title, String detail, String detailLabel)
    implements Serializable {}
