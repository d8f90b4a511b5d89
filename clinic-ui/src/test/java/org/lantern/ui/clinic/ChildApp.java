package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lantern.ui.LanternApplication;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The application in a JVM of its own on the embedded file store, on a port it chose itself and wrote in its log,
 * so that a test can kill it with SIGKILL (no shutdown hooks, no clean close of the store) and start it again.
 */
record ChildApp(Process process, Path log) {

    private static final Pattern STARTED = Pattern.compile("started on port (\\d+)");

    static ChildApp launch(Path dataDir, String adminPassword, String... arguments) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        File log = new File(dataDir.toFile(), "app-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), LanternApplication.class.getName(),
                "--server.port=0", "--lantern.store.embedded=file", "--lantern.store.data-dir=" + dataDir,
                DurabilityTest.UNLIMITED_LOOKUPS));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        builder.environment().put("LANTERN_ADMIN_PASSWORD", adminPassword);
        return new ChildApp(builder.start(), log.toPath());
    }

    int port() {
        int port = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(this::portInLog, p -> p > 0 || !process.isAlive());
        assertThat(port).as("the application stopped before it started; its log: %s", log).isPositive();
        return port;
    }

    /** A client of this application once it is ready. */
    WebTestClient readyClient() {
        WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port())
                .responseTimeout(Duration.ofSeconds(30)).build();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> client.get().uri("/actuator/health/readiness").exchange()
                        .returnResult(String.class).getStatus().is2xxSuccessful());
        return client;
    }

    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    private int portInLog() throws IOException {
        Matcher found = STARTED.matcher(Files.exists(log) ? Files.readString(log) : "");
        return found.find() ? Integer.parseInt(found.group(1)) : 0;
    }
}
