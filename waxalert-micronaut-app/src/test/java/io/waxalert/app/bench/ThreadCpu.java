package io.waxalert.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of the JVM's threads between two moments, by kind of thread (name up to its number), so a
 * benchmark can tell the service's work from its fakes' and from the JIT and GC (the process's CPU
 * that no Java thread accounts for).
 */
final class ThreadCpu {

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final Map<Long, Long> start = new HashMap<>();
  private final Map<Long, String> names = new HashMap<>();

  ThreadCpu() {
    for (long id : threads.getAllThreadIds()) {
      start.put(id, Math.max(0, threads.getThreadCpuTime(id)));
    }
  }

  /** Milliseconds of CPU per kind of thread since construction (threads that ended meanwhile are lost). */
  Map<String, Long> since() {
    Map<String, Long> byKind = new TreeMap<>();
    for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      long cpu = threads.getThreadCpuTime(info.getThreadId());
      if (cpu < 0) {
        continue;
      }
      String kind = info.getThreadName().replaceAll("[0-9]+", "#").replaceAll("<-/127\\.#\\.#\\.#:#", "");
      names.put(info.getThreadId(), kind);
      byKind.merge(kind, (cpu - start.getOrDefault(info.getThreadId(), 0L)) / 1_000_000, Long::sum);
    }
    byKind.values().removeIf(ms -> ms < 50);
    return byKind;
  }
}
