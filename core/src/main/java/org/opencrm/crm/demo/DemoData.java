package org.opencrm.crm.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencrm.crm.contact.ContactDraft;
import org.opencrm.crm.contact.ContactFilter;
import org.opencrm.crm.contact.ContactRepository;
import org.opencrm.crm.contact.ContactService;
import org.opencrm.crm.platform.channel.EmailKind;
import org.opencrm.crm.platform.channel.EmailLine;
import org.opencrm.crm.platform.channel.PhoneKind;
import org.opencrm.crm.platform.channel.PhoneLine;
import org.opencrm.crm.platform.operator.Operator;
import org.opencrm.crm.platform.operator.OperatorDirectory;
import org.opencrm.crm.platform.security.Department;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.security.Role;
import org.opencrm.crm.platform.security.UserAccount;
import org.opencrm.crm.platform.security.UserDirectory;
import org.opencrm.crm.platform.tenant.NewTenant;
import org.opencrm.crm.platform.tenant.TenantProvisioning;
import org.opencrm.crm.platform.tenant.TenantRef;
import org.opencrm.crm.platform.tenant.TenantWork;

/**
 * Creates the demo installation, idempotently: tenant {@code demo} (an administrator, two managers
 * in a sales department, about 300 contacts spread between them, a catalogue of about thirty
 * products), tenant {@code acme} (an administrator and a few contacts of its own), and the console
 * operator. The credentials below exist only in this development seed.
 */
@ApplicationScoped
public class DemoData {

  public static final String PASSWORD = "demo12345";
  public static final String OPERATOR_LOGIN = "operator";
  public static final String OPERATOR_PASSWORD = "operator12345";

  /** Progress of the seed, shown by the health probe. */
  public enum Status {
    OFF,
    PENDING,
    READY,
    FAILED
  }

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject TenantProvisioning provisioning;
  @Inject TenantWork work;
  @Inject UserDirectory users;
  @Inject ContactService contacts;
  @Inject ContactRepository repository;
  @Inject OperatorDirectory operators;
  @Inject DemoContacts demoContacts;
  @Inject DemoProducts demoProducts;

  private volatile Status status = Status.OFF;

  public Status status() {
    return status;
  }

  /** Whether the installation asked for demo data ({@code crm.demo.seed=true}). */
  public static boolean enabled() {
    return Boolean.parseBoolean(
        System.getProperty(
            "crm.demo.seed", System.getenv().getOrDefault("CRM_DEMO_SEED", "false")));
  }

  public void markPending() {
    status = Status.PENDING;
  }

  public void seed() {
    status = Status.PENDING;
    try {
      long start = System.currentTimeMillis();
      operators.ensure(
          OPERATOR_LOGIN, "Оператор сервиса", OPERATOR_PASSWORD, Operator.Role.OPERATOR);
      TenantRef demo =
          provisioning.provision(
              NewTenant.russian(
                  "demo", "ООО «Ромашка»", "admin@demo.test", "Алексей Смирнов", PASSWORD));
      fill(demo, "demo", 300, 20261203L);
      TenantRef acme =
          provisioning.provision(
              NewTenant.russian(
                  "acme", "АО «Вектор»", "admin@acme.test", "Мария Кузнецова", PASSWORD));
      fill(acme, "acme", 40, 4242L);
      status = Status.READY;
      LOG.info(() -> "Demo data ready in " + (System.currentTimeMillis() - start) + " ms");
    } catch (RuntimeException e) {
      status = Status.FAILED;
      LOG.log(Level.SEVERE, "Demo data failed", e);
    }
  }

  private void fill(TenantRef tenant, String slug, int count, long seed) {
    UserAccount admin =
        work.inTenant(
            tenant, null, () -> users.findByEmail("admin@" + slug + ".test").orElseThrow());
    var adminUser = work.inTenant(tenant, null, () -> users.toCurrentUser(admin));
    work.inTenant(
        tenant,
        adminUser,
        () -> {
          if (repository.countCapped(ContactFilter.NONE, PermissionAction.VIEW) > 0) {
            return null;
          }
          List<UserAccount> owners;
          if ("demo".equals(slug)) {
            Department sales = users.ensureDepartment(1L, "Отдел продаж");
            UserAccount ivanova =
                users.ensure(
                    "ivanova@demo.test", "Ольга Иванова", PASSWORD, Role.MANAGER, sales.getId());
            UserAccount petrov =
                users.ensure(
                    "petrov@demo.test", "Дмитрий Петров", PASSWORD, Role.MANAGER, sales.getId());
            owners = List.of(admin, ivanova, petrov);
          } else {
            owners = List.of(admin);
          }
          demoContacts.create(owners, count, new Random(seed));
          if ("demo".equals(slug)) {
            demoProducts.create(owners);
          }
          return null;
        });
  }

  /** Writes the generated contacts in one transaction per tenant. */
  @ApplicationScoped
  public static class DemoContacts {

    @Inject ContactService contacts;
    @Inject org.opencrm.crm.company.CompanyService companies;

    /** Contacts, and a company for every tenth of them with some of them as its staff. */
    @Transactional
    public void create(List<UserAccount> owners, int count, Random random) {
      List<Long> ids = new java.util.ArrayList<>();
      for (int i = 0; i < count; i++) {
        ContactDraft d = RussianNames.contact(random);
        d.setOwnerId(owners.get(i % owners.size()).getId());
        ids.add(contacts.create(d).getId());
      }
      for (int i = 0; i < Math.max(1, count / 10); i++) {
        var draft = DemoCompanies.company(i, random);
        draft.setOwnerId(owners.get(i % owners.size()).getId());
        Long company = companies.create(draft).getId();
        for (int staff : DemoCompanies.staff(i, ids.size(), random)) {
          companies.link(company, ids.get(staff));
        }
      }
    }
  }

  static PhoneLine mobile(String number) {
    return new PhoneLine(PhoneKind.MOBILE, number);
  }

  static EmailLine work(String address) {
    return new EmailLine(EmailKind.WORK, address);
  }
}
