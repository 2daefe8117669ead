package com.pks.clinic.web.admin;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.pks.clinic.content.internal.media.CameraPhotos;
import com.pks.clinic.web.testing.Accessibility;
import com.pks.clinic.web.testing.Browser;
import com.pks.clinic.web.testing.ConsoleStaff;
import com.pks.clinic.web.testing.Http;
import com.pks.clinic.web.testing.MediaUpload;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.SharedSite;

/**
 * The media library, the lists and the clinic's details as a new clinic editor uses them, in headless Chromium on the
 * shared site: a phone photo uploaded (its position gone afterwards) beside a renamed file that is no picture
 * (refused); a team member with the photo, refused until the photo has a text alternative, then on the team page; an
 * article found in the news, the sitemap and the feed; a new phone number on every page; and the visit counted for
 * the dashboard. Every test leaves the public site as it found it.
 */
@ExtendWith(SharedSite.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MediaAndListsBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String READER = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    private Browser admin;
    private Browser editor;
    private Browser intake;
    private String letters;

    @BeforeAll
    void useTheStaffOfTheSharedSite(ConsoleStaff staff) {
        admin = staff.admin();
        editor = staff.editor();
        intake = staff.intake();
        letters = staff.suffix().replaceAll("[0-9]", "x");
    }

    @Test
    void aPhonePhotoLosesItsPositionAndARenamedFileIsRefused(RunningSite site) throws IOException {
        MediaUpload uploaded = MediaUpload.upload(editor, site, "gps-" + letters + ".jpg", "renamed-" + letters + ".jpg");
        String photo = uploaded.path();
        String messages = uploaded.messages();
        assertAll("one taken, one refused, each named",
                () -> assertTrue(messages.contains("Uploaded “gps-" + letters + ".jpg”"), messages),
                () -> assertTrue(messages.contains("“renamed-" + letters + ".jpg” was not uploaded"), messages),
                () -> assertTrue(messages.contains("not a JPEG, PNG or WebP picture"), messages));

        byte[] served = Http.sendForBytes(HttpRequest.newBuilder(site.uri(photo)).build()).body();
        String bytes = new String(served, StandardCharsets.ISO_8859_1);
        assertTrue(served.length > 1000 && (served[0] & 0xFF) == 0xFF, "a JPEG is served");
        assertFalse(bytes.contains("Exif") || bytes.contains(CameraPhotos.MODEL), "no GPS position, no camera");
        var response = Http.sendForBytes(HttpRequest.newBuilder(site.uri(photo)).build());
        assertEquals("public, max-age=31536000, immutable", response.headers().firstValue("Cache-Control")
                .orElse(""));
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, Http.sendForBytes(HttpRequest.newBuilder(site.uri(photo)).header("If-None-Match", etag)
                .build()).statusCode(), "a browser that holds it is told so");
        String otherFingerprint = photo.replaceFirst("/[0-9a-f]{12}/", "/000000000000/");
        for (String wrong : List.of(otherFingerprint, photo.replace(".jpg", ".png"), photo.replace("/media/",
                "/media/0"), photo.replaceFirst("/[0-9]+\\.jpg$", "/999.jpg"), "/media/../WEB-INF/web.xml")) {
            assertEquals(404, Http.sendForBytes(HttpRequest.newBuilder(site.uri(wrong)).build()).statusCode(),
                    wrong);
        }
    }

    @Test
    void aPictureUploadedAgainIsTakenAndNamedAsAlreadyInTheLibrary(RunningSite site) throws IOException {
        byte[] photo = CameraPhotos.jpeg(1640, 1230, 1); // a size no other upload of the suite has
        String first = MediaUpload.upload(editor, site, photo, "harbour-" + letters + ".jpg").messages();
        assertFalse(first.contains("same picture"), first);
        String again = MediaUpload.upload(editor, site, photo, "harbour-again-" + letters + ".jpg").messages();
        assertTrue(again.contains("Uploaded “harbour-again-" + letters + ".jpg”"), again);
        assertTrue(again.contains("“harbour-again-" + letters + ".jpg” is the same picture as “harbour-" + letters
                + ".jpg”, which was already in the library"), again);
    }

    @Test
    void aTeamMemberWithAPhotoIsPublishedOnceThePhotoIsDescribed(RunningSite site) throws IOException {
        String photo = MediaUpload.upload(admin, site, "portrait-" + letters + ".jpg").path();
        String name = "Dr. Rowan " + letters;
        admin.driver().get(site.uri("/admin/lists?list=team").toString());
        admin.driver().findElement(By.id("add-entry")).click();
        admin.type("title", name);
        admin.type("subtitle", "MD");
        admin.type("label", "Psychiatrist");
        admin.driver().findElement(By.id("imagePath-choose")).sendKeys(Keys.ENTER); // the pictures by sight
        WebDriverWait wait = new WebDriverWait(admin.driver(), WAIT);
        wait.until(driver -> driver.findElements(By.cssSelector("dialog[open] .picture-choice")).stream()
                .filter(offered -> offered.getText().contains("portrait-" + letters + ".jpg")).findFirst()
                .orElse(null)).click();
        wait.until(driver -> driver.findElements(By.cssSelector("dialog")).isEmpty());
        assertEquals(photo, new Select(admin.driver().findElement(By.id("imagePath"))).getFirstSelectedOption()
                .getAttribute("value"), "the picture chosen is the list's choice, which the form sends");
        assertEquals("imagePath-choose", admin.driver().switchTo().activeElement().getAttribute("id"),
                "the keyboard is back at the button");
        WebElement preview = admin.driver().findElement(By.id("imagePath-preview"));
        String photoFolder = photo.substring(0, photo.lastIndexOf('/') + 1); // its variants differ in width only
        assertTrue(preview.isDisplayed() && preview.getAttribute("src").contains(photoFolder),
                "the chosen photo shows before anything is saved: " + preview.getAttribute("src"));
        Select byName = new Select(admin.driver().findElement(By.id("imagePath")));
        byName.selectByValue("");
        assertFalse(preview.isDisplayed(), "no picture, no preview");
        byName.selectByValue(photo);
        assertTrue(preview.isDisplayed(), "the list of names, by keyboard or without the pictures, works alike");
        admin.submit("publish");
        String refusal = admin.text("main");
        assertTrue(refusal.contains("Your draft is saved, but it cannot be published yet")
                && refusal.contains("“portrait-" + letters + ".jpg” has no text alternative"), refusal);
        assertFalse(Http.get(site.uri("/our-team")).body().contains(name), "not published");
        String editorAddress = admin.driver().getCurrentUrl();
        assertTrue(editorAddress.contains("key="), "on the new entry's own address: " + editorAddress);

        admin.driver().get(site.uri("/admin/media?q=portrait-" + letters).toString());
        admin.driver().findElement(By.cssSelector("#pictures a")).click();
        assertTrue(admin.text("uses").contains(name), "the picture says where it is used");
        admin.type("alt", name + " in the clinic garden");
        admin.submit("save");
        admin.driver().get(editorAddress);
        admin.submit("publish");
        assertTrue(admin.text("main").contains("Published"), admin.text("main"));

        Document team = Jsoup.parse(Http.get(site.uri("/our-team")).body());
        Element portrait = team.select("img.portrait[alt='" + name + " in the clinic garden']").first();
        assertTrue(portrait != null, team.select("img.portrait").outerHtml());
        assertTrue(portrait.attr("srcset").contains(" 320w") && !portrait.attr("width").isEmpty()
                && "lazy".equals(portrait.attr("loading")), portrait.outerHtml());
        assertTrue(team.select("script[type=application/ld+json]").html().contains(name));

        String key = editorAddress.replaceFirst(".*key=", "");
        admin.driver().get(site.uri("/admin/lists?list=team").toString());
        List<WebElement> moveUp = admin.driver().findElements(By.cssSelector("#entry-" + key
                + " input[value='Move up']"));
        assertFalse(moveUp.isEmpty(), () -> "no Move up for " + key + " (once, under the suite's load) on "
                + admin.driver().getCurrentUrl() + ": " + admin.text("main"));
        moveUp.get(0).click();
        new WebDriverWait(admin.driver(), Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().endsWith("#entry-" + key));
        assertTrue(admin.text("main").contains("“" + name + "” moved up."), "the message names it");
        assertTrue(admin.driver().findElement(By.id("entry-" + key)).getAttribute("class").contains("row-moved"),
                "the list opens again at the entry, marked");

        admin.driver().get(editorAddress);
        admin.submit("delete");
        assertEquals("delete-confirmation", admin.driver().switchTo().activeElement().getAttribute("id"),
                "the question is where the keyboard is");
        admin.submit("confirm-delete");
        assertFalse(Http.get(site.uri("/our-team")).body().contains(name), "the team is as it was");
    }

    @Test
    void aPictureIsChosenByItsThumbnailInTheTextEditor(RunningSite site) throws IOException {
        String name = "chooser-" + letters + ".jpg";
        String path = MediaUpload.upload(editor, site, name).path();
        editor.driver().get(site.uri("/admin/lists/edit?list=faq").toString());
        WebDriverWait wait = new WebDriverWait(editor.driver(), WAIT);
        wait.until(driver -> Boolean.TRUE.equals(editor.driver().executeScript(
                "return !!(window.tinymce && tinymce.activeEditor && tinymce.activeEditor.initialized);")));
        WebElement button = editor.driver().findElement(
                By.cssSelector("button[aria-label='Insert a picture from the media library']"));

        button.click();
        WebElement choice = wait.until(driver -> driver.findElements(By.cssSelector("dialog[open] .picture-choice"))
                .stream().filter(offered -> offered.getText().contains(name)).findFirst().orElse(null));
        assertTrue(choice.getText().contains("No text alternative yet"), choice.getText());
        assertTrue(Boolean.TRUE.equals(editor.driver().executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;",
                choice.findElement(By.tagName("img")))), "its thumbnail shows");
        Accessibility.assertNoViolationsNow(editor, "console-picture-chooser");
        editor.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(driver -> driver.findElements(By.cssSelector("dialog")).isEmpty());
        assertEquals("bodyHtml_ifr", editor.driver().switchTo().activeElement().getAttribute("id"),
                "Escape closes it, back in the text");
        assertFalse(editorText(editor).contains("<img"), "nothing inserted");

        button.click();
        wait.until(driver -> driver.findElements(By.cssSelector("dialog[open] .picture-choice")).stream()
                .filter(offered -> offered.getText().contains(name)).findFirst().orElse(null)).click();
        wait.until(driver -> driver.findElements(By.cssSelector("dialog")).isEmpty());
        assertTrue(editorText(editor).contains("<img src=\"" + path + "\""), editorText(editor));
    }

    private static String editorText(Browser browser) {
        return (String) browser.driver().executeScript("return tinymce.activeEditor.getContent();");
    }

    /**
     * Whether the screen asks before it is left, as the browser learns it: a "beforeunload" handler cancels the
     * event (the browser then shows its own question, which headless Chromium shows only after a real gesture).
     */
    @Test
    void leavingAnEntryWithUnsavedWorkAsksFirst(RunningSite site) {
        editor.driver().get(site.uri("/admin/lists/edit?list=article").toString());
        new WebDriverWait(editor.driver(), WAIT).until(driver -> Boolean.TRUE.equals(editor.driver().executeScript(
                "return !!(window.tinymce && tinymce.activeEditor && tinymce.activeEditor.initialized);")));
        assertFalse(asksBeforeLeaving(editor), "nothing typed, nothing asked");
        editor.type("title", "Unsaved " + letters);
        assertTrue(asksBeforeLeaving(editor), "a title typed");
        editor.type("title", "");
        assertFalse(asksBeforeLeaving(editor), "back as it was");
        editor.driver().executeScript("tinymce.activeEditor.setContent('<p>Words</p>');"
                + " tinymce.activeEditor.setDirty(true);");
        assertTrue(asksBeforeLeaving(editor), "words in the formatted-text editor");
    }

    private static boolean asksBeforeLeaving(Browser browser) {
        return Boolean.TRUE.equals(browser.driver().executeScript("var leaving = new Event('beforeunload', "
                + "{cancelable: true}); window.dispatchEvent(leaving); return leaving.defaultPrevented;"));
    }

    @Test
    void anArticleIsInTheNewsTheSitemapAndTheFeed(RunningSite site) {
        String title = "Open on Saturdays " + letters;
        editor.driver().get(site.uri("/admin/lists/edit?list=article").toString());
        editor.type("title", title);
        editor.type("label", "Kay Jennings");
        editor.type("summary", "From January, infusions on Saturday mornings too.");
        new WebDriverWait(editor.driver(), WAIT).until(driver -> Boolean.TRUE.equals(editor.driver().executeScript(
                "return !!(window.tinymce && tinymce.activeEditor && tinymce.activeEditor.initialized);")));
        editor.driver().executeScript("tinymce.activeEditor.setContent('<p>We open at 8 on Saturdays.</p>');");
        editor.submit("publish");
        assertTrue(editor.text("main").contains("Published"), editor.text("main"));
        String key = editor.driver().getCurrentUrl().replaceFirst(".*key=", "");
        editor.type("title", "");
        editor.submit("save-draft");
        assertTrue(editor.text("title-error").contains("Please fill in the name or title"), "an emptied title is a "
                + "mistake to correct on the editor itself: " + editor.text("main"));

        Document news = Jsoup.parse(Http.get(site.uri("/news")).body());
        Element first = news.select(".article-list h3 a").first();
        assertEquals(title, first.text(), "newest first");
        String article = Http.get(site.uri("/news/" + key)).body();
        assertTrue(article.contains("<h1>" + title + "</h1>") && article.contains("We open at 8 on Saturdays."));
        assertTrue(Http.get(site.uri("/sitemap.xml")).body().contains("/news/" + key + "</loc>"));
        String feed = Http.get(site.uri("/feed.xml")).body();
        assertTrue(feed.contains("<title>" + title + "</title>") && feed.contains("/news/" + key), feed);

        editor.submit("delete");
        editor.submit("confirm-delete");
        assertFalse(Http.get(site.uri("/feed.xml")).body().contains(title), "gone again");
    }

    @Test
    void aNewPhoneNumberIsADraftUntilPublishedThenOnEveryPageAndInWhatSearchEnginesRead(RunningSite site) {
        admin.driver().get(site.uri("/admin/clinic").toString());
        String before = admin.driver().findElement(By.id("phone")).getAttribute("value");
        try {
            admin.type("phone", "555-0100");
            admin.submit("save-draft");
            assertTrue(admin.text("details-errors").contains("not a phone number"), "refused with a message");

            admin.type("phone", "406-555-0142");
            admin.submit("preview");
            admin.driver().switchTo().frame("preview-frame");
            String preview = admin.driver().getPageSource();
            admin.driver().switchTo().defaultContent();
            assertTrue(preview.contains("406-555-0142"), "the preview shows the draft");
            assertTrue(Http.get(site.uri("/")).body().contains(before), "the site does not, yet");

            admin.driver().get(site.uri("/admin/clinic").toString());
            assertTrue(admin.text("draft-waiting").contains("draft"), admin.text("main"));
            admin.submit("publish");
            assertTrue(admin.text("main").contains("Published"), admin.text("main"));
            assertTrue(admin.text("details-history").contains(before), "the earlier number is in the history");
            for (String path : List.of("/", "/faq", "/contact", "/news", "/cost-and-insurance", "/accessibility",
                    "/our-team", "/who-it-may-help")) {
                String page = Http.get(site.uri(path)).body();
                assertTrue(page.contains("406-555-0142") && page.contains("tel:+14065550142"), path);
                assertFalse(page.contains(before), path + " still shows the old number");
            }
            assertTrue(Http.get(site.uri("/")).body().contains("\"telephone\":\"+14065550142\""), "JSON-LD");
        } finally {
            admin.driver().get(site.uri("/admin/clinic").toString());
            admin.type("phone", before);
            admin.submit("publish");
        }
        assertTrue(Http.get(site.uri("/")).body().contains(before), "the number is back");
    }

    @Test
    void aReadersVisitIsCountedForTheDashboardWithoutACookie(RunningSite site) {
        String referrer = "search-" + letters + ".example";
        var visit = Http.send(HttpRequest.newBuilder(site.uri("/faq")).header("User-Agent", READER)
                .header("Referer", "https://www." + referrer + "/results?q=ketamine").build());
        assertEquals(200, visit.statusCode());
        assertTrue(visit.headers().allValues("Set-Cookie").isEmpty(), "no cookie for the reader");
        new WebDriverWait(admin.driver(), WAIT).pollingEvery(Duration.ofSeconds(2)).until(driver -> {
            admin.driver().get(site.uri("/admin/").toString());
            return admin.text("referrers").contains(referrer);
        });
        assertTrue(admin.text("views-by-page").contains("Questions"), admin.text("views-by-page"));
    }

    @Test
    void theNewScreensPassAxeOnAPhoneAndADesktopAndIntakeStaffAreKeptOut(RunningSite site) throws IOException {
        MediaUpload.upload(admin, site, "axe-" + letters + ".jpg");
        String picture = admin.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        for (String path : List.of("/admin/media", picture, "/admin/lists?list=team", "/admin/lists?list=article",
                "/admin/lists/edit?list=team&key=kay-jennings", "/admin/lists/edit?list=article",
                "/admin/lists/history?list=team&key=kay-jennings",
                "/admin/lists/preview?list=faq&key=what-is-ketamine", "/admin/clinic", "/admin/clinic/preview")) {
            Accessibility.assertNoViolations(admin, site, path);
            Accessibility.assertNoViolations(editor, site, path);
        }
        Accessibility.assertNoViolations(admin, site, "/admin/backups");
        for (String path : List.of("/admin/media", "/admin/lists?list=team", "/admin/clinic")) {
            intake.driver().get(site.uri(path).toString());
            assertTrue(intake.driver().getPageSource().contains("not part of your role"), path);
        }
    }
}
