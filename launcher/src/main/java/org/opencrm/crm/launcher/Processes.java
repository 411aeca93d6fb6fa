package org.opencrm.crm.launcher;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stopping operating-system processes. */
final class Processes {

  private Processes() {}

  /**
   * Stops the processes whose command line contains {@code marker} (never this one). Used to stop
   * what an earlier, killed launcher left running from this checkout. Returns how many there were.
   */
  static int stopMatching(String marker, Duration grace) {
    long self = ProcessHandle.current().pid();
    List<ProcessHandle> found =
        ProcessHandle.allProcesses()
            .filter(p -> p.pid() != self)
            .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
            .toList();
    terminate(found, grace);
    return found.size();
  }

  /** Asks every process to end (SIGTERM), then kills those still alive after {@code grace}. */
  static void terminate(List<ProcessHandle> processes, Duration grace) {
    processes.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + grace.toNanos();
    for (ProcessHandle p : processes) {
      long left = deadline - System.nanoTime();
      try {
        if (left > 0) {
          p.onExit().get(left, TimeUnit.NANOSECONDS);
        }
      } catch (Exception timedOutOrInterrupted) {
        // killed below
      }
      if (p.isAlive()) {
        p.destroyForcibly();
      }
    }
  }
}
