package org.opencrm.crm.company.requisites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The published test values of each requisite number, valid and broken. */
class RequisiteNumbersTest {

  @ParameterizedTest
  @ValueSource(strings = {"7707083893", "500100732259", "7707 083 893"})
  void validInns(String inn) {
    assertNull(RequisiteNumbers.innProblem(inn), inn);
  }

  @ParameterizedTest
  @CsvSource({
    "7707083894, requisites.inn.checksum",
    "500100732250, requisites.inn.checksum",
    "500100732269, requisites.inn.checksum",
    "77070838, requisites.inn.length",
    "77070838931, requisites.inn.length",
    "77070A3893, requisites.digitsOnly"
  })
  void brokenInns(String inn, String problem) {
    assertEquals(problem, RequisiteNumbers.innProblem(inn));
  }

  @Test
  void emptyNumbersAreLeftToTheForm() {
    assertNull(RequisiteNumbers.innProblem(null));
    assertNull(RequisiteNumbers.innProblem(" "));
    assertNull(RequisiteNumbers.kppProblem(""));
    assertNull(RequisiteNumbers.settlementAccountProblem("", "044525225"));
  }

  @Test
  void legalEntitiesHaveTenDigitInns() {
    assertTrue(RequisiteNumbers.isLegalEntityInn("7707083893"));
    assertFalse(RequisiteNumbers.isLegalEntityInn("500100732259"));
  }

  @ParameterizedTest
  @CsvSource({
    "773601001,",
    "7736AB001,",
    "7736ab001,",
    "77360100, requisites.kpp.length",
    "7736A1-0011, requisites.kpp.length",
    "77A601001, requisites.kpp.format"
  })
  void kpps(String kpp, String problem) {
    assertEquals(problem, RequisiteNumbers.kppProblem(kpp));
  }

  @ParameterizedTest
  @CsvSource({
    "1027700132195,",
    "1022200525819,",
    "1027700132196, requisites.ogrn.checksum",
    "3027700132195, requisites.ogrn.first",
    "102770013219, requisites.ogrn.length"
  })
  void ogrns(String ogrn, String problem) {
    assertEquals(problem, RequisiteNumbers.ogrnProblem(ogrn));
  }

  @ParameterizedTest
  @CsvSource({
    "304500116000157,",
    "385768585948949,",
    "304500116000158, requisites.ogrnip.checksum",
    "104500116000157, requisites.ogrnip.first",
    "30450011600015, requisites.ogrnip.length"
  })
  void ogrnips(String ogrnip, String problem) {
    assertEquals(problem, RequisiteNumbers.ogrnipProblem(ogrnip));
  }

  @Test
  void ogrnipCheckDigitTakesTheLastDigitOfRemaindersTenToTwelve() {
    // Bodies with every remainder 0..12: the check digit is the remainder's last digit, so 11
    // and 12 give 1 and 2 (a rule that maps only 10 to 0 would refuse them).
    for (long body = 30450011600010L; body < 30450011600100L; body++) {
      long remainder = body % 13;
      String number = body + Long.toString(remainder % 10);
      assertNull(RequisiteNumbers.ogrnipProblem(number), number + " (remainder " + remainder + ")");
    }
  }

  @ParameterizedTest
  @CsvSource({"044525225,", "04452522, requisites.bik.length", "144525225, requisites.bik.country"})
  void biks(String bik, String problem) {
    assertEquals(problem, RequisiteNumbers.bikProblem(bik));
  }

  @ParameterizedTest
  @CsvSource({
    "40702810938000000001, 044525225,",
    "40702810938000000002, 044525225, requisites.account.key",
    "4070281093800000000, 044525225, requisites.account.length",
    "407028109380000000AB, 044525225, requisites.digitsOnly"
  })
  void settlementAccounts(String account, String bik, String problem) {
    assertEquals(problem, RequisiteNumbers.settlementAccountProblem(account, bik));
  }

  @ParameterizedTest
  @CsvSource({
    "30101810400000000225, 044525225,",
    "30101810500000000225, 044525225, requisites.account.key",
    "30101810400000000226, 044525225, requisites.corrAccount.bik",
    "40101810400000000225, 044525225, requisites.corrAccount.prefix"
  })
  void correspondentAccounts(String account, String bik, String problem) {
    assertEquals(problem, RequisiteNumbers.correspondentAccountProblem(account, bik));
  }
}
