package org.opencrm.crm.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoAccessTest {

  @Test
  void describesEveryAddressWithItsPort() {
    String text = DemoAccess.describe(8180);

    assertTrue(text.contains("http://demo.localhost:8180/"), text);
    assertTrue(text.contains("http://acme.localhost:8180/"), text);
    assertTrue(text.contains("http://localhost:8180/tenant-admin/"), text);
    assertTrue(text.contains("admin@demo.test / demo12345"), text);
    assertTrue(text.contains("operator / operator12345"), text);
  }
}
