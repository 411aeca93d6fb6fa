package org.opencrm.crm.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.platform.channel.PhoneKind;
import org.opencrm.crm.platform.channel.PhoneLine;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

class CompanyValidatorTest {

  private static RequisiteDraft sber() {
    RequisiteDraft r = new RequisiteDraft();
    r.setShortName("ПАО Сбербанк");
    r.setInn("7707 083 893");
    r.setKpp("773601001");
    r.setOgrn("1027700132195");
    BankAccountDraft a = new BankAccountDraft();
    a.setBik("044525225");
    a.setSettlementAccount("40702810938000000001");
    a.setCorrespondentAccount("30101810400000000225");
    r.getAccounts().add(a);
    return r;
  }

  private static Map<String, String> problems(CompanyDraft d) {
    ValidationException e =
        assertThrows(ValidationException.class, () -> CompanyValidator.validate(d, "RU"));
    return e.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::messageKey));
  }

  @Test
  void validRequisitesAreKeptAsDigitsAndNameComesFromThemWhenEmpty() {
    CompanyDraft d = new CompanyDraft();
    d.getRequisites().add(sber());
    d.getRequisites().add(new RequisiteDraft()); // an empty set is dropped
    d.getPhones().add(new PhoneLine(PhoneKind.WORK, "8 (495) 500-55-50"));
    CompanyValidator.CleanCompany clean = CompanyValidator.validate(d, "RU");
    assertEquals("ПАО Сбербанк", clean.name());
    assertEquals(1, clean.requisites().size());
    RequisiteChecks.CleanRequisites r = clean.requisites().get(0);
    assertEquals("7707083893", r.inn());
    assertEquals("773601001", r.kpp());
    assertEquals(1, r.accounts().size());
    assertEquals("+74955005550", clean.phones().get(0).e164());
    assertNull(clean.website());
  }

  @Test
  void everyWrongNumberIsReportedAtItsField() {
    CompanyDraft d = new CompanyDraft();
    d.setName("Ромашка");
    RequisiteDraft r = sber();
    r.setInn("7707083894");
    r.setOgrn("1027700132196");
    r.getAccounts().get(0).setSettlementAccount("40702810938000000002");
    r.getAccounts().get(0).setCorrespondentAccount("30101810400000000226");
    d.getRequisites().add(r);
    Map<String, String> p = problems(d);
    assertEquals("requisites.inn.checksum", p.get("requisites[0].inn"));
    assertEquals("requisites.ogrn.checksum", p.get("requisites[0].ogrn"));
    assertEquals("requisites.account.key", p.get("requisites[0].accounts[0].settlementAccount"));
    assertTrue(p.containsKey("requisites[0].accounts[0].correspondentAccount"));
  }

  @Test
  void soleTraderHasOgrnipAndNoKpp() {
    CompanyDraft d = new CompanyDraft();
    d.setName("ИП Иванов");
    RequisiteDraft r = new RequisiteDraft();
    r.setInn("500100732259");
    r.setOgrn("304500116000157");
    d.getRequisites().add(r);
    assertEquals("304500116000157", CompanyValidator.validate(d, "RU").requisites().get(0).ogrn());
    r.setKpp("773601001");
    r.setOgrn("1027700132195");
    Map<String, String> p = problems(d);
    assertEquals("requisites.kpp.soleTrader", p.get("requisites[0].kpp"));
    assertEquals("requisites.ogrnip.length", p.get("requisites[0].ogrn"));
  }

  @Test
  void anAccountNeedsItsBikAndNumber() {
    CompanyDraft d = new CompanyDraft();
    d.setName("Ромашка");
    RequisiteDraft r = new RequisiteDraft();
    BankAccountDraft a = new BankAccountDraft();
    a.setBankName("Сбербанк");
    r.getAccounts().add(a);
    d.getRequisites().add(r);
    Map<String, String> p = problems(d);
    assertEquals("requisites.bik.required", p.get("requisites[0].accounts[0].bik"));
    assertEquals(
        "requisites.account.required", p.get("requisites[0].accounts[0].settlementAccount"));
  }

  @Test
  void aCompanyNeedsANameAndAWellFormedWebsite() {
    CompanyDraft d = new CompanyDraft();
    d.setWebsite("не сайт");
    Map<String, String> p = problems(d);
    assertEquals("company.name.required", p.get("name"));
    assertEquals("company.website.invalid", p.get("website"));
    d.setName("Ромашка");
    d.setWebsite("romashka.ru");
    assertEquals("romashka.ru", CompanyValidator.validate(d, "RU").website());
    d.setRequisites(List.of());
  }
}
