package org.opencrm.crm.contact;

import java.util.List;

/** One page of contacts and whether more follow. */
public record ContactPage(List<Contact> rows, boolean hasMore) {}
