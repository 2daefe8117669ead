package com.pks.clinic.web.platform.database;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import com.pks.clinic.web.testing.Browser;
import com.pks.clinic.web.testing.ConsultationForm;
import com.pks.clinic.web.testing.DerbyFiles;
import com.pks.clinic.web.testing.Folders;
import com.pks.clinic.web.testing.Http;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.TestSettings;

/**
 * The data directory on a disk of its own, a small ext4 image mounted as a loop device with {@code errors=remount-ro}
 * (mounting needs root, as CI and these sessions have): filled to the last byte, and later made read-only by an
 * error, as the kernel does to a failing disk. Each time the site says DOWN, the form says before and after sending
 * that it cannot take messages and gives the number to call, and public pages still serve. Once there is room again
 * the site is UP by itself; after the read-only disk is checked and mounted again, the site starts UP on it. No
 * inquiry is lost.
 */
class FullDiskIT {

    private static final long DISK_BYTES = 192L * 1024 * 1024;
    private static final Duration HEALTH_LIMIT = Duration.ofSeconds(60);
    private static final String CANNOT_TAKE = "cannot take messages just now";

    @Test
    void aFullOrReadOnlyDiskRefusesNewInquiriesLosesNothingAndRecovers() throws Exception {
        Path data = TestSettings.dataDirectory("full-disk");
        Path disk = data.resolveSibling("full-disk.img");
        Folders.wipe(RunningSite.keyFileOf(data).getParent());
        Files.createDirectories(data);
        try (RandomAccessFile image = new RandomAccessFile(disk.toFile(), "rw")) {
            image.setLength(DISK_BYTES);
        }
        run("mkfs.ext4", "-q", "-F", "-m", "0", disk.toString());
        mount(disk, data);
        try {
            String before;
            String after;
            try (RunningSite site = RunningSite.start(data, List.of("-Dclinic.data.min-free-mb=16"));
                 Browser browser = Browser.ofSize(390, 844)) {
                assertEquals(200, Http.get(site.uri("/health")).statusCode());
                before = ConsultationForm.sendValid(browser, site, "Beforefull");

                Path filler = data.resolve("filler");
                fillUp(filler);
                assertRefusedButServing(site, browser, "Whilefull");
                Thread.sleep(11_000); // the site's own writers (the readers' count) meet the full disk meanwhile
                Files.delete(filler);
                run("sync"); // so that the disk's failure below cannot take the deletion back with its journal
                awaitHealth(site, 200);
                after = ConsultationForm.sendValid(browser, site, "Afterfull");

                failDisk(data);
                assertRefusedButServing(site, browser, "Whilereadonly");
                site.stop();
                run("umount", data.toString());
                assertTrue(exitOf("e2fsck", "-f", "-p", disk.toString()) <= 1, "the disk is checked and repaired");
                mount(disk, data);
                site.restart();
                assertEquals(200, Http.get(site.uri("/health")).statusCode(), "UP on the repaired disk");
                String last = ConsultationForm.sendValid(browser, site, "Afterreadonly");
                site.stop();
                assertEquals(List.of(true, true, true), stored(data, before, after, last), "every inquiry is kept");
            }
        } finally {
            exitOf("umount", data.toString()); // unless a failure left it unmounted
            Files.delete(disk);
        }
    }

    private static void mount(Path disk, Path folder) throws IOException, InterruptedException {
        run("mount", "-o", "loop,errors=remount-ro", disk.toString(), folder.toString());
        run("chmod", "700", folder.toString());
    }

    /** What the kernel does when the disk fails: ext4 meets an error and goes read-only (its own test switch). */
    private static void failDisk(Path folder) throws IOException, InterruptedException {
        Process source = new ProcessBuilder("findmnt", "-n", "-o", "SOURCE", folder.toString()).start();
        String device = new String(source.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertTrue(source.waitFor(10, TimeUnit.SECONDS) && device.startsWith("/dev/loop"), device);
        Files.writeString(Path.of("/sys/fs/ext4", Path.of(device).getFileName().toString(), "trigger_fs_error"), "1");
    }

    private static void assertRefusedButServing(RunningSite site, Browser browser, String marker)
            throws InterruptedException {
        awaitHealth(site, 503); // the disk is looked at again every two seconds
        String home = Http.get(site.uri("/")).body();
        assertTrue(home.contains("tel:988"), "public pages still serve, with the crisis line");
        ConsultationForm.open(browser, site);
        assertTrue(browser.text("main").contains(CANNOT_TAKE), "the form says so before anything is typed");
        String refused = ConsultationForm.sendRefused(browser, site, marker);
        assertAll(
                () -> assertTrue(refused.contains("has not been sent") && refused.contains("answers are still here"),
                        refused),
                () -> assertTrue(browser.driver().getPageSource().contains("href=\"tel:+14068807571\""),
                        "the number to call"),
                () -> assertTrue(browser.driver().getPageSource().contains(marker.toLowerCase() + "@example.org"),
                        "what was typed stays in the form"));
        browser.screenshot("phone-contact-" + marker);
    }

    private static void fillUp(Path filler) {
        byte[] block = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertTrue(full.getMessage() == null || full.getMessage().contains("space"), full.toString());
        }
    }

    private static void awaitHealth(RunningSite site, int status) throws InterruptedException {
        Instant deadline = Instant.now().plus(HEALTH_LIMIT);
        while (Http.get(site.uri("/health")).statusCode() != status) {
            assertTrue(Instant.now().isBefore(deadline), "/health answers " + status + " within " + HEALTH_LIMIT
                    + "; see " + site.log());
            Thread.sleep(500);
        }
    }

    private static List<Boolean> stored(Path data, String... references) throws Exception {
        try (Connection database = DerbyFiles.open(data);
             PreparedStatement query = database.prepareStatement(
                     "select count(*) from inquiry_request where reference = ?")) {
            List<Boolean> found = new ArrayList<>();
            for (String reference : references) {
                query.setString(1, reference);
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    found.add(result.getInt(1) == 1);
                }
            }
            return found;
        } finally {
            DerbyFiles.shutDown(data);
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        assertEquals(0, exitOf(command), String.join(" ", command) + " (needs root)");
    }

    private static int exitOf(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        return process.exitValue();
    }
}
