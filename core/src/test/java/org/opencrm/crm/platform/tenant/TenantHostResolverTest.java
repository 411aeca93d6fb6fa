package org.opencrm.crm.platform.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantHostResolverTest {

  private final TenantHostResolver resolver = new TenantHostResolver("crm.example.com");

  @Test
  void firstLabelUnderTheBaseDomainNamesTheTenant() {
    assertEquals(Optional.of("acme"), resolver.slugOf("acme.crm.example.com"));
    assertEquals(Optional.of("acme"), resolver.slugOf("ACME.crm.example.com:8443"));
    assertEquals(Optional.of("acme"), resolver.slugOf("acme.crm.example.com."));
  }

  @Test
  void localhostSubdomainsNameTenantsToo() {
    assertEquals(Optional.of("demo"), resolver.slugOf("demo.localhost:8080"));
    assertEquals(Optional.of("my-shop"), resolver.slugOf("my-shop.localhost"));
  }

  @Test
  void bareHostsAndAddressesNameNoTenant() {
    assertTrue(resolver.slugOf("crm.example.com").isEmpty());
    assertTrue(resolver.slugOf("localhost:8080").isEmpty());
    assertTrue(resolver.slugOf("127.0.0.1:8080").isEmpty());
    assertTrue(resolver.slugOf("[::1]:8080").isEmpty());
    assertTrue(resolver.slugOf("").isEmpty());
    assertTrue(resolver.slugOf(null).isEmpty());
  }

  @Test
  void deeperOrForeignHostsNameNoTenant() {
    assertTrue(resolver.slugOf("a.b.crm.example.com").isEmpty());
    assertTrue(resolver.slugOf("acme.other.com").isEmpty());
    assertTrue(resolver.slugOf("acme.crm.example.com.evil.com").isEmpty());
  }

  @Test
  void labelsThatCannotBeSlugsNameNoTenant() {
    assertTrue(resolver.slugOf("x.localhost").isEmpty());
    assertTrue(resolver.slugOf("-bad.localhost").isEmpty());
    assertTrue(resolver.slugOf("under_score.localhost").isEmpty());
  }

  @Test
  void slugRulesForNewTenants() {
    assertNull(TenantSlug.problem("acme"));
    assertNull(TenantSlug.problem("my-shop-2"));
    assertEquals("tenant.slug.reserved", TenantSlug.problem("www"));
    assertEquals("tenant.slug.reserved", TenantSlug.problem("admin"));
    assertEquals("tenant.slug.reserved", TenantSlug.problem("api"));
    assertEquals("tenant.slug.format", TenantSlug.problem("Acme"));
    assertEquals("tenant.slug.format", TenantSlug.problem("ab"));
    assertEquals("tenant.slug.format", TenantSlug.problem("a--b"));
    assertEquals("tenant.slug.format", TenantSlug.problem("ends-"));
    assertEquals("tenant.slug.format", TenantSlug.problem("ромашка"));
    assertEquals("tenant.slug.required", TenantSlug.problem(" "));
  }
}
