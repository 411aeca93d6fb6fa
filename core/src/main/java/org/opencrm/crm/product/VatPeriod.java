package org.opencrm.crm.product;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A VAT rate from a day on ({@code from} null: from the start). A product's periods, ordered by
 * their first day, say which rate applies on any day: the one with the latest first day not after
 * it.
 */
public record VatPeriod(VatRate rate, LocalDate from) implements Serializable {

  /** Undated first, then by date. */
  public static final Comparator<VatPeriod> ORDER =
      Comparator.comparing(VatPeriod::from, Comparator.nullsFirst(Comparator.naturalOrder()));

  /** The rate applying on the day; empty when every period starts after it (or there is none). */
  public static Optional<VatRate> rateOn(List<VatPeriod> periods, LocalDate day) {
    VatPeriod applying = null;
    for (VatPeriod p : periods) {
      if (p.from() == null || !p.from().isAfter(day)) {
        if (applying == null || ORDER.compare(p, applying) > 0) {
          applying = p;
        }
      }
    }
    return Optional.ofNullable(applying).map(VatPeriod::rate);
  }
}
