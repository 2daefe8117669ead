package com.pks.clinic.web.platform.database;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.pks.clinic.web.testing.Accessibility;
import com.pks.clinic.web.testing.Browser;
import com.pks.clinic.web.testing.ConsultationForm;
import com.pks.clinic.web.testing.DerbyFiles;
import com.pks.clinic.web.testing.Folders;
import com.pks.clinic.web.testing.Http;
import com.pks.clinic.web.testing.MediaUpload;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.StaffSignIn;
import com.pks.clinic.web.testing.TestSettings;

/**
 * A backup made from the console brings everything back: an Administrator uploads a picture and makes a backup
 * (made in the background and checked; the screen shows it when it is done), the documented command copies the
 * backups off the machine (rsync), the database and the backups on the machine are wiped, the documented command
 * restores the backup from the copy (refused while the site runs), and the site starts on it with its pages and their revisions, the picture, its account, its audit log and an
 * inquiry readable. Runs its own server, since it stops it.
 */
class BackupRestoreIT {

    private static final String PASSWORD = "quiet river lantern morning";

    @Test
    void aBackupFromTheConsoleRestoresEverythingAfterTheDatabaseIsWiped() throws Exception {
        Path data = TestSettings.dataDirectory("backup");
        Path backups = data.resolveSibling("backup-backups");
        String admin = "backup-admin@clinic.test";
        try (RunningSite site = RunningSite.start(data, List.of("-Dclinic.backup.dir=" + backups));
             Browser browser = Browser.ofSize(1280, 900)) {
            StaffSignIn.setUpFirstAdministrator(browser, site, "Blair Backup", admin, PASSWORD);
            String reference = ConsultationForm.sendValid(browser, site, "Restorecourse");
            StaffSignIn.signIn(browser, site, admin, PASSWORD);
            String picture = MediaUpload.upload(browser, site, "restored-picture.jpg").path();
            byte[] pictureBytes = Http.sendForBytes(HttpRequest.newBuilder(site.uri(picture)).build()).body();

            browser.driver().get(site.uri("/admin/backups").toString());
            browser.submit("back-up-now");
            assertTrue(browser.text("main").contains("The backup has started"), browser.text("main"));
            boolean shownUnderWay = !browser.driver().findElements(By.id("backup-under-way")).isEmpty();
            // made in the background: the screen puts it in its list when it is done, without a reload
            WebElement newest = new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).until(page ->
                    page.findElements(By.id("backup-under-way")).isEmpty()
                            ? page.findElements(By.cssSelector("#backups tbody tr")).stream().findFirst().orElse(null)
                            : null);
            String made = newest.getText();
            assertTrue(made.contains("Good") && made.contains("tables passed"), made);
            String name = newest.findElement(By.cssSelector("th code")).getText();
            if (shownUnderWay) {
                String news = browser.text("backup-news");
                assertTrue(news.contains(name + " is made.") && news.contains("tables passed"), news);
                Accessibility.assertNoViolationsNow(browser, "the backups screen once the backup is made");
            }
            assertTrue(Files.isDirectory(backups.resolve(name).resolve("derby")), "Derby's copy is in the folder");

            Process refused = command("restore-backup", name, data.toString(), backups.toString());
            assertEquals(1, refused.exitValue(), "refused while the site runs");
            assertTrue(output(refused).contains("stop it first"));

            site.stop();
            Path offsite = data.resolveSibling("backup-offsite");
            Folders.wipe(offsite);
            Process copied = command("copy-backups-off", offsite.toString(), backups.toString());
            assertEquals(0, copied.exitValue(), output(copied));

            // the machine is lost: its database and its backups with it; the copy off it is all there is
            Folders.wipe(DerbyFiles.databaseDirectory(data));
            Folders.wipe(backups);
            Process restored = command("restore-backup", offsite.resolve(name).toString(), data.toString(),
                    backups.toString());
            assertEquals(0, restored.exitValue(), output(restored));
            site.restart();

            assertEquals(200, Http.get(site.uri("/health")).statusCode(), "the site says UP");
            assertTrue(Http.get(site.uri("/")).body().contains("Thomas Insel"), "the pages are back");
            assertArrayEquals(pictureBytes, Http.sendForBytes(HttpRequest.newBuilder(site.uri(picture)).build()).body(),
                    "the picture is back, byte for byte");
            StaffSignIn.signIn(browser, site, admin, PASSWORD);
            browser.driver().get(site.uri("/admin/inquiries").toString());
            assertTrue(browser.text("main").contains(reference), "the inquiry is back and readable");
            browser.driver().get(site.uri("/admin/audit").toString());
            assertTrue(browser.text("main").contains("Backup made"), "and the audit log with it");
            browser.driver().get(site.uri("/admin/pages/history?slug=home").toString());
            assertTrue(browser.driver().findElements(By.cssSelector("#history-form tbody tr")).size() >= 2,
                    "and the home page's revisions");
        }
    }

    /** Runs one of the documented commands in {@code bin/}. */
    private static Process command(String name, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of("..", "bin", name).toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command ends");
        return process;
    }

    private static String output(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
