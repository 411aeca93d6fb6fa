package org.opencrm.crm.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RateLimiterLogTest {

  @Test
  void allowsThePlansRateInAnySixtySeconds() {
    RateLimiter.Log log = new RateLimiter.Log();
    for (int i = 0; i < 3; i++) {
      assertEquals(0, log.acquire(3, 1_000 + i));
    }
    assertEquals(60, log.acquire(3, 1_003), "the fourth within the minute waits for the first");
    assertEquals(0, log.acquire(3, 61_000), "a minute after the first, one more is allowed");
    assertEquals(1, log.acquire(3, 61_000));
  }

  @Test
  void aBurstAcrossAMinuteBoundaryIsNotDoubled() {
    RateLimiter.Log log = new RateLimiter.Log();
    for (int i = 0; i < 3; i++) {
      assertEquals(0, log.acquire(3, 59_990 + i));
    }
    long wait = log.acquire(3, 60_010);
    assertEquals(60, wait, "still three in the last sixty seconds");
  }

  @Test
  void aNewRateKeepsTheNewestRequests() {
    RateLimiter.Log log = new RateLimiter.Log();
    for (int i = 0; i < 5; i++) {
      assertEquals(0, log.acquire(5, 1_000 + i * 1_000));
    }
    assertEquals(
        58, log.acquire(2, 6_000), "two newest kept: 4 s and 5 s, the 4 s one frees at 64 s");
    assertEquals(0, log.acquire(10, 6_000));
  }
}
