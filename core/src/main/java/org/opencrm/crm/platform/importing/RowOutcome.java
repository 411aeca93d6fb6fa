package org.opencrm.crm.platform.importing;

/**
 * What became of one row: created, updated, skipped as a duplicate, or refused with a reason (a
 * {@link org.opencrm.crm.platform.i18n.StoredText}, read in each reader's language).
 */
public record RowOutcome(long line, Kind kind, String reason) {

  /** The kinds of outcome. */
  public enum Kind {
    CREATED,
    UPDATED,
    SKIPPED,
    REFUSED
  }

  public static RowOutcome of(long line, Kind kind) {
    return new RowOutcome(line, kind, null);
  }

  public static RowOutcome refused(long line, String reason) {
    return new RowOutcome(line, Kind.REFUSED, reason);
  }
}
