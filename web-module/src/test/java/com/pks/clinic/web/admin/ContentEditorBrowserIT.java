package com.pks.clinic.web.admin;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.pks.clinic.web.testing.Accessibility;
import com.pks.clinic.web.testing.Browser;
import com.pks.clinic.web.testing.ConsoleStaff;
import com.pks.clinic.web.testing.Http;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.SharedSite;
import com.pks.clinic.web.testing.StaffSignIn;

/**
 * The content editor as a new clinic editor uses it, in headless Chromium on the shared site: formatted text typed
 * with the keyboard into TinyMCE, saved as a draft that the public site does not show, previewed, published,
 * compared with the version before and restored; the menu rearranged with its buttons; a new page's address changed
 * and the old one followed; two people on one page; a link to a missing page named before publishing. Every test
 * leaves the public site as it found it.
 */
@ExtendWith(SharedSite.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentEditorBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private ConsoleStaff staff;
    private Browser admin;
    private Browser editor;
    private String letters;

    @BeforeAll
    void useTheStaffOfTheSharedSite(ConsoleStaff consoleStaff) {
        staff = consoleStaff;
        admin = staff.admin();
        editor = staff.editor();
        letters = staff.suffix().replaceAll("[0-9]", "x");
    }

    @Test
    void anEditorFormatsTheHomePageWithTheKeyboardPreviewsItPublishesItAndRestoresTheOldVersion(RunningSite site) {
        String heading = "Our promise " + letters;
        openEditor(admin, site, "home");
        typeInEditor(admin, Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "## " + heading, Keys.ENTER,
                "- Calm rooms", Keys.ENTER, "Clear answers", Keys.ENTER, Keys.ENTER, "Ask us about it");
        typeInEditor(admin, Keys.chord(Keys.SHIFT, Keys.HOME));
        clickLinkButton(admin);
        linkTo(admin, "/contact");
        waitForAutosave(admin);

        admin.submit("save-draft");
        assertTrue(admin.text("main").contains("Draft saved"), admin.text("main"));
        String published = Http.get(site.uri("/")).body();
        assertFalse(published.contains(heading), "saving a draft leaves the public site as it was");

        admin.submit("preview");
        admin.driver().switchTo().frame("preview-frame");
        String preview = admin.driver().getPageSource();
        long frameWidth = (Long) admin.driver().executeScript("return window.innerWidth;");
        boolean menuInOneRow = !admin.driver().findElement(By.className("menu-button")).isDisplayed();
        admin.driver().switchTo().defaultContent();
        Boolean fits = (Boolean) admin.driver().executeScript("var frame = document.getElementById('preview-frame');"
                + "return frame.getBoundingClientRect().right <= frame.parentElement.getBoundingClientRect().right;");
        assertAll("the desktop preview is a desktop's width, drawn smaller to fit the console",
                () -> assertEquals(1280, frameWidth), () -> assertTrue(menuInOneRow), () -> assertTrue(fits));
        assertAll("the preview renders the draft through the public template",
                () -> assertTrue(preview.contains("<h2>" + heading + "</h2>"), preview),
                () -> assertTrue(preview.contains("<li>Calm rooms</li>"), preview),
                () -> assertTrue(preview.contains("<a href=\"/contact\">Ask us about it</a>"), preview),
                () -> assertTrue(preview.contains("988"), "with the crisis line"));
        admin.driver().findElement(By.linkText("Phone")).click();
        assertEquals("390px", admin.driver().findElement(By.id("preview-frame")).getCssValue("width"));
        admin.screenshot("editor-preview-phone");

        openEditor(admin, site, "home");
        admin.submit("publish");
        assertTrue(admin.text("main").contains("Published"), admin.text("main"));
        String live = Http.get(site.uri("/")).body();
        assertTrue(live.contains("<h2>" + heading + "</h2>") && live.contains("<a href=\"/contact\">Ask us about it</a>"),
                "published: live at once");

        admin.driver().get(site.uri("/admin/pages/history?slug=home").toString());
        admin.screenshot("editor-history-comparison");
        String comparison = admin.text("comparison");
        String added = admin.driver().findElements(By.cssSelector("#comparison ins")).stream()
                .map(WebElement::getText).reduce("", String::concat);
        assertTrue(added.contains(heading) && added.contains("Calm rooms"), "highlighted as added: " + added);
        assertFalse(comparison.contains("<h2>"), "words, not markup");
        List<WebElement> restore = admin.driver().findElements(By.cssSelector("#revisions input[value='Bring back as draft']"));
        WebElement seeded = restore.get(restore.size() - 1);
        admin.driver().executeScript("arguments[0].click();", seeded);
        new WebDriverWait(admin.driver(), WAIT).until(driver -> driver.getCurrentUrl().contains("/admin/pages/edit"));
        waitForEditor(admin);
        admin.submit("publish");
        assertFalse(Http.get(site.uri("/")).body().contains(heading), "the old version is live again");
    }

    @Test
    void theMenuIsRearrangedWithButtonsAndAnEarlierMenuComesBack(RunningSite site) {
        List<String> before = publicMenu(site);
        editor.driver().get(site.uri("/admin/menu").toString());
        WebElement second = editor.driver().findElements(By.cssSelector("#menu-outline > li")).get(1);
        WebElement up = second.findElement(By.cssSelector("input[value='Move up']"));
        up.sendKeys(Keys.ENTER); // by keyboard
        new WebDriverWait(editor.driver(), WAIT).until(driver -> driver.getPageSource().contains("moved up"));
        List<String> after = publicMenu(site);
        assertEquals(before.get(1), after.get(0), "the second entry is first now, on the site");
        assertEquals(before.get(0), after.get(1));
        assertTrue(editor.driver().getCurrentUrl().endsWith("#entry-" + slugOf(after.get(0))),
                "the screen opens at the page that moved: " + editor.driver().getCurrentUrl());

        editor.driver().findElements(By.cssSelector("#menu-history input[value='Bring back this menu']")).get(0)
                .sendKeys(Keys.ENTER);
        new WebDriverWait(editor.driver(), WAIT).until(driver -> driver.getPageSource().contains("back as it was"));
        assertEquals(before, publicMenu(site), "the menu as it was before the move");

        List<String> labels = publicMenuLabels(site);
        String original = secondLabel(editor).getAttribute("value");
        String title = secondLabel(editor).getAttribute("aria-label").replaceFirst("^[^“]*“(.*)”$", "$1");
        admin.driver().get(site.uri("/admin/menu").toString()); // opened before the editor's change
        typeLabel(editor, "Short " + letters);
        editor.submit("save-labels");
        assertTrue(editor.text("main").contains("One label saved."), editor.text("main"));
        assertTrue(publicMenuLabels(site).contains("Short " + letters), "the new label, on the site at once");
        typeLabel(admin, "Stale " + letters);
        admin.submit("save-labels");
        assertTrue(admin.text("main").contains("Someone else changed the menu"), admin.text("main"));
        assertTrue(publicMenuLabels(site).contains("Short " + letters), "a screen opened before is no overwrite");
        admin.driver().get(site.uri("/admin/audit?action=NAVIGATION_CHANGED").toString());
        assertTrue(admin.text("main").contains("label “Short " + letters + "”"), "what changed, in the audit log");
        assertTrue(admin.text("main").contains("Page “" + title + "”"), "about the page, by its title");

        typeLabel(editor, "");
        editor.submit("save-labels");
        assertTrue(publicMenuLabels(site).contains(title), "emptied, the page's title again: " + title);
        typeLabel(editor, original);
        editor.submit("save-labels");
        assertEquals(labels, publicMenuLabels(site), "as it was");
    }

    @Test
    void aNewPageGetsANewAddressTheOldOneRedirectsAndADeletedPageIsGone(RunningSite site) {
        String slug = "visit-notes-" + letters;
        createPage(admin, site, "Visit notes " + letters, slug, "What to bring to your first visit.");
        admin.submit("publish");
        assertEquals(200, Http.get(site.uri("/" + slug)).statusCode());

        admin.type("title", "");
        admin.submit("save-draft");
        assertTrue(admin.text("title-error").contains("Please give the page a title"), admin.text("main"));
        assertEquals("Edit “Visit notes " + letters + "”", admin.driver().findElement(By.tagName("h1")).getText(),
                "an emptied title is a mistake to correct, on the editor itself");
        admin.type("title", "Visit notes " + letters);

        admin.type("newSlug", slug + "-new");
        admin.submit("change-slug");
        assertTrue(admin.text("main").contains("/" + slug + "-new"), admin.text("main"));
        HttpResponse<String> old = Http.get(site.uri("/" + slug));
        assertEquals(301, old.statusCode(), "the old address redirects permanently");
        assertEquals("/" + slug + "-new", old.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", ""));
        assertEquals(200, Http.get(site.uri("/" + slug + "-new")).statusCode());
        assertTrue(Http.get(site.uri("/sitemap.xml")).body().contains("/" + slug + "-new<"), "the sitemap follows");

        admin.submit("ask-delete");
        new Select(admin.driver().findElement(By.id("redirectTo"))).selectByValue("");
        admin.submit("confirm-delete");
        assertTrue(admin.text("main").contains("is deleted"), admin.text("main"));
        assertEquals(410, Http.get(site.uri("/" + slug + "-new")).statusCode(), "a deleted page is gone");
        assertEquals(410, Http.get(site.uri("/" + slug)).statusCode(), "and so is its older address");
        assertTrue(Http.get(site.uri("/" + slug + "-new")).body().contains("no longer on our site"));
    }

    @Test
    void twoPeopleOnOnePageAreToldOfTheConflictAndNothingIsOverwritten(RunningSite site) {
        String slug = "parking-" + letters;
        createPage(admin, site, "Parking " + letters, slug, "Park behind the building.");
        openEditor(editor, site, slug);
        typeInEditor(editor, Keys.chord(Keys.CONTROL, Keys.END), " The editor's words.");
        editor.submit("save-draft");
        assertTrue(editor.text("main").contains("Draft saved"), editor.text("main"));

        typeInEditor(admin, Keys.chord(Keys.CONTROL, Keys.END), " The admin's words.");
        admin.submit("save-draft");
        admin.screenshot("editor-conflict");
        String conflict = admin.text("conflict");
        assertAll("the second save is refused and shows the other's version",
                () -> assertTrue(admin.text("main").contains("changed this page"), admin.text("main")),
                () -> assertTrue(conflict.contains("The editor's words."), conflict),
                () -> assertTrue(editorText(admin).contains("The admin's words."), "what was typed stays"));
        openEditor(editor, site, slug);
        assertTrue(editorText(editor).contains("The editor's words.") && !editorText(editor).contains("admin's"),
                "nothing was overwritten");
        admin.submit("save-draft"); // now a deliberate choice, made after seeing theirs
        assertTrue(admin.text("main").contains("Draft saved"), admin.text("main"));
        openEditor(editor, site, slug);
        assertTrue(editorText(editor).contains("The admin's words."), "the deliberate save replaced theirs");
        delete(admin, site, slug);
    }

    @Test
    void autosavedWorkComesBackAfterTheTabWasClosedAndIsThenSaved(RunningSite site) {
        String slug = "directions-" + letters;
        createPage(editor, site, "Directions " + letters, slug, "Take the second exit.");
        typeInEditor(editor, Keys.chord(Keys.CONTROL, Keys.END), " Then turn left at the river.");
        waitForAutosave(editor);
        openEditor(editor, site, slug); // leaves without saving, as a closed tab would
        assertFalse(editorText(editor).contains("the river"), "not saved as the draft");
        editor.screenshot("editor-recovery");
        assertTrue(editor.text("recovery").contains("unsaved changes"), editor.text("main"));
        editor.submit("restore-working-copy");
        waitForEditor(editor);
        assertTrue(editorText(editor).contains("Then turn left at the river."), "brought back into the editor");
        editor.submit("save-draft");
        assertTrue(editor.text("main").contains("Draft saved"), editor.text("main"));
        openEditor(editor, site, slug);
        assertTrue(editorText(editor).contains("Then turn left at the river."), "and now it is the draft");
        assertTrue(editor.driver().findElements(By.id("recovery")).isEmpty(), "nothing left to bring back");
        delete(editor, site, slug);
    }

    @Test
    void aLinkToAPageThatDoesNotExistIsNamedBeforePublishingAndAnOldReviewIsDue(RunningSite site) {
        String slug = "links-" + letters;
        createPage(admin, site, "Links " + letters, slug, "See our ");
        typeInEditor(admin, Keys.chord(Keys.CONTROL, Keys.END), "missing page");
        typeInEditor(admin, Keys.chord(Keys.SHIFT, Keys.CONTROL, Keys.ARROW_LEFT), Keys.chord(Keys.SHIFT,
                Keys.CONTROL, Keys.ARROW_LEFT), Keys.chord(Keys.CONTROL, "k"));
        linkTo(admin, "/no-such-page-" + letters);
        admin.type("reviewedBy", "Kay Jennings, DNP");
        // the date picker's own widget is the browser's; its field takes an ISO date
        admin.driver().executeScript("document.getElementById('reviewedOn').value = '2024-01-15';");
        admin.submit("publish");
        admin.screenshot("editor-link-problems");
        assertTrue(admin.text("link-problems").contains("There is no page /no-such-page-" + letters),
                admin.text("main"));
        assertEquals(404, Http.get(site.uri("/" + slug)).statusCode(), "not published until asked again");
        admin.submit("publish-anyway");
        String live = Http.get(site.uri("/" + slug)).body().replaceAll("\\s+", " ");
        assertTrue(live.contains("Medically reviewed by Kay Jennings, DNP on January 15, 2024"), live);
        editor.driver().get(site.uri("/admin/").toString());
        assertTrue(editor.text("review-due").contains("Links " + letters), "a review older than a year is due");
        delete(admin, site, slug);
    }

    @Test
    void intakeStaffCannotOpenTheEditorAndTheEditorsScreensPassAxe(RunningSite site) {
        staff.intake().driver().get(site.uri("/admin/pages").toString());
        assertTrue(staff.intake().driver().getPageSource().contains("not part of your role"));
        for (String path : List.of("/admin/pages", "/admin/pages/edit?slug=faq", "/admin/pages/history?slug=faq",
                "/admin/pages/preview?slug=faq", "/admin/menu", "/admin/pages/new")) {
            Accessibility.assertNoViolations(admin, site, path);
            Accessibility.assertNoViolations(editor, site, path);
        }
    }

    @Test
    void onlyTheEditorRelaxesThePolicyForTinyMceAndOnlyThePreviewMayBeFramedByTheConsole(RunningSite site) {
        String publicPolicy = Http.get(site.uri("/")).headers().firstValue("Content-Security-Policy").orElseThrow();
        HttpResponse<String> editorPage = Http.getWithSessionOf(editor, site, "/admin/pages/edit?slug=faq");
        HttpResponse<String> draft = Http.getWithSessionOf(editor, site, "/admin/pages/draft?slug=faq");
        HttpResponse<String> list = Http.getWithSessionOf(editor, site, "/admin/pages");
        String editorPolicy = editorPage.headers().firstValue("Content-Security-Policy").orElseThrow();
        String draftPolicy = draft.headers().firstValue("Content-Security-Policy").orElseThrow();
        HttpResponse<String> script = Http.get(site.uri("/editor/tinymce/tinymce.min.js"));
        assertAll(
                () -> assertEquals(200, editorPage.statusCode()),
                () -> assertTrue(editorPolicy.contains("style-src 'self' 'unsafe-inline'")
                        && editorPolicy.contains("img-src 'self' data: blob:"), editorPolicy),
                () -> assertTrue(editorPolicy.contains("script-src 'self';") && !editorPolicy.contains("unsafe-eval")),
                () -> assertTrue(editorPolicy.contains("frame-ancestors 'none'")),
                () -> assertFalse(publicPolicy.contains("unsafe-inline"), "the public policy does not change"),
                () -> assertEquals(publicPolicy, list.headers().firstValue("Content-Security-Policy").orElseThrow()),
                () -> assertTrue(draftPolicy.contains("frame-ancestors 'self'"), draftPolicy),
                () -> assertEquals("SAMEORIGIN", draft.headers().firstValue("X-Frame-Options").orElseThrow()),
                () -> assertEquals("no-store", draft.headers().firstValue("Cache-Control").orElseThrow()),
                () -> assertTrue(draft.body().contains("noindex")),
                () -> assertEquals(200, script.statusCode(), "the editor is served by the site itself"),
                () -> assertTrue(script.body().contains("TinyMCE version 6.8.6"), "the vendored version"));
    }


    @Test
    void aNewEditorWalksFromTheDashboardIntoAPageAndSavesItWithTheKeyboardAlone(RunningSite site) {
        try (Browser desk = Browser.ofSize(1366, 900)) {
            StaffSignIn.signIn(desk, site, staff.editorAddress(), ConsoleStaff.PASSWORD);
            tabTo(desk, "Pages").sendKeys(Keys.ENTER);
            new WebDriverWait(desk.driver(), WAIT).until(driver -> driver.getCurrentUrl().endsWith("/admin/pages"));
            tabTo(desk, "Questions and answers").sendKeys(Keys.ENTER);
            waitForEditor(desk);
            tabTo(desk, "Title").sendKeys(Keys.END, " (keyboard)");
            tabTo(desk, "Save draft").sendKeys(Keys.ENTER);
            new WebDriverWait(desk.driver(), WAIT).until(driver -> driver.getPageSource().contains("Draft saved"));
            assertEquals("Questions and answers (keyboard)",
                    desk.driver().findElement(By.id("title")).getAttribute("value"));
            for (String path : List.of("/admin/", "/admin/pages", "/admin/pages/edit?slug=faq",
                    "/admin/pages/history?slug=faq", "/admin/pages/preview?slug=faq", "/admin/menu")) {
                desk.driver().get(site.uri(path).toString());
                desk.screenshot("editor-1366" + path.replaceAll("[^A-Za-z0-9]", "-"));
            }
            openEditor(desk, site, "faq");
            desk.driver().findElement(By.id("title")).clear();
            desk.type("title", "Questions and answers");
            desk.submit("save-draft");
        }
    }

    private static void waitForAutosave(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(12)) // the status is drawn again as it changes
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> browser.text("autosave-status").contains("Autosaved"));
    }

    /** Presses Tab until the focus is on the element whose text, value or label starts with these words. */
    private static WebElement tabTo(Browser browser, String words) {
        for (int presses = 0; presses < 80; presses++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver().switchTo().activeElement();
            String id = focused.getAttribute("id");
            String label = id == null || id.isEmpty() ? "" : String.valueOf(browser.driver().executeScript(
                    "var l = document.querySelector('label[for=\"' + arguments[0] + '\"]'); return l ? l.textContent : '';",
                    id));
            if (focused.getText().strip().startsWith(words) || String.valueOf(focused.getAttribute("value"))
                    .startsWith(words) || label.strip().startsWith(words)) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached \"" + words + "\" on " + browser.driver().getCurrentUrl());
    }

    @Test
    void unpublishingAsksFirstAndTheHomePageCannotBeUnpublished(RunningSite site) {
        editor.driver().get(site.uri("/admin/pages/new").toString());
        editor.submit("create");
        assertEquals("Please give the page a title: its address is made from it.", editor.text("new-page-errors")
                .lines().skip(1).collect(Collectors.joining("\n")), "only the title is named: the address is optional");
        editor.type("title", "Privacy"); // the address of the starting content's privacy notice
        editor.submit("create");
        assertTrue(editor.text("new-page-errors").contains("The title makes the address /privacy. Another page "
                + "already has the address /privacy. Type another address here, such as privacy-2"),
                "a clash of the address made from the title says where it comes from: " + editor.text("new-page-errors"));

        String slug = "leaving-" + letters;
        createPage(editor, site, "Leaving soon", slug, "Words for a while.");
        assertFalse(draftsWaiting(editor, site, slug).isEmpty(), "a new page's draft waits on the dashboard");
        openEditor(editor, site, slug);
        editor.submit("publish");
        waitForEditor(editor);
        URI page = site.uri("/" + slug);
        assertEquals(200, Http.get(page).statusCode());
        editor.driver().get(site.uri("/admin/pages/history?slug=" + slug).toString());
        assertTrue(editor.driver().findElement(By.cssSelector("#revisions tbody tr")).getText()
                .contains("On the site now"), "the history marks the version visitors see");
        int versions = editor.driver().findElements(By.cssSelector("#revisions tbody tr")).size();
        List<String> older = optionValues(editor, "#from option");
        List<String> newer = optionValues(editor, "#to option");
        assertAll(() -> assertEquals(versions - 1, older.size(), "every version but the newest is an older one"),
                () -> assertEquals(versions - 1, newer.size(), "every version but the first is a newer one"),
                () -> assertFalse(older.contains(newer.get(0)), "the newest is no older version: " + older));
        openEditor(editor, site, slug);
        editor.submit("unpublish");
        waitForEditor(editor);
        assertTrue(editor.text("unpublish-confirmation").startsWith("Take “Leaving soon” off the public site?"),
                editor.text("unpublish-confirmation"));
        assertEquals("unpublish-confirmation", editor.driver().switchTo().activeElement().getAttribute("id"),
                "the question has the keyboard's focus");
        assertEquals(200, Http.get(page).statusCode(), "asking changes nothing");
        editor.submit("cancel-unpublish");
        waitForEditor(editor);
        assertEquals(200, Http.get(page).statusCode(), "nor does No");
        editor.submit("unpublish");
        waitForEditor(editor);
        editor.submit("confirm-unpublish");
        waitForEditor(editor);
        assertTrue(editor.text("main").contains("no longer on the public site"), editor.text("main"));
        assertEquals(404, Http.get(page).statusCode());
        assertTrue(draftsWaiting(editor, site, slug).isEmpty(), "a page taken off on purpose is no draft waiting");
        editor.driver().get(site.uri("/admin/pages/history?slug=" + slug).toString());
        assertFalse(editor.text("revisions").contains("On the site now"), "and no version once it is off the site");

        openEditor(editor, site, "home");
        assertTrue(editor.driver().findElements(By.id("unpublish")).isEmpty(), "the home page offers no Unpublish");
    }

    private static List<WebElement> draftsWaiting(Browser browser, RunningSite site, String slug) {
        leaveFor(browser, site.uri("/admin/"));
        return browser.driver().findElements(By.cssSelector("section[aria-labelledby='drafts-waiting'] a[href$='slug="
                + slug + "']"));
    }

    private static List<String> optionValues(Browser browser, String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream()
                .map(option -> option.getAttribute("value")).toList();
    }

    private static void createPage(Browser browser, RunningSite site, String title, String slug, String text) {
        browser.driver().get(site.uri("/admin/pages/new").toString());
        browser.type("title", title);
        browser.type("slug", slug);
        browser.submit("create");
        waitForEditor(browser);
        typeInEditor(browser, text);
        browser.submit("save-draft");
        waitForEditor(browser);
    }

    private static void delete(Browser browser, RunningSite site, String slug) {
        openEditor(browser, site, slug);
        browser.submit("ask-delete");
        browser.submit("confirm-delete");
        assertEquals(410, Http.get(site.uri("/" + slug)).statusCode());
    }

    /** Opens the editor, leaving whatever page the browser showed (and its unsaved work) behind. */
    private static void openEditor(Browser browser, RunningSite site, String slug) {
        leaveFor(browser, site.uri("/admin/pages/edit?slug=" + slug));
        waitForEditor(browser);
    }

    /** Goes to the address, leaving whatever page the browser showed (and its unsaved work) behind. */
    private static void leaveFor(Browser browser, URI address) {
        browser.driver().get(address.toString());
        try {
            browser.driver().switchTo().alert().accept(); // "leave with unsaved changes?"
        } catch (NoAlertPresentException nothingUnsaved) {
            // the usual case
        }
    }

    private static void waitForEditor(Browser browser) {
        new WebDriverWait(browser.driver(), WAIT).until(driver -> Boolean.TRUE.equals(browser.driver().executeScript(
                "return !!(window.tinymce && tinymce.activeEditor && tinymce.activeEditor.initialized);")));
    }

    /** Keys typed into TinyMCE's editing area, as a person would. */
    private static void typeInEditor(Browser browser, CharSequence... keys) {
        browser.driver().switchTo().frame("bodyHtml_ifr");
        // chromedriver's sendKeys on the editable body types nothing; keys go where the focus is, as a person's do
        browser.driver().executeScript("document.body.focus();");
        Actions typing = new Actions(browser.driver());
        List<Keys> held = new java.util.ArrayList<>();
        for (CharSequence sequence : keys) {
            // as WebElement.sendKeys reads a chord: modifiers stay down until Keys.NULL
            for (char key : sequence.toString().toCharArray()) {
                Keys special = Keys.getKeyFromUnicode(key);
                if (special == Keys.NULL) {
                    held.forEach(typing::keyUp);
                    held.clear();
                } else if (special == Keys.CONTROL || special == Keys.SHIFT || special == Keys.ALT) {
                    typing.keyDown(special);
                    held.add(special);
                } else {
                    typing.sendKeys(String.valueOf(key));
                }
            }
        }
        held.forEach(typing::keyUp);
        typing.perform();
        browser.driver().switchTo().defaultContent();
    }

    /** The toolbar's link button, as a person with a mouse uses it (keyboard users press Ctrl+K). */
    private static void clickLinkButton(Browser browser) {
        browser.driver().findElement(By.cssSelector("button[aria-label='Insert/edit link']")).click();
    }

    /** In TinyMCE's link dialog (Ctrl+K), which starts in its address field: types the address and presses Enter. */
    private static void linkTo(Browser browser, String address) {
        new WebDriverWait(browser.driver(), WAIT).until(driver -> !driver.findElements(By.cssSelector(".tox-dialog"))
                .isEmpty());
        browser.driver().switchTo().activeElement().sendKeys(address, Keys.ENTER);
        new WebDriverWait(browser.driver(), WAIT).until(driver -> driver.findElements(By.cssSelector(".tox-dialog"))
                .isEmpty());
    }

    private static String editorText(Browser browser) {
        return (String) browser.driver().executeScript("return tinymce.activeEditor.getContent();");
    }

    private static List<String> publicMenu(RunningSite site) {
        return Jsoup.parse(Http.get(site.uri("/privacy")).body()).select("ul.menu > li > a").stream()
                .map(link -> link.attr("href")).toList();
    }

    private static WebElement secondLabel(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#labels-form input[name='label']")).get(1);
    }

    private static void typeLabel(Browser browser, String label) {
        WebElement field = secondLabel(browser);
        field.clear();
        field.sendKeys(label);
    }

    private static List<String> publicMenuLabels(RunningSite site) {
        return Jsoup.parse(Http.get(site.uri("/privacy")).body()).select("ul.menu a").stream()
                .map(link -> link.text()).toList();
    }

    private static String slugOf(String path) {
        return path.equals("/") ? "home" : path.substring(1);
    }
}
