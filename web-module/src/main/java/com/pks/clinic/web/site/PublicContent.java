package com.pks.clinic.web.site;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.pks.clinic.content.api.Article;
import com.pks.clinic.content.api.Collection;
import com.pks.clinic.content.api.CollectionPublished;
import com.pks.clinic.content.api.CollectionService;
import com.pks.clinic.content.api.Condition;
import com.pks.clinic.content.api.EntryChanged;
import com.pks.clinic.content.api.MediaChanged;
import com.pks.clinic.content.api.MediaImage;
import com.pks.clinic.content.api.MediaService;
import com.pks.clinic.content.api.MenuItem;
import com.pks.clinic.content.api.NavigationChanged;
import com.pks.clinic.content.api.NavigationService;
import com.pks.clinic.content.api.PageAddressChanged;
import com.pks.clinic.content.api.PageDeleted;
import com.pks.clinic.content.api.PagePublished;
import com.pks.clinic.content.api.PageService;
import com.pks.clinic.content.api.PageUnpublished;
import com.pks.clinic.content.api.PublishedPage;
import com.pks.clinic.content.api.Question;
import com.pks.clinic.content.api.Redirect;
import com.pks.clinic.content.api.SiteSettings;
import com.pks.clinic.content.api.SiteSettingsChanged;
import com.pks.clinic.content.api.SiteSettingsService;
import com.pks.clinic.content.api.TeamMember;

/**
 * Everything the public site shows, held in memory: pages are read far more often than they change, so a warm
 * site answers without a database query. Any published change (a page, a list entry, the menu, the clinic's
 * details) empties it after its transaction commits; the next request loads it again.
 */
@ApplicationScoped
public class PublicContent {

    @Inject
    private PageService pages;

    @Inject
    private CollectionService collections;

    @Inject
    private NavigationService navigation;

    @Inject
    private SiteSettingsService settings;

    @Inject
    private MediaService media;

    private final AtomicLong changes = new AtomicLong();
    private volatile Snapshot snapshot;

    /** What is published now; loads it when a change emptied the memory (or at the first request). */
    public Snapshot current() {
        Snapshot held = snapshot;
        if (held != null && held.changes() == changes()) {
            return held;
        }
        // a change that commits while we load raises the counter, so this snapshot is replaced at the next request
        Snapshot loaded = load(changes.get());
        snapshot = loaded;
        return loaded;
    }

    /** How many published changes this server has seen: what a page rendered from the content was rendered under. */
    public long changes() {
        Snapshot held = snapshot;
        if (held != null && held.changes() == changes.get() && !held.day().equals(LocalDate.now(held.settings()
                .zone()))) {
            // a new day at the clinic: what shows until a day (the announcement) may have ended, so the pages
            // drawn from this snapshot are out of date too
            changes.incrementAndGet();
        }
        return changes.get();
    }

    void pagePublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) PagePublished event) {
        changes.incrementAndGet();
    }

    void pageUnpublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) PageUnpublished event) {
        changes.incrementAndGet();
    }

    void pageMoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) PageAddressChanged event) {
        changes.incrementAndGet();
    }

    void pageDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PageDeleted event) {
        changes.incrementAndGet();
    }

    void entryPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) CollectionPublished event) {
        changes.incrementAndGet();
    }

    void entryChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) EntryChanged event) {
        changes.incrementAndGet();
    }

    void mediaChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MediaChanged event) {
        changes.incrementAndGet();
    }

    void navigationChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) NavigationChanged event) {
        changes.incrementAndGet();
    }

    void settingsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteSettingsChanged event) {
        changes.incrementAndGet();
    }

    private Snapshot load(long seenChanges) {
        Map<String, PublishedPage> bySlug = pages.listPublished().stream()
                .collect(LinkedHashMap::new, (map, page) -> map.put(page.slug(), page), Map::putAll);
        List<MenuItem> menu = navigation.menu();
        SiteSettings details = settings.get();
        List<TeamMember> team = collections.team();
        Map<String, List<Question>> questions = grouped(collections.questions());
        List<Condition> conditions = collections.conditions();
        List<Article> articles = collections.articles();
        Map<Long, MediaImage> images = media.catalogue().stream()
                .collect(LinkedHashMap::new, (map, image) -> map.put(image.id(), image), Map::putAll);
        Map<String, Redirect> redirects = pages.listRedirects().stream()
                .collect(LinkedHashMap::new, (map, redirect) -> map.put(redirect.oldSlug(), redirect), Map::putAll);
        String tag = digest(List.of(bySlug, menu, details, team, questions, conditions, articles, images).toString());
        return new Snapshot(seenChanges, LocalDate.now(details.zone()), tag, bySlug, menu, details, team, questions, conditions, articles, images,
                redirects);
    }

    private static Map<String, List<Question>> grouped(List<Question> questions) {
        // a question without a group is still shown, under a heading of its own
        return questions.stream().collect(groupingBy(question -> question.group() == null ? "More questions"
                : question.group(), LinkedHashMap::new, toList()));
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The published site at one moment.
     *
     * @param day              the clinic's date when it was loaded
     * @param tag              a digest of everything a page shows (its text, the menu, the clinic's details, the
     *                         lists): it changes exactly when one of them changes, and stays the same across restarts
     * @param questionsByGroup the questions and answers in their groups, in order
     * @param articles         the published articles, newest first
     * @param images           the media library's pictures, by number
     * @param redirects        the addresses pages left behind, by old slug
     */
    public record Snapshot(long changes, LocalDate day, String tag, Map<String, PublishedPage> pages, List<MenuItem> menu,
                           SiteSettings settings, List<TeamMember> team, Map<String, List<Question>> questionsByGroup,
                           List<Condition> conditions, List<Article> articles, Map<Long, MediaImage> images,
                           Map<String, Redirect> redirects) {

        public Optional<PublishedPage> page(String slug) {
            return Optional.ofNullable(pages.get(slug));
        }

        public Optional<Redirect> redirect(String slug) {
            return Optional.ofNullable(redirects.get(slug));
        }

        /** The published page that lists this list's entries, if there is one. */
        public Optional<PublishedPage> pageListing(Collection list) {
            return pages.values().stream().filter(page -> page.collection() == list).findFirst();
        }

        /** The same site with another team (a draft's preview shows the team with the draft in it). */
        public Snapshot withTeam(List<TeamMember> otherTeam) {
            return new Snapshot(changes, day, tag, pages, menu, settings, otherTeam, questionsByGroup, conditions,
                    articles, images, redirects);
        }

        /** The same site with other questions. */
        public Snapshot withQuestions(List<Question> otherQuestions) {
            return new Snapshot(changes, day, tag, pages, menu, settings, team, grouped(otherQuestions), conditions,
                    articles, images, redirects);
        }
    }
}
