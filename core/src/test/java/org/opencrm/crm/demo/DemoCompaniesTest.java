package org.opencrm.crm.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.company.CompanyValidator;

class DemoCompaniesTest {

  @Test
  void everyMadeUpCompanyPassesTheRequisiteChecks() {
    Random random = new Random(7);
    for (int i = 0; i < 300; i++) {
      var clean = CompanyValidator.validate(DemoCompanies.company(i, random), "RU");
      assertNotNull(clean.name());
      assertEquals(1, clean.requisites().get(0).accounts().size());
    }
  }
}
