package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.CrmAppTestBase;
import org.opencrm.crm.it.support.CrmClient;
import org.opencrm.crm.it.support.Fixtures;
import org.opencrm.crm.it.support.Fixtures.TestTenant;
import org.opencrm.crm.it.support.WebResponse;

/**
 * A manager sees only own contacts through every read path (list, card by address, search box,
 * export) and cannot change others'; a department head sees the department and everything below it;
 * an administrator sees all.
 */
class PermissionsIT extends CrmAppTestBase {

  private static TestTenant tenant;
  private static List<Long> ownOfM1;
  private static List<Long> ownOfM2;

  @BeforeAll
  static void createTenant() {
    tenant = Fixtures.tenant("perm");
    ownOfM1 = tenant.contacts(tenant.manager1(), "Alpha", 30);
    ownOfM2 = tenant.contacts(tenant.manager2(), "Bravo", 30);
  }

  @Test
  void managerListShowsOnlyOwnContacts() {
    CrmClient m1 = tenant.as(tenant.manager1());
    WebResponse list = m1.get("/app/contacts.xhtml");
    assertTrue(list.body().contains("30 contacts"), list::toString);
    List<Long> ids = CrmClient.contactIds(list);
    assertEquals(25, ids.size(), "first page");
    assertTrue(ownOfM1.containsAll(ids));
    assertFalse(list.body().contains("Bravo-"));
  }

  @Test
  void managerCannotOpenReadOrEditAnotherManagersCardByAddress() {
    CrmClient m1 = tenant.as(tenant.manager1());
    for (Long id : ownOfM2.subList(0, 5)) {
      WebResponse card = m1.get("/app/contact.xhtml?id=" + id);
      assertEquals(404, card.status(), card::toString);
      assertFalse(card.body().contains("Bravo-"));
      WebResponse editor = m1.get("/app/contact-edit.xhtml?id=" + id);
      assertEquals(404, editor.status());
      assertFalse(editor.body().contains("Bravo-"));
    }
    assertEquals(200, m1.get("/app/contact.xhtml?id=" + ownOfM1.get(0)).status());
  }

  @Test
  void searchNeverFindsAnotherManagersContacts() {
    CrmClient m1 = tenant.as(tenant.manager1());
    assertTrue(m1.search("Bravo").isEmpty());
    assertTrue(m1.search("Test Bravo").isEmpty());
    assertFalse(m1.search("Alpha").isEmpty());
    Set<Long> found = new HashSet<>(m1.search("Test A"));
    assertFalse(found.isEmpty());
    assertTrue(ownOfM1.containsAll(found), "first and last name find only own");
    assertTrue(m1.search("Test B").isEmpty());
  }

  @Test
  void exportContainsOnlyOwnContacts() {
    CrmClient m1 = tenant.as(tenant.manager1());
    String csv = m1.export("").body();
    assertEquals(31, csv.split("\r\n").length, "header and 30 own rows");
    assertFalse(csv.contains("Bravo-"));
    String filtered = m1.export("name=Bravo").body();
    assertEquals(1, filtered.split("\r\n").length, "only the header");
  }

  @Test
  void managerCannotGiveAContactToAnotherManagersScope() {
    CrmClient m1 = tenant.as(tenant.manager1());
    WebResponse editor = m1.get("/app/contact-edit.xhtml?id=" + ownOfM1.get(0));
    assertFalse(
        editor.body().contains("Менеджер Два"), "another manager is not offered as responsible");
  }

  @Test
  void forgedOwnerInTheFormIsRefused() {
    CrmClient m1 = tenant.as(tenant.manager1());
    WebResponse answer =
        m1.createContact(Map.of("form:lastName", "Forged", "form:owner_input", "999999"));
    assertEquals(200, answer.status());
    assertFalse(CrmClient.contactIds(m1.get("/app/contacts.xhtml?q=Forged")).size() > 0);
  }

  @Test
  void departmentHeadSeesTheDepartmentAndItsSubDepartments() {
    CrmClient head = tenant.as(tenant.salesHead());
    assertTrue(head.get("/app/contacts.xhtml").body().contains("60 contacts"));
    assertEquals(200, head.get("/app/contact.xhtml?id=" + ownOfM1.get(0)).status());
    assertEquals(200, head.get("/app/contact.xhtml?id=" + ownOfM2.get(0)).status());

    CrmClient head1 = tenant.as(tenant.sales1Head());
    assertTrue(head1.get("/app/contacts.xhtml").body().contains("30 contacts"));
    assertEquals(200, head1.get("/app/contact.xhtml?id=" + ownOfM1.get(0)).status());
    assertEquals(404, head1.get("/app/contact.xhtml?id=" + ownOfM2.get(0)).status());
    assertTrue(head1.search("Bravo").isEmpty());
    assertEquals(31, head1.export("").body().split("\r\n").length);
  }

  @Test
  void onlyAdministratorsOpenTheCompanySettings() {
    WebResponse denied = tenant.as(tenant.manager1()).get("/app/settings.xhtml");
    assertEquals(403, denied.status(), denied::toString);
    assertFalse(denied.body().contains("settings:currency"));
    assertEquals(200, tenant.as(tenant.admin()).get("/app/settings.xhtml").status());
  }

  @Test
  void administratorSeesEveryone() {
    CrmClient admin = tenant.as(tenant.admin());
    assertTrue(admin.get("/app/contacts.xhtml").body().contains("60 contacts"));
    assertEquals(200, admin.get("/app/contact.xhtml?id=" + ownOfM2.get(0)).status());
    assertFalse(admin.search("Bravo").isEmpty());
    assertEquals(61, admin.export("").body().split("\r\n").length);
  }

  @Test
  void aRoleChangeEndsTheSessionAndTheNextLoginHasTheNewRights() {
    TestTenant own = Fixtures.tenant("role"); // its own: a user's role changes
    CrmClient manager = own.as(own.manager1());
    assertEquals(403, manager.get("/app/settings.xhtml").status(), "a manager has no settings");

    Fixtures.changeRole(own.slug(), own.manager1(), "admin");
    WebResponse ended = manager.get("/app/contacts.xhtml");
    assertEquals("/login.xhtml", ended.path(), "the session with the old role ended");
    assertTrue(ended.body().contains("access rights were changed"), ended::toString);

    CrmClient admin = new CrmClient(own.slug()).loggedIn(own.manager1(), Fixtures.PASSWORD);
    assertEquals(200, admin.get("/app/settings.xhtml").status(), "the new role's rights");
  }

  @Test
  void aDeactivatedUserIsLoggedOutAndCannotLogInAgain() {
    TestTenant own = Fixtures.tenant("deact");
    CrmClient manager = own.as(own.manager2());
    Fixtures.deactivate(own.slug(), own.manager2());
    assertEquals("/login.xhtml", manager.get("/app/contacts.xhtml").path());
    WebResponse again = new CrmClient(own.slug()).login(own.manager2(), Fixtures.PASSWORD);
    assertEquals("/login.xhtml", again.path());
    assertTrue(again.body().contains("Wrong e-mail or password."), again::toString);
  }
}
