package com.pks.clinic.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packed WAR running on Payara Micro in a separate process, started as the README's run command starts it,
 * on a free port and its own data directory. Stopping it sends SIGTERM, as an administrator would.
 */
public final class RunningSite implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(4);

    private final Path dataDirectory;
    private final Path log;
    private final int port;
    private Process process;
    private long logStart;

    private final List<String> settings;

    private RunningSite(Path dataDirectory, List<String> settings) {
        this.dataDirectory = dataDirectory;
        this.settings = settings;
        this.log = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
        this.port = freePort();
    }

    /** Starts the site on this data directory and waits until it answers {@code /health}, UP or DOWN. */
    public static RunningSite start(Path dataDirectory) {
        return start(dataDirectory, List.of());
    }

    /** The same, with further settings for the server's JVM ({@code -Dname=value}). */
    public static RunningSite start(Path dataDirectory, List<String> settings) {
        RunningSite site = new RunningSite(dataDirectory, settings);
        site.launch();
        return site;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The port it listens on for HTTP. */
    public int port() {
        return port;
    }

    /** The server's process, while it runs. */
    public long pid() {
        if (process == null) {
            throw new IllegalStateException("The site is not running");
        }
        return process.pid();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The inquiry key of this site: outside its data directory, as in production. */
    public Path keyFile() {
        return keyFileOf(dataDirectory);
    }

    /** The same, before the site on this data directory has started (to write a database as an old release did). */
    public static Path keyFileOf(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + "-keys").resolve("inquiry.key");
    }

    /** Everything the server wrote to its log (and standard output) so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the server wrote to its log since it was last started. */
    public String logOfThisStart() {
        return log().substring((int) logStart);
    }

    /** Stops the server (SIGTERM), if it still runs, and starts it again on the same data directory. */
    public void restart() {
        stop();
        launch();
    }

    /** Kills the server at once (SIGKILL), as a power cut would: no shutdown hook, no clean Derby shutdown. */
    public void crash() {
        if (process != null) {
            try {
                process.destroyForcibly().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    public void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    private void launch() {
        logStart = logLength();
        String commands = TestSettings.required("payara.commands");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                // the JIT's first tier only: a start takes about a quarter less, and nothing a test checks
                // depends on how far the JIT has optimized (the benchmarks under bench/ run without it)
                "-XX:TieredStopAtLevel=1",
                "-Dproduct.name=",
                "-Dclinic.data.dir=" + dataDirectory,
                "-Dclinic.inquiry.key-file=" + keyFile(),
                "-Dclinic.admin.key-file=" + keyFile().resolveSibling("admin.key"),
                // every form and sign-in test posts from this one address, and none waits for the throttle
                "-Dclinic.inquiry.max-per-hour=1000", "-Dclinic.inquiry.max-referrals-per-hour=1000",
                "-Dclinic.inquiry.site-wide-per-hour=1000",
                "-Dclinic.admin.sign-in-client-limit=1000",
                "-Dclinic.admin.sign-in-wait-millis=1",
                "-Dclinic.inquiry.scan-seconds=" + TestSettings.SCAN_SECONDS,
                // a form sent sooner than this is refused as a script's (three seconds in production)
                "-Dclinic.inquiry.min-fill-seconds=" + TestSettings.MIN_FILL_SECONDS));
        command.addAll(settings);
        command.addAll(List.of(
                "-jar", TestSettings.required("payara.micro.jar"),
                "--nocluster", "--disablephonehome",
                "--port", Integer.toString(port),
                "--prebootcommandfile", Path.of(commands, "preboot-commands.txt").toString(),
                "--postbootcommandfile", Path.of(commands, "postboot-commands.txt").toString()));
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command);
            // as the README says to run it behind a proxy: reachable from this machine alone
            builder.environment().put("CLINIC_LISTEN_ADDRESS", "127.0.0.1");
            process = builder
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitAnswer();
    }

    private void awaitAnswer() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(uri("/health")).timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited during start-up; see " + log);
            }
            try {
                // Payara serves the application while it is still starting (404, then 503 and 500 for a moment):
                // the site is up once Payara says it is ready, and then /health answers UP or DOWN
                boolean ready = logOfThisStart().contains("ready in");
                int status = client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (ready && (status == 200 || status == 503)) {
                    return;
                }
                if (ready && status == 404) {
                    stop();
                    throw new IllegalStateException("Payara started but the site is not deployed; see " + log);
                }
            } catch (IOException notYetListening) {
                // the server is still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleepBriefly();
        }
        stop();
        throw new IllegalStateException("The site did not answer within " + STARTUP_LIMIT + "; see " + log);
    }

    private long logLength() {
        try {
            return Files.exists(log) ? Files.readString(log).length() : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
