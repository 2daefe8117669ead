package com.pks.clinic.web.admin.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.pks.clinic.admin.api.AuditEntry;
import com.pks.clinic.content.api.Collection;
import com.pks.clinic.content.api.CollectionService;
import com.pks.clinic.content.api.EditableEntry;
import com.pks.clinic.content.api.EditablePage;
import com.pks.clinic.content.api.MediaImage;
import com.pks.clinic.content.api.MediaService;
import com.pks.clinic.content.api.PageService;
import com.pks.clinic.web.admin.StaffNames;
import com.pks.clinic.web.admin.lists.ListScreen;

/**
 * What an audit record is about, in the console's words and with a link to it: the log keeps what the code wrote
 * ("page for-providers", "team entry kay-jennings", "inquiry 12 (K7QM3XWP)"), which stays as it was for the export,
 * and the screen names the page by its title, the entry by its name, the picture by its file name. Something since
 * deleted or renamed is said so, without a link. The titles are read once per request, at the first record that
 * needs them.
 */
@RequestScoped
public class AuditSubjects {

    private static final Pattern PAGE = Pattern.compile("page (.+)");
    private static final Pattern ENTRY = Pattern.compile("(team|FAQ|condition|article) entry (.+)");
    private static final Pattern PICTURE = Pattern.compile("picture (\\d+)");
    private static final Pattern INQUIRY = Pattern.compile("inquiry (\\d+) \\((\\w+)\\)");
    private static final Pattern ACCOUNT = Pattern.compile("account (.+)");
    private static final Map<String, Subject> PLACES = Map.of(
            "menu", new Subject("Site menu", null, "/admin/menu"),
            "clinic details", new Subject("Clinic details", null, "/admin/clinic"),
            "inquiry list", new Subject("The list of inquiries", null, "/admin/inquiries"),
            "inquiries", new Subject("Inquiries", null, "/admin/inquiries"),
            "audit log", new Subject("This audit log", null, null));

    @Inject
    private PageService pages;

    @Inject
    private CollectionService lists;

    @Inject
    private MediaService media;

    @Inject
    private StaffNames staffNames;

    private Map<String, EditablePage> pagesBySlug;
    private final Map<Collection, Map<String, EditableEntry>> entriesByKey = new EnumMap<>(Collection.class);
    private Map<Long, MediaImage> picturesById;

    /**
     * What the screen says a record is about.
     *
     * @param words the thing in words, such as "Page “Our team”"
     * @param meta  a smaller second line (an account's address), or {@code null}
     * @param link  the console's address for it, from the context root, or {@code null}
     */
    public record Subject(String words, String meta, String link) {
    }

    /** The subject of the record in words; {@code null} when the record is about nothing in particular. */
    public Subject of(AuditEntry entry) {
        String subject = entry.subject();
        if (subject == null || subject.isBlank()) {
            return null;
        }
        if (entry.action().name().startsWith("BACKUP_")) {
            return new Subject("Backup " + subject, null, "/admin/backups");
        }
        Subject place = PLACES.get(subject);
        if (place != null) {
            return place;
        }
        return match(PAGE, subject).map(this::page)
                .or(() -> match(ENTRY, subject).map(this::entry))
                .or(() -> match(PICTURE, subject).map(this::picture))
                .or(() -> match(INQUIRY, subject).map(m -> new Subject("Inquiry " + m.group(2), null,
                        "/admin/inquiries/view?id=" + m.group(1))))
                .or(() -> match(ACCOUNT, subject).map(this::account))
                .orElseGet(() -> new Subject(subject, null, null));
    }

    private static Optional<Matcher> match(Pattern pattern, String subject) {
        Matcher matcher = pattern.matcher(subject);
        return matcher.matches() ? Optional.of(matcher) : Optional.empty();
    }

    private Subject page(Matcher m) {
        String slug = m.group(1);
        if (pagesBySlug == null) {
            pagesBySlug = pages.listForEditing().stream().collect(Collectors.toMap(EditablePage::slug, p -> p));
        }
        EditablePage page = pagesBySlug.get(slug);
        return page == null
                ? new Subject("Page /" + slug + " (since deleted or moved)", null, null)
                : new Subject("Page \u201c" + page.current().title() + "\u201d", null,
                "/admin/pages/edit?slug=" + query(slug));
    }

    private Subject entry(Matcher m) {
        ListScreen screen = ListScreen.of(Collection.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
        String key = m.group(2);
        EditableEntry entry = entriesByKey.computeIfAbsent(screen.getCollection(), collection -> lists
                .listForEditing(collection).stream().collect(Collectors.toMap(EditableEntry::key, e -> e))).get(key);
        return entry == null
                ? new Subject(screen.getSingularCapitalised() + " " + key + " (since deleted)", null, null)
                : new Subject(screen.getSingularCapitalised() + " \u201c" + entry.current().title() + "\u201d", null,
                "/admin/lists/edit?list=" + screen.getName() + "&key=" + query(key));
    }

    private Subject picture(Matcher m) {
        long id = Long.parseLong(m.group(1));
        if (picturesById == null) {
            picturesById = media.library(null).stream().collect(Collectors.toMap(MediaImage::id,
                    Function.identity()));
        }
        MediaImage picture = picturesById.get(id);
        return picture == null
                ? new Subject("A picture since deleted", null, null)
                : new Subject("Picture \u201c" + picture.name() + "\u201d", null, "/admin/media/edit?id=" + id);
    }

    private Subject account(Matcher m) {
        String username = m.group(1);
        String name = staffNames.of(username);
        return name.equals(username)
                ? new Subject("Account " + username, null, null)
                : new Subject("Account of " + name, username, "/admin/accounts");
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
