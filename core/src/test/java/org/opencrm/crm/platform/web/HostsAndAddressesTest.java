package org.opencrm.crm.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class HostsAndAddressesTest {

  @Test
  void answersOnlyForTheServicesOwnNames() {
    String base = "crm.example.com";
    assertTrue(HostCheckFilter.allowed("crm.example.com", base));
    assertTrue(HostCheckFilter.allowed("acme.crm.example.com:443", base));
    assertTrue(HostCheckFilter.allowed("demo.localhost:8080", base));
    assertTrue(HostCheckFilter.allowed("10.0.0.7:8080", base));
    assertTrue(HostCheckFilter.allowed("[::1]:8080", base));
    assertFalse(HostCheckFilter.allowed("evil.com", base));
    assertFalse(HostCheckFilter.allowed("crm.example.com.evil.com", base));
    assertFalse(HostCheckFilter.allowed("notcrm.example.com", base));
    assertFalse(HostCheckFilter.allowed("a.b.crm.example.com", base));
    assertFalse(HostCheckFilter.allowed("acme.demo.localhost:8080", base));
    assertFalse(HostCheckFilter.allowed("", base));
    assertFalse(HostCheckFilter.allowed(null, base));
  }

  @Test
  void forwardedAddressesAreBelievedOnlyFromTrustedProxies() {
    Set<String> proxies = Set.of("10.0.0.2");
    assertEquals("203.0.113.9", ClientAddresses.of("10.0.0.2", "203.0.113.9", proxies));
    assertEquals(
        "203.0.113.9", ClientAddresses.of("10.0.0.2", "198.51.100.1, 203.0.113.9", proxies));
    assertEquals("203.0.113.9", ClientAddresses.of("10.0.0.2", "203.0.113.9, 10.0.0.2", proxies));
    assertEquals("198.51.100.7", ClientAddresses.of("198.51.100.7", "1.2.3.4", proxies));
    assertEquals("10.0.0.2", ClientAddresses.of("10.0.0.2", null, proxies));
  }
}
