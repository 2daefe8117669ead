package com.pks.clinic.web.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.pks.clinic.content.internal.media.CameraPhotos;

/**
 * What an upload to the media library left, as a member of staff does it in the browser.
 *
 * @param path     the address of the photo's widest size
 * @param messages what the library said
 */
public record MediaUpload(String path, String messages) {

    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Uploads a phone photo with this name (and, for each further name, a file that only pretends to be one). */
    public static MediaUpload upload(Browser browser, RunningSite site, String photoName, String... fakeNames)
            throws IOException {
        return upload(browser, site, CameraPhotos.jpeg(1600, 1200, 6), photoName, fakeNames);
    }

    /** The same with this photo (every other upload sends the same one). */
    public static MediaUpload upload(Browser browser, RunningSite site, byte[] photo, String photoName,
                                     String... fakeNames) throws IOException {
        Path folder = Files.createTempDirectory("uploads");
        StringBuilder files = new StringBuilder(Files.write(folder.resolve(photoName), photo).toString());
        for (String fake : fakeNames) {
            files.append('\n').append(Files.write(folder.resolve(fake), "%PDF-1.7 not a photo".getBytes(
                    StandardCharsets.US_ASCII)));
        }
        browser.driver().get(site.uri("/admin/media").toString());
        browser.driver().findElement(By.id("files")).sendKeys(files);
        browser.submit("upload-button");
        new WebDriverWait(browser.driver(), WAIT).until(driver -> !driver.findElements(By.cssSelector(".messages"))
                .isEmpty());
        browser.screenshot("media-uploaded-" + browser.driver().manage().window().getSize().getWidth());
        String messages = browser.driver().findElement(By.cssSelector(".messages")).getText();
        browser.driver().get(site.uri("/admin/media?q=" + photoName).toString());
        browser.driver().findElement(By.cssSelector("#pictures a")).click();
        return new MediaUpload(browser.driver().findElement(By.cssSelector(".facts code")).getText(), messages);
    }
}
