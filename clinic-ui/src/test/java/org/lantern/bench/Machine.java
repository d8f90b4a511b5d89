package org.lantern.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** What the numbers were measured on: cores, memory, CPU model, operating system and JDK. */
final class Machine {

    private static long clockTicks;

    private Machine() {
    }

    static String describe() {
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder text = new StringBuilder();
        text.append(cores).append(cores == 1 ? " core" : " cores");
        cpuModel().ifPresent(m -> text.append(" (").append(m).append(")"));
        text.append(", ").append(gib(totalMemory())).append(" memory");
        cgroupMemoryLimit().ifPresent(l -> text.append(" (container limit ").append(gib(l)).append(")"));
        text.append(", ").append(System.getProperty("os.name")).append(" ").append(System.getProperty("os.version"))
                .append(" ").append(System.getProperty("os.arch"));
        return text.toString();
    }

    /** The 1-minute load average (Linux): other work on the machine moves every number. */
    static Optional<String> loadAverage() {
        try {
            return Optional.of(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static String jdk() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")";
    }

    static long totalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return -1;
    }

    /** CPU time this JVM has used so far, or -1 where the JVM does not tell. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static Optional<String> cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> cgroupMemoryLimit() {
        for (String file : new String[] {"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"}) {
            try {
                String value = Files.readString(Path.of(file)).strip();
                long bytes = Long.parseLong(value);
                if (bytes > 0 && bytes < (1L << 50)) {
                    return Optional.of(bytes);
                }
            } catch (IOException | RuntimeException e) {
                // "max", absent, or not Linux: no limit to tell
            }
        }
        return Optional.empty();
    }

    /** USER_HZ, the unit of /proc/<pid>/stat's CPU times: 100 on nearly every Linux, asked of getconf. */
    static synchronized long clockTicksPerSecond() {
        if (clockTicks == 0) {
            clockTicks = 100;
            try {
                Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    clockTicks = Long.parseLong(out);
                }
            } catch (IOException | RuntimeException e) {
                // keep 100
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return clockTicks;
    }

    /** The commit measured, when the checkout is a git repository. */
    static Optional<String> commit(Path project) {
        try {
            Process p = new ProcessBuilder("git", "-C", project.toString(), "describe", "--always", "--dirty")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty()) {
                return Optional.of(out);
            }
        } catch (IOException | RuntimeException e) {
            // no git: no commit line
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    static String gib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }

    static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
