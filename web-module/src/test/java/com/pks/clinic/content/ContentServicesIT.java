package com.pks.clinic.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.pks.clinic.admin.api.AuditAction;
import com.pks.clinic.admin.api.AuditEntry;
import com.pks.clinic.admin.api.AuditQuery;
import com.pks.clinic.admin.api.AuditService;
import com.pks.clinic.content.api.Actor;
import com.pks.clinic.content.api.Collection;
import com.pks.clinic.content.api.CollectionService;
import com.pks.clinic.content.api.ConcurrentEditException;
import com.pks.clinic.content.api.ContentNotFoundException;
import com.pks.clinic.content.api.EditableEntry;
import com.pks.clinic.content.api.EditablePage;
import com.pks.clinic.content.api.EditableSettings;
import com.pks.clinic.content.api.EntryContent;
import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.LinkProblem;
import com.pks.clinic.content.api.MenuItem;
import com.pks.clinic.content.api.MenuLabel;
import com.pks.clinic.content.api.MenuMove;
import com.pks.clinic.content.api.NavigationEntry;
import com.pks.clinic.content.api.NavigationService;
import com.pks.clinic.content.api.NewPage;
import com.pks.clinic.content.api.PageContent;
import com.pks.clinic.content.api.PagePublished;
import com.pks.clinic.content.api.PageRevision;
import com.pks.clinic.content.api.PageService;
import com.pks.clinic.content.api.PageStatus;
import com.pks.clinic.content.api.Placement;
import com.pks.clinic.content.api.RevisionAction;
import com.pks.clinic.content.api.RevisionComparison;
import com.pks.clinic.content.api.SettingsRevision;
import com.pks.clinic.content.api.SiteSettings;
import com.pks.clinic.content.api.SiteSettingsService;
import com.pks.clinic.content.api.WorkingCopy;
import com.pks.clinic.web.site.PublicContent;
import com.pks.clinic.web.testing.AsAdministrator;
import com.pks.clinic.web.testing.AsEditor;
import com.pks.clinic.web.testing.Deployments;

/**
 * The content services inside Payara, against the real Derby database that the migrations built and seeded. Each
 * test works on pages of its own (a fresh slug) or reads the seed, so the tests do not depend on their order.
 */
@ExtendWith(ArquillianExtension.class)
class ContentServicesIT {

    private static final String ADDRESS = "203.0.113.7";
    private static final Actor EDITOR = new Actor("test-editor", ADDRESS);

    @Inject
    private AsEditor asEditor;

    @Inject
    private AsAdministrator asAdministrator;

    @Inject
    private AuditService audit;

    @Deployment
    static WebArchive deployment() {
        return Deployments.clinicSiteWith(ContentServicesIT.class, PublishedEvents.class);
    }

    @Inject
    private PageService pages;

    @Inject
    private NavigationService navigation;

    @Inject
    private SiteSettingsService settings;

    @Inject
    private CollectionService collections;

    @PersistenceUnit(unitName = "content")
    private EntityManagerFactory contentUnit;

    @Test
    void theClinicsPagesAreSeededAndLive() {
        asEditor.run(() -> {
            List<String> slugs = pages.listPublished().stream().map(p -> p.slug()).toList();
            assertTrue(slugs.containsAll(List.of("home", "about-ketamine", "how-it-may-work", "how-it-differs",
                    "who-it-may-help", "what-to-expect", "cost-and-insurance", "faq", "our-team", "for-providers",
                    "privacy", "accessibility")), slugs.toString());
            assertTrue(pages.getPublished("home").bodyHtml().contains("Thomas Insel"));
            assertTrue(pages.getPublished("about-ketamine").bodyHtml().contains("off-label"));
            assertEquals(2, collections.team().size());
            assertTrue(collections.questions().size() >= 8);
            assertEquals(5, collections.conditions().size());
            assertEquals("406-880-7571", settings.get().phone());
        });
    }

    @Test
    void aDraftChangesNothingLiveUntilItIsPublished() {
        asEditor.run(() -> {
            String slug = freshPage("Draft test");
            assertTrue(pages.findPublished(slug).isEmpty(), "a new page is not published");

            EditablePage published = pages.publish(slug, pages.getForEditing(slug).version(), ADDRESS);
            assertEquals("Draft test", pages.getPublished(slug).title());
            assertFalse(published.hasDraft());

            EditablePage drafted = pages.saveDraft(slug, content("Draft test, changed", "<p>New words</p>"),
                    published.version(), ADDRESS);
            assertEquals("Draft test", pages.getPublished(slug).title(), "the live page is untouched by a draft");
            assertEquals("Draft test, changed", drafted.draft().title());

            pages.publish(slug, drafted.version(), ADDRESS);
            assertEquals("Draft test, changed", pages.getPublished(slug).title());
            assertEquals("<p>New words</p>", pages.getPublished(slug).bodyHtml());
        });
    }

    @Test
    void everySaveAndPublishKeepsARevisionWithWhoAndWhat() {
        asEditor.run(() -> {
            String slug = freshPage("History test");
            EditablePage page = pages.saveDraft(slug, content("History test 2", "<p>two</p>"),
                    pages.getForEditing(slug).version(), ADDRESS);
            page = pages.publish(slug, page.version(), ADDRESS);
            pages.unpublish(slug, page.version(), ADDRESS);

            List<PageRevision> history = pages.history(slug);
            assertEquals(List.of(RevisionAction.UNPUBLISHED, RevisionAction.PUBLISHED, RevisionAction.SAVED,
                    RevisionAction.SAVED), history.stream().map(PageRevision::action).toList());
            assertTrue(history.stream().allMatch(r -> EDITOR.username().equals(r.author()) && r.createdAt() != null));
            assertEquals("History test 2", history.get(1).content().title());
            assertTrue(pages.findPublished(slug).isEmpty(), "unpublishing hides the page");

            EditablePage restored = pages.restore(slug, history.get(3).id(), pages.getForEditing(slug).version(), ADDRESS);
            assertEquals("History test", restored.draft().title(), "an earlier revision comes back as the draft");
        });
    }

    @Test
    void twoEditorsStartingFromTheSameVersionDoNotBothWin() {
        asEditor.run(() -> {
            String slug = freshPage("Concurrency test");
            long opened = pages.getForEditing(slug).version();

            pages.saveDraft(slug, content("First editor", "<p>first</p>"), opened, ADDRESS);
            assertThrows(ConcurrentEditException.class,
                    () -> pages.saveDraft(slug, content("Second editor", "<p>second</p>"), opened, ADDRESS));

            assertEquals("First editor", pages.getForEditing(slug).draft().title());
        });
    }

    @Test
    void formattedTextIsSanitizedOnTheWayIn() {
        asEditor.run(() -> {
            String slug = freshPage("Sanitizer test");
            EditablePage page = pages.saveDraft(slug, content("Sanitizer test",
                    "<p onclick=\"steal()\">Kind <strong>words</strong></p><script>steal()</script>"
                            + "<a href=\"javascript:steal()\">x</a>"), pages.getForEditing(slug).version(), ADDRESS);
            assertEquals("<p>Kind <strong>words</strong></p><a>x</a>", page.draft().bodyHtml());
        });
    }

    @Test
    void reservedTakenAndMalformedSlugsAreRefusedInPlainWords() {
        asEditor.run(() -> {
            for (String slug : List.of("admin", "contact", "health", "self-check", "home", "About Us", "a--b")) {
                InvalidContentException refused = assertThrows(InvalidContentException.class,
                        () -> pages.create(new NewPage(slug, content("x", "<p>x</p>")), ADDRESS), slug);
                assertEquals(Set.of("slug"), refused.problems().keySet(), slug);
            }
            InvalidContentException blank = assertThrows(InvalidContentException.class,
                    () -> pages.create(new NewPage(uniqueSlug(), content(" ", "<p>x</p>")), ADDRESS));
            assertEquals(Set.of("content.title"), blank.problems().keySet());
            assertThrows(ContentNotFoundException.class, () -> pages.getPublished("no-such-page"));
        });
    }

    @Test
    void publishingFiresAnEventWithWhoAndWhen() {
        asEditor.run(() -> {
            String slug = freshPage("Event test");
            pages.publish(slug, pages.getForEditing(slug).version(), ADDRESS);

            PagePublished event = PublishedEvents.RECEIVED.stream().filter(e -> e.slug().equals(slug)).findFirst().orElseThrow();
            assertEquals(EDITOR, event.actor());
            assertEquals(pages.getPublished(slug).revision(), event.revision());
        });
    }

    @Test
    void theNavigationNestsPagesAndKeepsItsHistory() {
        asEditor.run(() -> {
            List<MenuItem> menu = navigation.menu();
            MenuItem about = menu.stream().filter(i -> i.slug().equals("about-ketamine")).findFirst().orElseThrow();
            assertEquals(List.of("how-it-may-work", "how-it-differs"), about.children().stream().map(MenuItem::slug).toList());
            assertTrue(menu.stream().noneMatch(i -> i.slug().equals("privacy")), "privacy is linked from the footer only");

            String slug = freshPage("Nav test");
            EditablePage page = pages.publish(slug, pages.getForEditing(slug).version(), ADDRESS);
            navigation.place(slug, new Placement("about-ketamine", 99, true, "Nav label"), page.version(), ADDRESS);

            MenuItem moved = navigation.menu().stream().filter(i -> i.slug().equals("about-ketamine")).findFirst()
                    .orElseThrow().children().stream().filter(c -> c.slug().equals(slug)).findFirst().orElseThrow();
            assertEquals("Nav label", moved.label());
            assertTrue(navigation.history().get(0).snapshot().contains("about-ketamine/" + slug));

            assertThrows(InvalidContentException.class, () -> navigation.place("about-ketamine",
                    new Placement(slug, 1, true, null), pages.getForEditing("about-ketamine").version(), ADDRESS),
                    "the menu has two levels");
        });
    }

    @Test
    void siteSettingsChangeWithOptimisticLockingAndMeaningfulValues() {
        asEditor.run(() -> {
            SiteSettings current = settings.get();
            assertEquals("Missoula, MT", current.place(), "the seeded town, in parts");
            SiteSettings changed = settings.update(details(current, current.phone(), "Mo 09:00-17:00;Tu 09:00-17:00"),
                    ADDRESS);
            assertEquals(List.of("Monday and Tuesday: 9:00 AM to 5:00 PM"), settings.get().openingHours().lines());
            assertEquals("tel:+14068807571", changed.telephoneUri());
            assertThrows(ConcurrentEditException.class, () -> settings.update(current, ADDRESS));

            InvalidContentException notANumber = assertThrows(InvalidContentException.class,
                    () -> settings.update(details(changed, "555-0100", null), ADDRESS));
            assertTrue(notANumber.problems().containsKey("phone"), notANumber.problems().toString());
            InvalidContentException backwards = assertThrows(InvalidContentException.class,
                    () -> settings.update(details(changed, changed.phone(), "We 17:00-09:00"), ADDRESS));
            assertTrue(backwards.problems().get("hours").contains("Wednesday"), backwards.problems().toString());
            InvalidContentException both = assertThrows(InvalidContentException.class,
                    () -> settings.update(details(changed, "12345", "We 17:00-09:00"), ADDRESS));
            assertEquals(Set.of("phone", "hours"), both.problems().keySet(), "every problem named at once");
            assertTrue(both.problems().get("phone").contains("area code"), both.problems().get("phone"));
            assertEquals(changed.version(), settings.get().version(), "nothing refused was stored");
        });
    }

    @Test
    void theClinicsDetailsAreADraftUntilPublishedAndEveryStateIsKept() {
        asAdministrator.run(() -> {
            SiteSettings live = settings.get();
            EditableSettings draft = settings.saveDraft(details(live, "406-555-0177", null), ADDRESS);
            assertEquals(live.phone(), settings.get().phone(), "the site shows the published details");
            assertEquals("406-555-0177", draft.current().phone());
            assertThrows(ConcurrentEditException.class, () -> settings.publish(live.version(), ADDRESS));

            SiteSettings published = settings.publish(draft.live().version(), ADDRESS);
            assertEquals("406-555-0177", settings.get().phone());
            assertNull(settings.getForEditing().draft());
            List<SettingsRevision> history = settings.history();
            assertEquals(RevisionAction.PUBLISHED, history.get(0).action());
            List<Instant> times = history.stream().map(SettingsRevision::at).toList();
            assertEquals(times.stream().sorted(Comparator.reverseOrder()).toList(), times, "newest first");
            SettingsRevision before = history.stream().filter(r -> r.details().phone().equals(live.phone()))
                    .findFirst().orElseThrow();

            EditableSettings restored = settings.restore(before.id(), published.version(), ADDRESS);
            assertEquals(live.phone(), restored.draft().phone(), "an earlier state is the draft again");
            settings.publish(restored.live().version(), ADDRESS);
            assertEquals(live.phone(), settings.get().phone());
        });
    }

    private static SiteSettings details(SiteSettings base, String phone, String hours) {
        return new SiteSettings(base.clinicName(), phone, base.street(), base.city(), base.region(),
                base.postalCode(), hours, base.hoursNote(), base.timeZone(), base.email(), base.baseUrl(),
                "We are closed on Thanksgiving.", null, null, base.version());
    }

    @Test
    void listEntriesHaveDraftsAndPublishLikePages() {
        asEditor.run(() -> {
            String key = uniqueSlug();
            EditableEntry entry = collections.create(Collection.FAQ, key,
                    new EntryContent("Is parking available?", null, "Visits and costs", null, "<p>Yes.</p>", null, null),
                    ADDRESS);
            assertTrue(collections.questions().stream().noneMatch(q -> q.key().equals(key)), "a draft is not shown");

            collections.publish(Collection.FAQ, key, entry.version(), ADDRESS);
            assertTrue(collections.questions().stream().anyMatch(q -> q.key().equals(key)
                    && q.group().equals("Visits and costs")));
            assertNull(collections.listForEditing(Collection.FAQ).stream().filter(e -> e.key().equals(key))
                    .findFirst().orElseThrow().draft());
            assertThrows(ConcurrentEditException.class, () -> collections.saveDraft(Collection.FAQ, key,
                    new EntryContent("Stale", null, null, null, "<p>x</p>", null, null), entry.version(), ADDRESS));
            assertEquals(List.of(RevisionAction.PUBLISHED, RevisionAction.SAVED),
                    collections.history(Collection.FAQ, key).stream().map(r -> r.action()).toList());
        });
    }

    @Test
    void aMedicalReviewLineIsKeptWithThePage() {
        asEditor.run(() -> {
            String slug = freshPage("Review test");
            EditablePage page = pages.saveDraft(slug, new PageContent("Review test", null, "<p>Medical text</p>",
                    "William D. Stratford, MD", LocalDate.of(2026, 11, 2)), pages.getForEditing(slug).version(), ADDRESS);
            pages.publish(slug, page.version(), ADDRESS);
            assertTrue(pages.getPublished(slug).isMedicallyReviewed());
            assertEquals(LocalDate.of(2026, 11, 2), pages.getPublished(slug).reviewedOn());

            InvalidContentException future = assertThrows(InvalidContentException.class, () -> pages.saveDraft(slug,
                    new PageContent("Review test", null, "<p>x</p>", "Someone", LocalDate.now().plusDays(3)),
                    pages.getForEditing(slug).version(), ADDRESS));
            assertEquals(Set.of("reviewedOn"), future.problems().keySet());
        });
    }

    @Test
    void aChangedAddressRedirectsEveryOlderOneAndADeletedPageLeavesWhereItWent() {
        asEditor.run(() -> {
            String first = freshPage("Moving page");
            String second = uniqueSlug();
            String third = uniqueSlug();
            EditablePage page = pages.publish(first, pages.getForEditing(first).version(), ADDRESS);
            page = pages.changeSlug(first, second, page.version(), ADDRESS);
            page = pages.changeSlug(second, third, page.version(), ADDRESS);
            assertEquals("Moving page", pages.getPublished(third).title(), "the page itself moved, live");
            assertEquals(third, pages.findRedirect(first).orElseThrow().targetSlug(), "chains stay flat");
            assertEquals(third, pages.findRedirect(second).orElseThrow().targetSlug());

            assertEquals(Set.of("slug"), assertThrows(InvalidContentException.class,
                    () -> pages.changeSlug(third, "contact", pages.getForEditing(third).version(), ADDRESS))
                    .problems().keySet(), "reserved addresses stay refused");
            assertThrows(InvalidContentException.class,
                    () -> pages.changeSlug("home", uniqueSlug(), pages.getForEditing("home").version(), ADDRESS));
            assertThrows(InvalidContentException.class,
                    () -> pages.delete("home", null, pages.getForEditing("home").version(), ADDRESS));
            assertThrows(InvalidContentException.class,
                    () -> pages.unpublish("home", pages.getForEditing("home").version(), ADDRESS));
            assertTrue(pages.findPublished("home").isPresent(), "every visitor's first page stays on the site");

            pages.delete(third, "faq", page.version(), ADDRESS);
            assertThrows(ContentNotFoundException.class, () -> pages.getForEditing(third));
            assertEquals(List.of("faq", "faq", "faq"), List.of(first, second, third).stream()
                    .map(old -> pages.findRedirect(old).orElseThrow().targetSlug()).toList());

            pages.create(new NewPage(first, content("Back again", "<p>x</p>")), ADDRESS);
            assertTrue(pages.findRedirect(first).isEmpty(), "a new page takes the address back");
            String gone = freshPage("Gone page");
            pages.delete(gone, null, pages.getForEditing(gone).version(), ADDRESS);
            assertTrue(pages.findRedirect(gone).orElseThrow().gone());
        });
    }

    @Test
    void aScheduledDraftGoesLiveOnItsOwnInTheNameOfWhoScheduledIt() throws InterruptedException {
        String slug = asEditor.call(() -> {
            String fresh = freshPage("Scheduled page");
            EditablePage page = pages.getForEditing(fresh);
            assertThrows(InvalidContentException.class, () -> pages.schedulePublish(fresh,
                    Instant.now().minusSeconds(60), page.version(), ADDRESS), "a time in the past");
            EditablePage scheduled = pages.schedulePublish(fresh, Instant.now().plusSeconds(1), page.version(),
                    ADDRESS);
            assertEquals(PageStatus.SCHEDULED, scheduled.status());
            assertEquals(EDITOR.username(), scheduled.publishScheduledBy());
            return fresh;
        });
        long deadline = System.currentTimeMillis() + 20_000;
        while (asEditor.call(() -> pages.findPublished(slug)).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        asEditor.run(() -> {
            assertEquals("Scheduled page", pages.getPublished(slug).title(), "published by the site's timer");
            EditablePage page = pages.getForEditing(slug);
            assertEquals(PageStatus.LIVE, page.status());
            assertNull(page.publishAt());
            PageRevision published = pages.history(slug).get(0);
            assertEquals(RevisionAction.PUBLISHED, published.action());
            assertEquals(EDITOR.username(), published.author());
        });
        List<AuditEntry> audited = asAdministrator.call(() -> audit.search(new AuditQuery(EDITOR.username(), null,
                null, null), 0, 200, ADDRESS)).entries().stream()
                .filter(entry -> ("page " + slug).equals(entry.subject())).toList();
        assertTrue(audited.stream().anyMatch(entry -> entry.action() == AuditAction.PAGE_SCHEDULED), audited.toString());
        assertTrue(audited.stream().anyMatch(entry -> entry.action() == AuditAction.PAGE_PUBLISHED
                && entry.detail().contains("scheduled")), audited.toString());
    }

    @Test
    void autosaveKeepsEachEditorsOwnCopyWithoutARevisionOrANewVersion() {
        asEditor.run(() -> {
            String slug = freshPage("Autosave page");
            EditablePage before = pages.getForEditing(slug);
            int revisions = pages.history(slug).size();
            pages.autosave(slug, content("Autosave page", "<p>half a sentence<script>x()</script></p>"),
                    before.version());
            WorkingCopy copy = pages.findWorkingCopy(slug).orElseThrow();
            assertEquals("<p>half a sentence</p>", copy.content().bodyHtml(), "sanitized like a draft");
            assertEquals(before.version(), copy.basedOnVersion());
            assertEquals(before.version(), pages.getForEditing(slug).version(), "no version change");
            assertEquals(revisions, pages.history(slug).size(), "no revision");
            assertTrue(pages.findPublished(slug).isEmpty());

            pages.saveDraft(slug, copy.content(), before.version(), ADDRESS);
            assertTrue(pages.findWorkingCopy(slug).isEmpty(), "saving the draft makes the copy unnecessary");
        });
        assertTrue(asAdministrator.call(() -> pages.findWorkingCopy("home")).isEmpty(), "nobody sees another's copy");
    }

    @Test
    void aComparisonAndTheLinkCheckReadTheDraftAsAnEditorWould() {
        asEditor.run(() -> {
            String unpublished = freshPage("Not yet live");
            String slug = freshPage("Linking page");
            EditablePage page = pages.saveDraft(slug, content("Linking page", "<p>See <a href=\"/faq\">answers</a>, "
                    + "<a href=\"/" + unpublished + "\">soon</a>, <a href=\"/no-such-page\">gone</a>, "
                    + "<a href=\"/contact?x=1\">contact</a> and <a href=\"https://nimh.nih.gov/\">NIMH</a>.</p>"),
                    pages.getForEditing(slug).version(), ADDRESS);
            List<String> problems = pages.linkProblems(slug).stream().map(LinkProblem::reason).toList();
            assertEquals(List.of("The page /" + unpublished + " is not published.", "There is no page /no-such-page."),
                    problems);

            List<PageRevision> history = pages.history(slug);
            RevisionComparison comparison = pages.compare(slug, history.get(1).id(), history.get(0).id());
            assertTrue(comparison.changed());
            assertTrue(comparison.body().stream().anyMatch(c -> c.added() && c.text().contains("answers")),
                    comparison.body().toString());
            assertTrue(pages.preview(slug).bodyHtml().contains("answers"), "the preview shows the draft");
            assertTrue(pages.findPublished(slug).isEmpty(), "and publishes nothing");
            assertEquals(page.version(), pages.getForEditing(slug).version());
        });
    }

    @Test
    void theMenuMovesOneStepAtATimeAndAnEarlierStateComesBack() {
        asEditor.run(() -> {
            String slug = freshPage("Menu page");
            EditablePage page = pages.publish(slug, pages.getForEditing(slug).version(), ADDRESS);
            navigation.show(slug, true, ADDRESS);
            List<String> top = navigation.outline().menu().stream().map(NavigationEntry::slug).toList();
            assertEquals(slug, top.get(top.size() - 1), "added at the end");
            long before = navigation.history().get(0).id();

            navigation.move(slug, MenuMove.UP, ADDRESS);
            List<String> moved = navigation.outline().menu().stream().map(NavigationEntry::slug).toList();
            assertEquals(slug, moved.get(moved.size() - 2));
            navigation.move(slug, MenuMove.IN, ADDRESS);
            String parent = moved.get(moved.size() - 3);
            assertTrue(navigation.outline().menu().stream().filter(e -> e.slug().equals(parent)).findFirst()
                    .orElseThrow().children().stream().anyMatch(child -> child.slug().equals(slug)), "nested");
            assertThrows(InvalidContentException.class, () -> navigation.move(parent, MenuMove.OUT, ADDRESS));

            navigation.restore(before, ADDRESS);
            assertEquals(top, navigation.outline().menu().stream().map(NavigationEntry::slug).toList(),
                    "the menu as it was");
            navigation.show(slug, false, ADDRESS);
            assertTrue(navigation.outline().hidden().stream().anyMatch(e -> e.slug().equals(slug)));
            assertTrue(navigation.menu().stream().noneMatch(item -> item.slug().equals(slug)));
            assertEquals(page.version(), pages.getForEditing(slug).version(),
                    "a place in the menu is not an edit: whoever edits the page meets no conflict");
        });
    }

    @Test
    void aPageGetsAShorterLabelInTheMenuThatFollowsTheTitleAgainWhenEmptied() {
        asEditor.run(() -> {
            String slug = freshPage("Directions to the clinic");
            pages.publish(slug, pages.getForEditing(slug).version(), ADDRESS);
            navigation.show(slug, true, ADDRESS);
            int states = navigation.history().size();

            assertEquals(1, navigation.relabel(List.of(new MenuLabel(slug, "  Directions "),
                    new MenuLabel("home", labelOf("home"))), ADDRESS), "only the changed label counts");
            assertEquals("Directions", menuLabel(slug), "on the public menu, trimmed");
            assertEquals("Directions", entryOf(slug).ownLabel());
            assertEquals(states + 1, navigation.history().size(), "kept as a state of the menu");
            assertEquals(0, navigation.relabel(List.of(new MenuLabel(slug, "Directions")), ADDRESS));
            assertEquals(states + 1, navigation.history().size(), "nothing changed, nothing kept");

            InvalidContentException tooLong = assertThrows(InvalidContentException.class,
                    () -> navigation.relabel(List.of(new MenuLabel(slug, "x".repeat(61)),
                            new MenuLabel("home", "y".repeat(61))), ADDRESS));
            assertEquals("Please keep each label in the menu under 60 characters.",
                    String.join(" ", tooLong.problems().values()), "said once");
            assertThrows(ContentNotFoundException.class,
                    () -> navigation.relabel(List.of(new MenuLabel("no-such-page", "Lost")), ADDRESS));

            assertEquals(1, navigation.relabel(List.of(new MenuLabel(slug, "")), ADDRESS));
            assertEquals("Directions to the clinic", menuLabel(slug), "the title again");
            assertEquals("", entryOf(slug).ownLabel());
            assertEquals(0, navigation.relabel(List.of(new MenuLabel(slug, "Directions to the clinic")), ADDRESS),
                    "the title itself is no label of its own");
            navigation.show(slug, false, ADDRESS);
        });
    }

    private String menuLabel(String slug) {
        return navigation.menu().stream().filter(item -> item.slug().equals(slug)).findFirst().orElseThrow().label();
    }

    private String labelOf(String slug) {
        return entryOf(slug).label();
    }

    private NavigationEntry entryOf(String slug) {
        return navigation.outline().menu().stream().filter(entry -> entry.slug().equals(slug)).findFirst()
                .orElseThrow();
    }

    private String freshPage(String title) {
        String slug = uniqueSlug();
        pages.create(new NewPage(slug, content(title, "<p>" + title + "</p>")), ADDRESS);
        return slug;
    }

    @Test
    void aWarmSiteAnswersWithoutSqlAndAPublishEmptiesTheMemory() {
        asEditor.run(() -> {
            PublicContent content = CDI.current().select(PublicContent.class).get();
            PublicContent.Snapshot warm = content.current();
            AtomicInteger statements = countStatements();

            content.current();
            content.current();
            assertEquals(0, statements.get(), "a warm site reads nothing from the database");

            String slug = freshPage("Cache test");
            pages.publish(slug, pages.getForEditing(slug).version(), ADDRESS);
            statements.set(0);
            PublicContent.Snapshot fresh = content.current();
            assertTrue(statements.get() > 0, "the publish emptied the memory");
            assertTrue(fresh.page(slug).isPresent());
            assertNotEquals(warm.tag(), fresh.tag(), "the validator changes with a republish");
        });
    }

    /** Counts the SQL statements the content persistence unit sends from now on. */
    private AtomicInteger countStatements() {
        AtomicInteger count = new AtomicInteger();
        contentUnit.unwrap(Session.class).getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void preExecuteCall(SessionEvent event) {
                count.incrementAndGet();
            }
        });
        return count;
    }

    private static String uniqueSlug() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static PageContent content(String title, String body) {
        return new PageContent(title, "A description", body, null, null);
    }

    /**
     * Records the publish events the content module fires, as the audit log and caches will observe them. The list
     * is static because Arquillian injects test classes with their own non-contextual instance of a bean.
     */
    @ApplicationScoped
    public static class PublishedEvents {

        static final List<PagePublished> RECEIVED = new CopyOnWriteArrayList<>();

        void onPublished(@Observes PagePublished event) {
            RECEIVED.add(event);
        }
    }
}
