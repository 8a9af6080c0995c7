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

  private final Map<String, Long> nativeStart;

  ThreadCpu() {
    for (long id : threads.getAllThreadIds()) {
      start.put(id, Math.max(0, threads.getThreadCpuTime(id)));
    }
    nativeStart = nativeThreads();
  }

  /**
   * Milliseconds of CPU since construction of the JVM's own threads (JIT compilers, GC), by kind, read
   * from Linux's {@code /proc/self/task}; empty elsewhere.
   */
  Map<String, Long> jvmSince() {
    Map<String, Long> byKind = new TreeMap<>();
    nativeThreads().forEach((task, ticks) -> {
      String name = task.substring(task.indexOf(' ') + 1);
      String kind = name.replaceAll("[0-9]+", "#");
      if (name.startsWith("C1") || name.startsWith("C2") || name.startsWith("G1") || name.startsWith("GC")
          || name.startsWith("VM")) {
        byKind.merge(kind, (ticks - nativeStart.getOrDefault(task, 0L)) * 10, Long::sum);
      }
    });
    byKind.values().removeIf(ms -> ms < 50);
    return byKind;
  }

  /** "tid name" to CPU clock ticks (user + system) of every live thread of this process. */
  private static Map<String, Long> nativeThreads() {
    Map<String, Long> ticks = new HashMap<>();
    java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
    if (tasks == null) {
      return ticks;
    }
    for (java.io.File task : tasks) {
      try {
        String stat = java.nio.file.Files.readString(task.toPath().resolve("stat"));
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields from the state (3rd of stat): utime is the 14th of stat, stime the 15th
        ticks.put(task.getName() + " " + name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
      } catch (java.io.IOException | RuntimeException gone) {
        // the thread ended between the listing and the read
      }
    }
    return ticks;
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
