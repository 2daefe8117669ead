package com.pks.clinic.web.site.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import com.pks.clinic.web.testing.DerbyFiles;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.StaffMailbox;
import com.pks.clinic.web.testing.TestSettings;

/**
 * The small version of bench/crash.sh: consultation requests go through the real form flow (bench/InquiryLoad.java,
 * two visitors) while the server is killed with SIGKILL twice at random moments and started again. Every
 * inquiry whose reference a visitor saw is stored, none twice, and every staff notice is sent; notices received
 * twice are counted (each carries its outbox row's Message-ID). The mail server is down until the first kill, so
 * the notices of that round still wait in the outbox when the server dies: the restarted site sends them, each once.
 * The seed is printed: a failure can be repeated.
 */
class CrashSafetyIT {

    /** What the load printed: its counts, and the first refusal or failure it met. */
    private Path loadLog;

    @Test
    void everyConfirmedInquirySurvivesKillsAndEveryNoticeIsSent() throws Exception {
        long seed = System.nanoTime();
        System.out.println("CrashSafetyIT seed " + seed);
        Random random = new Random(seed);
        Path data = TestSettings.dataDirectory("crash-safety");
        Path confirmed = Files.createTempFile("confirmed", ".txt");
        loadLog = Files.createTempFile("load", ".log");
        try (StaffMailbox mailbox = new StaffMailbox()) {
            List<String> settings = new ArrayList<>(mailbox.siteSettings());
            settings.add("-Dclinic.inquiry.min-fill-seconds=0"); // the load posts at once, as a script does
            mailbox.stop(); // so that the notices of the first round are still waiting when the server dies
            try (RunningSite site = RunningSite.start(data, settings)) {
                killDuringTheLoad(site, confirmed, random);
                String waiting = firstConfirmed(confirmed, seed);
                mailbox.start();
                site.restart();
                mailbox.awaitNotification(waiting, Duration.ofSeconds(60));
                killDuringTheLoad(site, confirmed, random);
                site.restart();
                awaitQuietOutbox(mailbox); // the outbox sends what waits at its next rounds, every two seconds here
                site.stop();
                Set<String> seen = new HashSet<>(Files.readAllLines(confirmed));
                List<String> stored = column(data, "select reference from inquiry_request");
                assertTrue(stored.containsAll(seen), "every confirmed inquiry is stored (seed " + seed + ")");
                assertEquals(stored.size(), new HashSet<>(stored).size(), "none is stored twice");
                assertEquals(List.of("0"), column(data, "select count(*) from inquiry_notification "
                        + "where sent_at is null"), "every notice is sent (seed " + seed + ")");
                List<MimeMessage> toldOfTheWaitingOne = mailbox.notificationsFor(waiting);
                assertEquals(1, toldOfTheWaitingOne.size(), "a notice waiting at the crash is sent once, after it");
                assertTrue(toldOfTheWaitingOne.get(0).getMessageID().matches("<notice-[0-9]+@[^>]+>"), "a Message-ID"
                        + " of its outbox row, the same at every attempt: " + toldOfTheWaitingOne.get(0).getMessageID());
                System.out.println("CrashSafetyIT: " + seen.size() + " confirmed, " + stored.size() + " stored, "
                        + (mailbox.messages().size() - distinctMessageIds(mailbox)) + " notices received twice");
            }
        } finally {
            Files.deleteIfExists(confirmed);
            Files.deleteIfExists(loadLog);
        }
    }

    /** Runs the load until a visitor is confirmed, kills the server a random moment later, and waits for the load. */
    private void killDuringTheLoad(RunningSite site, Path confirmed, Random random) throws Exception {
        long before = Files.size(confirmed);
        Process load = load(site, confirmed);
        awaitConfirmations(confirmed, before); // the load is compiled and running
        Thread.sleep(200 + random.nextInt(1_500));
        site.crash();
        assertTrue(load.waitFor(60, TimeUnit.SECONDS), "the visitors give up on the dead server");
    }

    private String firstConfirmed(Path confirmed, long seed) throws IOException {
        List<String> references = Files.readAllLines(confirmed);
        assertFalse(references.isEmpty(), "visitors were confirmed before the first kill (seed " + seed + "); the load"
                + " said: " + Files.readString(loadLog));
        return references.get(0);
    }

    /**
     * Waits until no notice has arrived for four rounds of the outbox (at most 60 s): never less than the fixed wait
     * this replaced, and longer while notices still arrive on a busy machine.
     */
    private static void awaitQuietOutbox(StaffMailbox mailbox) throws InterruptedException {
        Duration quiet = Duration.ofSeconds(TestSettings.SCAN_SECONDS * 4L);
        Instant deadline = Instant.now().plusSeconds(60);
        int received = mailbox.messages().size();
        Instant lastArrival = Instant.now();
        while (Instant.now().isBefore(deadline) && Duration.between(lastArrival, Instant.now()).compareTo(quiet) < 0) {
            Thread.sleep(250);
            int now = mailbox.messages().size();
            if (now != received) {
                received = now;
                lastArrival = Instant.now();
            }
        }
    }

    /** Waits until the load has had a visitor confirmed since the file was this long (at most 60 s). */
    private static void awaitConfirmations(Path confirmed, long before) throws IOException, InterruptedException {
        for (int waited = 0; Files.size(confirmed) == before && waited < 600; waited++) {
            Thread.sleep(100);
        }
    }

    private Process load(RunningSite site, Path confirmed) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, Path.of("..", "bench", "InquiryLoad.java").toString(),
                site.uri("").toString(), "2", "8", confirmed.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(loadLog.toFile())).start();
    }

    private static List<String> column(Path data, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection db = DerbyFiles.open(data); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        } finally {
            DerbyFiles.shutDown(data);
        }
        return values;
    }

    private static long distinctMessageIds(StaffMailbox mailbox) throws MessagingException {
        Set<String> ids = new HashSet<>();
        for (MimeMessage message : mailbox.messages()) {
            ids.add(message.getMessageID());
        }
        return ids.size();
    }
}
