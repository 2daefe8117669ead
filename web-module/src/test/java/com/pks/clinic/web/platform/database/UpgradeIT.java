package com.pks.clinic.web.platform.database;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateToTagCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

import com.pks.clinic.inquiry.internal.protect.FirstFormatValues;
import com.pks.clinic.web.testing.Browser;
import com.pks.clinic.web.testing.DerbyFiles;
import com.pks.clinic.web.testing.Folders;
import com.pks.clinic.web.testing.Http;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.StaffSignIn;
import com.pks.clinic.web.testing.TestSettings;

/**
 * A database left by the last release is brought up to date without loss. The test builds one with release 1.0's
 * migrations (up to Liquibase's tag "1.0": the public site before the admin console) and the data that release
 * wrote: the clinic's own phone number, a consultation request marked urgent with a self-check attached, a
 * clinician's referral, both encrypted in the first format (bound to nothing), the key check, and staff notices sent
 * and waiting. The current version then starts on it, migrates it, and reads everything back through the site.
 */
class UpgradeIT {

    private static final String PASSWORD = "quiet river lantern morning";
    private static final String CHANGELOG = "db/changelog.xml";
    private static final String RELEASE = "1.0";

    @Test
    void aDatabaseOfTheLastReleaseIsMigratedAndEverythingInItReadsBack() throws Exception {
        Path data = TestSettings.dataDirectory("upgrade");
        Path keyFile = RunningSite.keyFileOf(data);
        Folders.wipe(data);
        Folders.wipe(keyFile.getParent());
        byte[] key = newKeyFile(keyFile);
        try (Connection database = DerbyFiles.open(data)) {
            migrateToTheLastRelease(database);
            writeWhatTheLastReleaseWrote(database, key);
        }
        DerbyFiles.shutDown(data);

        String admin = "upgrade-admin@clinic.test";
        try (RunningSite site = RunningSite.start(data); Browser browser = Browser.ofSize(1280, 900)) {
            assertEquals(200, Http.get(site.uri("/health")).statusCode(), "UP: migrated, and the key proven");
            String home = Http.get(site.uri("/")).body();
            assertAll(
                    () -> assertTrue(home.contains("tel:+14065550142"), "the clinic's own number is kept"),
                    () -> assertTrue(home.contains("Thomas Insel"), "the seeded pages are served"),
                    () -> assertEquals(200, Http.get(site.uri("/cost-and-insurance")).statusCode()),
                    () -> assertEquals(200, Http.get(site.uri("/who-it-may-help")).statusCode()));

            StaffSignIn.setUpFirstAdministrator(browser, site, "Uma Upgrade", admin, PASSWORD);
            StaffSignIn.signIn(browser, site, admin, PASSWORD);
            browser.driver().get(site.uri("/admin/inquiries").toString());
            String inbox = browser.text("main");
            assertTrue(inbox.contains("UPGRADE2") && inbox.contains("UPGRADE3"), inbox);

            browser.driver().get(site.uri("/admin/inquiries/view?ref=UPGRADE2").toString());
            String consultation = browser.text("main");
            assertAll(
                    () -> assertTrue(consultation.contains("Rowan Oldrelease"), consultation),
                    () -> assertTrue(consultation.contains("written before the console existed"), consultation),
                    () -> assertTrue(consultation.contains("PHQ-9: 14"), consultation),
                    () -> assertTrue(consultation.contains("rowan@example.org"), consultation));
            browser.driver().get(site.uri("/admin/inquiries/view?ref=UPGRADE3").toString());
            String referral = browser.text("main");
            assertAll(
                    () -> assertTrue(referral.contains("Bitterroot Family Practice"), referral),
                    () -> assertTrue(referral.contains("Sam Referred"), referral));
        }

        try (Connection database = DerbyFiles.open(data)) {
            assertEquals(0, count(database, "select count(*) from inquiry_request where name like 'g1.%'"
                    + " or message like 'g1.%' or practice like 'g1.%'"), "first-format values were sealed again");
            assertEquals(2, count(database, "select count(*) from inquiry_notification"
                    + " where reference like 'UPGRADE%' and reminder = 0"), "no notice was lost or doubled");
        } finally {
            DerbyFiles.shutDown(data);
        }
    }

    /** What release 1.0's start-up did: its changesets, and nothing after its tag. */
    private static void migrateToTheLastRelease(Connection connection) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        ((DerbyDatabase) database).setShutdownEmbeddedDerby(false);
        Scope.child(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(UpgradeIT.class.getClassLoader()),
                () -> new CommandScope(UpdateToTagCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateToTagCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                        .addArgumentValue(UpdateToTagCommandStep.TAG_ARG, RELEASE)
                        .execute());
        connection.setAutoCommit(true); // Liquibase left it off; the rows below are each committed
        assertEquals(0, count(connection, "select count(*) from sys.systables where lower(tablename) like 'admin_%'"),
                "release 1.0 had no console");
    }

    /** Rows as release 1.0's code wrote them, in its columns, its enum names and its first encryption format. */
    private static void writeWhatTheLastReleaseWrote(Connection database, byte[] key) throws SQLException {
        Timestamp received = Timestamp.from(Instant.now().minus(3, ChronoUnit.DAYS));
        try (var statement = database.createStatement()) {
            statement.executeUpdate("update content_site_settings set phone = '406-555-0142' where id = 1");
            statement.executeUpdate("insert into inquiry_key_check (id, check_value) values (1, '"
                    + FirstFormatValues.keyCheck(key) + "')");
        }
        try (PreparedStatement consultation = database.prepareStatement("insert into inquiry_request (reference, kind,"
                + " status, priority, received_at, name, phone, email, preferred_contact, best_time, for_whom, message,"
                + " heard_about, self_harm, self_check) values ('UPGRADE2', 'CONSULTATION', 'NEW', 'URGENT', ?, ?, ?, ?,"
                + " 'EMAIL', ?, 'MYSELF', ?, ?, true, ?)")) {
            consultation.setTimestamp(1, received);
            int column = 2;
            for (String value : new String[] {"Rowan Oldrelease", "406-555-0199", "rowan@example.org", "Mornings",
                    "A message written before the console existed.", "A friend",
                    "PHQ-9: 14 (moderate depression); item 9 answered above 0"}) {
                consultation.setString(column++, FirstFormatValues.of(value, key));
            }
            consultation.executeUpdate();
        }
        try (PreparedStatement referral = database.prepareStatement("insert into inquiry_request (reference, kind,"
                + " status, priority, received_at, name, email, practice, patient_name, patient_phone, reason)"
                + " values ('UPGRADE3', 'REFERRAL', 'NEW', 'ROUTINE', ?, ?, ?, ?, ?, ?, ?)")) {
            referral.setTimestamp(1, received);
            int column = 2;
            for (String value : new String[] {"Dr. Lee Clinician", "lee@bitterroot.example", "Bitterroot Family Practice",
                    "Sam Referred", "406-555-0123", "Depression that three medicines have not helped."}) {
                referral.setString(column++, FirstFormatValues.of(value, key));
            }
            referral.executeUpdate();
        }
        try (PreparedStatement notice = database.prepareStatement("insert into inquiry_notification (reference, urgent,"
                + " created_at, attempts, next_attempt_at, sent_at) values (?, ?, ?, ?, ?, ?)")) {
            notice.setString(1, "UPGRADE2");
            notice.setBoolean(2, true);
            notice.setTimestamp(3, received);
            notice.setInt(4, 1);
            notice.setTimestamp(5, received);
            notice.setTimestamp(6, received);
            notice.executeUpdate();
            notice.setString(1, "UPGRADE3");
            notice.setBoolean(2, false);
            notice.setInt(4, 0);
            notice.setTimestamp(6, null);
            notice.executeUpdate();
        }
    }

    private static int count(Connection database, String query) throws SQLException {
        try (var statement = database.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static byte[] newKeyFile(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent(),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.writeString(Files.createFile(file,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        return key;
    }

}
