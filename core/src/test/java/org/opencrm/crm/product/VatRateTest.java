package org.opencrm.crm.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VatRateTest {

  @Test
  void eachRateHasItsPercentageAndNoneHasNone() {
    assertNull(VatRate.NONE.percent());
    assertFalse(VatRate.NONE.taxed());
    assertEquals(0, VatRate.ZERO.percent().compareTo(BigDecimal.ZERO));
    assertTrue(VatRate.ZERO.taxed(), "0 % is a rate, unlike no VAT");
    assertEquals(new BigDecimal("5"), VatRate.FIVE.percent());
    assertEquals(new BigDecimal("7"), VatRate.SEVEN.percent());
    assertEquals(new BigDecimal("10"), VatRate.TEN.percent());
    assertEquals(new BigDecimal("22"), VatRate.TWENTY_TWO.percent());
  }

  @Test
  void ratesAreReadFromCodesAndTypedPercentages() {
    assertEquals(Optional.of(VatRate.TWENTY_TWO), VatRate.ofCode("22"));
    assertEquals(Optional.of(VatRate.TWENTY_TWO), VatRate.ofCode(" 22 % "));
    assertEquals(Optional.of(VatRate.NONE), VatRate.ofCode("none"));
    assertEquals(Optional.of(VatRate.SEVEN), VatRate.ofCode("SEVEN"));
    assertEquals(Optional.empty(), VatRate.ofCode("18"));
    assertEquals(Optional.empty(), VatRate.ofCode(null));
  }

  @Test
  void theVatIncludedInAGrossPriceIsRoundedToKopecks() {
    assertEquals(new BigDecimal("22.00"), VatRate.TWENTY_TWO.includedIn(new BigDecimal("122.00")));
    assertEquals(new BigDecimal("16.67"), VatRate.TWENTY.includedIn(new BigDecimal("100.00")));
    assertEquals(new BigDecimal("0.00"), VatRate.NONE.includedIn(new BigDecimal("100.00")));
    assertEquals(new BigDecimal("0.00"), VatRate.ZERO.includedIn(new BigDecimal("100.00")));
  }
}
