/**
 * Benchmarks on large data, run on demand ({@code -Pbenchmark}), never in the normal suite: they
 * report figures for {@code docs/performance.md} and check only that answers are right.
 */
package org.opencrm.crm.it.benchmark;
