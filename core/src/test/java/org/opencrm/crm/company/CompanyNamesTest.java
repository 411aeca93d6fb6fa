package org.opencrm.crm.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompanyNamesTest {

  @Test
  void legalFormsAndQuotesDoNotCount() {
    assertEquals("вектор", CompanyNames.searchKey("АО «Вектор»"));
    assertEquals("вектор-м", CompanyNames.searchKey("ООО \"Вектор-М\""));
    assertEquals("елка", CompanyNames.searchKey("Общество с ограниченной ответственностью «Ёлка»"));
    assertEquals("сбербанк", CompanyNames.searchKey("ПАО  Сбербанк"));
    assertEquals("вектор", CompanyNames.searchKey("ооо вектор"));
  }

  @Test
  void wordsThatOnlyStartLikeALegalFormAreKept() {
    assertEquals("аокс", CompanyNames.searchKey("Аокс"));
    assertEquals("ипподром", CompanyNames.searchKey("Ипподром"));
    assertEquals("ип", CompanyNames.searchKey("ИП"));
  }
}
