package org.opencrm.crm.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.platform.i18n.Messages;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

class ProductValidatorTest {

  private static final ProductValidator.SkuHolders FREE = sku -> Optional.empty();

  private static ProductDraft paper() {
    ProductDraft d = ProductDraft.inCurrency("RUB");
    d.setName("  Бумага   А4 ");
    d.setSku("BUM-A4");
    d.setUnit("шт");
    d.setPrice("1 234,5");
    return d;
  }

  private static Map<String, FieldError> problems(ProductDraft d, ProductValidator.SkuHolders h) {
    ValidationException e =
        assertThrows(ValidationException.class, () -> ProductValidator.validate(d, h));
    return e.errors().stream().collect(Collectors.toMap(FieldError::field, f -> f));
  }

  @Test
  void aValidDraftIsCleanedAndItsPriceReadWithSpacesAndAComma() {
    ProductValidator.CleanProduct clean = ProductValidator.validate(paper(), FREE);
    assertEquals("Бумага А4", clean.name());
    assertEquals(new BigDecimal("1234.50"), clean.price());
    assertEquals("RUB", clean.currency());
    assertEquals(List.of(new VatPeriod(VatRate.NONE, null)), clean.vatPeriods());
    assertNull(clean.description());
  }

  @Test
  void aSkuAnotherProductHoldsIsRefusedNamingThatProduct() {
    ProductDraft d = paper();
    Map<String, FieldError> p =
        problems(
            d,
            sku ->
                sku.equalsIgnoreCase("bum-a4")
                    ? Optional.of("Бумага Снегурочка")
                    : Optional.empty());
    FieldError sku = p.get("sku");
    assertEquals("product.sku.taken", sku.messageKey());
    assertEquals(
        "SKU BUM-A4 is already used by “Бумага Снегурочка”.",
        Messages.get(Locale.ENGLISH, sku.messageKey(), sku.arguments().toArray()));
    assertEquals(
        "Артикул BUM-A4 уже есть у продукта «Бумага Снегурочка».",
        Messages.get(Messages.RUSSIAN, sku.messageKey(), sku.arguments().toArray()));
  }

  @Test
  void aSkuHeldByAProductTheUserMayNotSeeIsRefusedWithoutItsName() {
    FieldError sku = problems(paper(), s -> Optional.of("")).get("sku");
    assertEquals("product.sku.takenHidden", sku.messageKey());
  }

  @Test
  void anEmptySkuIsNeverLookedUp() {
    ProductDraft d = paper();
    d.setSku("  ");
    ProductValidator.CleanProduct clean =
        ProductValidator.validate(
            d,
            s -> {
              throw new AssertionError("looked up " + s);
            });
    assertNull(clean.sku());
  }

  @Test
  void aNegativePriceIsRefused() {
    ProductDraft d = paper();
    d.setPrice("-10");
    assertEquals("product.price.negative", problems(d, FREE).get("price").messageKey());
  }

  @Test
  void aPriceThatIsNoNumberOrHasFractionsOfKopecksIsRefused() {
    ProductDraft d = paper();
    d.setPrice("двадцать");
    assertEquals("product.price.invalid", problems(d, FREE).get("price").messageKey());
    d.setPrice("10,005");
    assertEquals("product.price.kopecks", problems(d, FREE).get("price").messageKey());
    d.setPrice("10,500");
    assertEquals(new BigDecimal("10.50"), ProductValidator.validate(d, FREE).price());
    d.setPrice("");
    assertEquals(new BigDecimal("0.00"), ProductValidator.validate(d, FREE).price());
  }

  @Test
  void theCurrencyMustBeAnIsoCode() {
    ProductDraft d = paper();
    d.setCurrency("usd");
    assertEquals("USD", ProductValidator.validate(d, FREE).currency());
    for (String bad : List.of("РУБ", "XYZ", "RUBL", "")) {
      d.setCurrency(bad);
      FieldError e = problems(d, FREE).get("currency");
      assertEquals("product.currency.invalid", e.messageKey(), bad);
    }
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    ProductDraft d = new ProductDraft();
    d.setUnit("");
    d.setPrice("-1");
    d.setCurrency("??");
    d.getVatRates().clear();
    assertEquals(
        Map.of(
            "name", "product.name.required",
            "unit", "product.unit.required",
            "price", "product.price.negative",
            "currency", "product.currency.invalid",
            "vatRates", "product.vat.required"),
        problems(d, FREE).entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().messageKey())));
  }

  @Test
  void twoRatesFromTheSameDayOrTwoWithoutADayAreRefused() {
    ProductDraft d = paper();
    LocalDate day = LocalDate.of(2026, 1, 1);
    d.setVatRates(
        List.of(
            new VatRateLine(VatRate.TWENTY, null),
            new VatRateLine(VatRate.TWENTY_TWO, day),
            new VatRateLine(VatRate.TEN, day),
            new VatRateLine(VatRate.ZERO, null)));
    Map<String, FieldError> p = problems(d, FREE);
    assertEquals("product.vat.sameDay", p.get("vatRates[2].appliesFrom").messageKey());
    assertEquals("product.vat.twoUndated", p.get("vatRates[3].appliesFrom").messageKey());
  }

  @Test
  void theRateOnADayIsTheLatestThatStartedByThen() {
    ProductDraft d = paper();
    LocalDate change = LocalDate.of(2026, 1, 1);
    // Entered out of order: the periods come back by date.
    d.setVatRates(
        List.of(
            new VatRateLine(VatRate.TWENTY_TWO, change), new VatRateLine(VatRate.TWENTY, null)));
    List<VatPeriod> periods = ProductValidator.validate(d, FREE).vatPeriods();
    assertEquals(
        List.of(new VatPeriod(VatRate.TWENTY, null), new VatPeriod(VatRate.TWENTY_TWO, change)),
        periods);
    assertEquals(
        Optional.of(VatRate.TWENTY), VatPeriod.rateOn(periods, LocalDate.of(2025, 12, 31)));
    assertEquals(Optional.of(VatRate.TWENTY_TWO), VatPeriod.rateOn(periods, change));
    assertEquals(
        Optional.of(VatRate.TWENTY_TWO), VatPeriod.rateOn(periods, LocalDate.of(2030, 6, 1)));
  }

  @Test
  void beforeItsFirstDatedRateAProductHasNoRate() {
    List<VatPeriod> periods =
        List.of(
            new VatPeriod(VatRate.FIVE, LocalDate.of(2025, 1, 1)),
            new VatPeriod(VatRate.SEVEN, LocalDate.of(2026, 1, 1)));
    assertEquals(Optional.empty(), VatPeriod.rateOn(periods, LocalDate.of(2024, 12, 31)));
    assertEquals(Optional.of(VatRate.FIVE), VatPeriod.rateOn(periods, LocalDate.of(2025, 7, 1)));
    assertEquals(Optional.empty(), VatPeriod.rateOn(List.of(), LocalDate.of(2025, 7, 1)));
  }

  @Test
  void settingARateFromADayKeepsTheEarlierHistoryAndDropsLaterChanges() {
    ProductDraft d = paper();
    LocalDate today = LocalDate.of(2026, 3, 10);
    d.setVatRates(
        new java.util.ArrayList<>(
            List.of(
                new VatRateLine(VatRate.TWENTY, null),
                new VatRateLine(VatRate.TWENTY_TWO, LocalDate.of(2026, 1, 1)),
                new VatRateLine(VatRate.TEN, LocalDate.of(2027, 1, 1)))));
    d.setRateFrom(VatRate.TWENTY_TWO, today);
    List<VatPeriod> unchanged = ProductValidator.validate(d, FREE).vatPeriods();
    assertEquals(2, unchanged.size(), "the rate already applies: only the later change goes");
    d.setRateFrom(VatRate.SEVEN, today);
    List<VatPeriod> changed = ProductValidator.validate(d, FREE).vatPeriods();
    assertEquals(new VatPeriod(VatRate.SEVEN, today), changed.get(changed.size() - 1));
    assertEquals(Optional.of(VatRate.TWENTY_TWO), VatPeriod.rateOn(changed, today.minusDays(1)));
  }
}
