package com.pks.clinic.web.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.pks.clinic.web.testing.Browser;
import com.pks.clinic.web.testing.ConsultationForm;
import com.pks.clinic.web.testing.DerbyFiles;
import com.pks.clinic.web.testing.Http;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.TestSettings;

/**
 * Stopping and starting the site keeps what is stored, seeds nothing twice, and leaves Derby cleanly shut down.
 * Runs its own server, since it stops it.
 */
class RestartIT {

    private static final String NOT_MIGRATED = "no migration to run";
    private static final String MIGRATED = "brought up to this build's";

    /**
     * One server through four starts (each start is the slow part): what was changed while it was stopped shows
     * after the restarts, the seed never runs twice, and a wrong or exposed inquiry key keeps it DOWN in between.
     * The first start copies the build's migrated template; a database stamped by another build is migrated, one
     * stamped by this build is not migrated again.
     */
    @Test
    void storedChangesSurviveRestartsTheSeedRunsOnceAndAWrongOrExposedKeyIsAClearStartUpError()
            throws SQLException, IOException {
        try (RunningSite site = RunningSite.start(TestSettings.dataDirectory("restart"))) {
            assertEquals(200, Http.get(site.uri("/")).statusCode());
            assertEquals(200, Http.get(site.uri("/health")).statusCode());
            assertTrue(site.logOfThisStart().contains(NOT_MIGRATED), "the template is this build's schema already");
            String rightKey = Files.readString(site.keyFile());

            site.stop();
            assertFalse(Files.exists(DerbyFiles.databaseDirectory(site.dataDirectory()).resolve("db.lck")),
                    "a clean shutdown removes Derby's lock file");
            assertEquals(List.of(), readableByOthers(site.dataDirectory()), "health information: owner-only files");
            try (Connection db = DerbyFiles.open(site.dataDirectory())) {
                assertEquals(1, count(db, "select count(*) from content_item where kind = 'PAGE' and slug = 'home'"));
                db.createStatement().executeUpdate("update content_item_revision set title = 'Changed while stopped' "
                        + "where id = (select live_revision_id from content_item where kind = 'PAGE' and slug = 'home')");
                db.createStatement().executeUpdate("update platform_schema_build set build = '20250101000000'");
            }
            DerbyFiles.shutDown(site.dataDirectory());

            byte[] otherKey = new byte[32];
            new SecureRandom().nextBytes(otherKey);
            String wrongKey = Base64.getEncoder().encodeToString(otherKey);
            Files.writeString(site.keyFile(), wrongKey);
            site.restart();
            assertEquals(503, Http.get(site.uri("/health")).statusCode(), "DOWN with the wrong key");
            assertTrue(site.logOfThisStart().contains(MIGRATED), "another build's database is migrated");
            assertTrue(site.log().contains("The inquiry key is not usable"), "the log says why");
            assertFalse(site.log().contains(rightKey.strip()) || site.log().contains(wrongKey),
                    "and never shows a key, neither the right one nor the one in use");
            assertARequestIsNotStoredUnderTheWrongKey(site);
            site.stop();

            Files.writeString(site.keyFile(), rightKey);
            Files.setPosixFilePermissions(site.keyFile(), PosixFilePermissions.fromString("rw-r--r--"));
            site.restart();
            assertEquals(503, Http.get(site.uri("/health")).statusCode(), "a key others may read is not used");
            assertTrue(site.log().contains("chmod 600"), "the log says how to fix it");
            assertTrue(site.logOfThisStart().contains(NOT_MIGRATED), "the start before stamped it with this build");
            site.stop();

            Files.setPosixFilePermissions(site.keyFile(), PosixFilePermissions.fromString("rw-------"));
            site.restart();
            assertEquals(200, Http.get(site.uri("/health")).statusCode(), "UP again with the right key, kept private");
            String home = Http.get(site.uri("/")).body();
            assertTrue(home.contains("<h1>Changed while stopped</h1>"), home);

            site.stop();
            try (Connection db = DerbyFiles.open(site.dataDirectory())) {
                assertEquals(1, count(db, "select count(*) from content_item where kind = 'PAGE' and slug = 'home'"));
                assertEquals(1, count(db, "select count(*) from databasechangelog where id = 'content-seed-2-pages'"));
                assertEquals(13, count(db, "select count(*) from content_item where kind = 'PAGE'"),
                        "the seeded pages, once");
            }
            DerbyFiles.shutDown(site.dataDirectory());
        }
    }

    /** Stored under this key, it could never be read with the right one: the person is asked to call instead. */
    private static void assertARequestIsNotStoredUnderTheWrongKey(RunningSite site) {
        try (Browser phone = Browser.ofSize(390, 844)) {
            ConsultationForm.open(phone, site);
            phone.type("name", "Kept Safe");
            phone.type("phone", "406-555-0100");
            phone.click("consentToContact");
            phone.submitAtHumanPace("send");
            String alert = phone.driver().findElement(By.cssSelector(".form-alert")).getText();
            assertTrue(alert.contains("could not save your message") && alert.contains("call us"), alert);
            assertEquals("Kept Safe", phone.driver().findElement(By.id("name")).getAttribute("value"));
        }
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Files and folders of the data directory that another account of the machine could read. */
    private static List<Path> readableByOthers(Path dataDirectory) {
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            return files.filter(file -> {
                try {
                    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                    return permissions.contains(PosixFilePermission.GROUP_READ)
                            || permissions.contains(PosixFilePermission.OTHERS_READ);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
