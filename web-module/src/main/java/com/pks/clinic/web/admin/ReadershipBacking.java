package com.pks.clinic.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;

import com.pks.clinic.content.api.Collection;
import com.pks.clinic.content.api.CollectionService;
import com.pks.clinic.content.api.EditableEntry;
import com.pks.clinic.content.api.MediaImage;
import com.pks.clinic.content.api.MediaService;
import com.pks.clinic.content.api.Readership;
import com.pks.clinic.content.api.ReadershipService;
import com.pks.clinic.content.api.SiteSettings;
import com.pks.clinic.content.api.SiteSettingsService;
import com.pks.clinic.web.admin.lists.ListScreen;
import com.pks.clinic.web.site.PublicContent;

/**
 * The editors' part of the dashboard beyond the pages: list entries and the clinic's details with changes waiting,
 * pictures that still need a text alternative, and what visitors read in the last weeks (counted by the site itself, without trackers).
 */
@Named
@RequestScoped
public class ReadershipBacking {

    /** The days the dashboard looks back. */
    static final int DAYS = 14;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE, MMM d", Locale.US);

    @Inject
    private ReadershipService readership;

    @Inject
    private CollectionService collections;

    @Inject
    private MediaService media;

    @Inject
    private PublicContent content;

    @Inject
    private SiteSettingsService settings;

    private Readership counts;
    private List<Waiting> waiting = List.of();
    private List<MediaImage> undescribed = List.of();
    private boolean clinicDraft;
    private String clinicGaps;

    /** A list entry with changes that are not on the site yet. */
    public record Waiting(ListScreen screen, EditableEntry entry) {
    }

    /** A line of the readership's tables: what, how many, and the largest count of the table (for its bar). */
    public record Line(String label, String address, long views, long most) {
    }

    /** The view action, for Administrators and Editors only (the services refuse anyone else). */
    public void load() {
        counts = readership.lastDays(DAYS);
        List<Waiting> entries = new ArrayList<>();
        for (ListScreen screen : ListScreen.values()) {
            collections.listForEditing(screen.getCollection()).stream().filter(entry -> entry.draft() != null)
                    .forEach(entry -> entries.add(new Waiting(screen, entry)));
        }
        waiting = entries;
        undescribed = media.library(null).stream().filter(picture -> !picture.described()).toList();
        clinicDraft = settings.getForEditing().draft() != null;
        SiteSettings published = settings.get();
        List<String> gaps = new ArrayList<>();
        if (published.street() == null || published.street().isBlank()) {
            gaps.add("street address");
        }
        if (published.openingHours().isEmpty()) {
            gaps.add("opening hours");
        }
        clinicGaps = String.join(" or ", gaps);
    }

    public long getTotal() {
        return counts.total();
    }

    /** Views per day, newest first, with the day in words. */
    public List<Line> getDays() {
        long most = most(counts.byDay());
        List<Line> days = new ArrayList<>();
        for (Readership.Count day : counts.byDay()) {
            days.add(0, new Line(DAY.format(LocalDate.parse(day.what())), day.what(), day.views(), most));
        }
        return days;
    }

    /** The most read pages, each named by its title while it is published (a condition's or article's too). */
    public List<Line> getPages() {
        PublicContent.Snapshot site = content.current();
        Map<String, String> titles = new HashMap<>();
        site.pages().values().forEach(page -> titles.put(page.path(), page.title()));
        site.pageListing(Collection.CONDITION).ifPresent(listing -> site.conditions().forEach(condition ->
                titles.put(listing.path() + "/" + condition.key(), condition.name())));
        site.pageListing(Collection.ARTICLE).ifPresent(listing -> site.articles().forEach(article ->
                titles.put(listing.path() + "/" + article.key(), article.title())));
        long most = most(counts.pages());
        return counts.pages().stream().map(page -> new Line(titles.getOrDefault(page.what(), page.what()),
                page.what(), page.views(), most)).toList();
    }

    public List<Line> getReferrers() {
        long most = most(counts.referrers());
        return counts.referrers().stream().map(site -> new Line(site.what(), site.what(), site.views(), most))
                .toList();
    }

    public List<Waiting> getWaiting() {
        return waiting;
    }

    /** Whether the clinic's details have a draft waiting to be published. */
    public boolean isClinicDraft() {
        return clinicDraft;
    }

    /** What patients look for that the published clinic details lack, in words ("street address"); empty if none. */
    public String getClinicGaps() {
        return clinicGaps;
    }

    public List<MediaImage> getUndescribed() {
        return undescribed;
    }

    private static long most(List<Readership.Count> lines) {
        return Math.max(1, lines.stream().mapToLong(Readership.Count::views).max().orElse(1));
    }
}
