package com.pks.clinic.web.platform.database;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.pks.clinic.web.testing.Browser;
import com.pks.clinic.web.testing.DerbyFiles;
import com.pks.clinic.web.testing.Http;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.TestSettings;

/**
 * When the database cannot be opened at start-up (here: another process holds it), the site still starts: /health
 * says DOWN with 503, and pages show the crisis line on an error page that tells nothing of the failure. It stays
 * DOWN, honestly, until it is restarted with the database free, and then serves the site again.
 */
class DatabaseUnavailableIT {

    @Test
    void theSiteReportsDownShowsTheCrisisLineAndRecoversOnRestart() throws SQLException {
        Path dataDirectory = TestSettings.dataDirectory("unavailable");
        try (Connection heldByTheTest = DerbyFiles.open(dataDirectory);
             RunningSite site = RunningSite.start(dataDirectory)) {

            HttpResponse<String> health = Http.get(site.uri("/health"));
            assertEquals(503, health.statusCode());
            assertEquals("{\"status\":\"DOWN\"}", health.body());

            HttpResponse<String> home = Http.get(site.uri("/"));
            assertEquals(500, home.statusCode());
            assertAll(
                    () -> assertTrue(home.body().contains("href=\"tel:988\""), home.body()),
                    () -> assertTrue(home.body().contains("tel:+14068807571"), home.body()),
                    () -> assertFalse(home.body().contains("Exception"), home.body()),
                    () -> assertFalse(home.body().contains("Payara"), home.body()),
                    () -> assertFalse(home.body().contains("derby"), home.body()));

            try (Browser phone = Browser.ofSize(360, 640)) {
                phone.driver().get(site.uri("/").toString());
                WebElement crisis = phone.driver().findElement(By.cssSelector("aside.crisis"));
                double bottom = ((Number) phone.driver().executeScript(
                        "return arguments[0].getBoundingClientRect().bottom;", crisis)).doubleValue();
                assertTrue(crisis.isDisplayed() && bottom <= 640, "the crisis line is in view on the error page");
                phone.screenshot("phone-database-unavailable");
            }

            heldByTheTest.close();
            DerbyFiles.shutDown(dataDirectory);
            assertEquals(503, Http.get(site.uri("/health")).statusCode(), "DOWN until restarted");

            site.restart();
            assertEquals(200, Http.get(site.uri("/health")).statusCode());
            assertEquals(200, Http.get(site.uri("/")).statusCode());
        }
    }
}
