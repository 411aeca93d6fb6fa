package org.opencrm.crm.product;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The VAT rates a product may carry in Russia: none (not a VAT payer, «без НДС»), 0 %, the reduced
 * rates of the simplified tax system (5 % and 7 %), 10 % and the standard 22 % (20 % until the end
 * of 2025, kept for the history of earlier rates).
 */
public enum VatRate {
  NONE(null, "none"),
  ZERO(new BigDecimal("0"), "0"),
  FIVE(new BigDecimal("5"), "5"),
  SEVEN(new BigDecimal("7"), "7"),
  TEN(new BigDecimal("10"), "10"),
  TWENTY(new BigDecimal("20"), "20"),
  TWENTY_TWO(new BigDecimal("22"), "22");

  private final BigDecimal percent;
  private final String code;

  VatRate(BigDecimal percent, String code) {
    this.percent = percent;
    this.code = code;
  }

  /** The rate in percent; null for {@link #NONE}, which is no rate at all rather than zero. */
  public BigDecimal percent() {
    return percent;
  }

  /** Whether the price carries VAT at all (every rate but {@link #NONE}). */
  public boolean taxed() {
    return percent != null;
  }

  /** What the API and exports call the rate: {@code none}, {@code 0}, {@code 5} … {@code 22}. */
  public String code() {
    return code;
  }

  /** The rate of an API code or a percentage as typed ("22", "22 %", "22%"), if any. */
  public static Optional<VatRate> ofCode(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().replace("%", "").strip().toLowerCase(java.util.Locale.ROOT);
    return Arrays.stream(values())
        .filter(r -> r.code.equals(t) || r.name().equalsIgnoreCase(t))
        .findFirst();
  }

  /**
   * The VAT a gross price includes at this rate, rounded to kopecks: {@code gross × rate / (100 +
   * rate)}; zero when the price carries no VAT.
   */
  public BigDecimal includedIn(BigDecimal gross) {
    if (percent == null || gross == null) {
      return BigDecimal.ZERO.setScale(2);
    }
    return gross
        .multiply(percent)
        .divide(percent.add(BigDecimal.valueOf(100)), 2, java.math.RoundingMode.HALF_UP);
  }
}
