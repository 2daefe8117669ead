package com.pks.clinic.web.admin.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import com.pks.clinic.content.api.ConcurrentEditException;
import com.pks.clinic.content.api.ContentNotFoundException;
import com.pks.clinic.content.api.EditablePage;
import com.pks.clinic.content.api.PageRevision;
import com.pks.clinic.content.api.PageService;
import com.pks.clinic.content.api.RevisionAction;
import com.pks.clinic.content.api.RevisionComparison;
import com.pks.clinic.content.api.TextChange;
import com.pks.clinic.web.admin.StaffNames;
import com.pks.clinic.web.platform.client.ClientAddress;
import com.pks.clinic.web.platform.time.ClinicTime;

/**
 * A page's history ({@code /admin/pages/history?slug=&from=&to=}): every revision with who and when, what changed
 * between any two (by default the newest and the last one whose text differs), and any revision brought back as the
 * draft.
 */
@Named
@RequestScoped
public class HistoryBacking {

    /** Unchanged lines kept on each side of a change. */
    static final int CONTEXT_LINES = 1;

    @Inject
    private StaffNames staffNames;

    @Inject
    @Param
    private String slug;

    @Inject
    @Param
    private Long from;

    @Inject
    @Param
    private Long to;

    @Inject
    private PageService pages;

    @Inject
    private ClientAddress client;

    @Inject
    private ClinicTime clinicTime;

    private EditablePage page;
    private List<PageRevision> revisions = List.of();
    private RevisionComparison comparison;
    private long shownVersion;

    /** A revision as the history lists it; {@code live}: the version visitors see now. */
    public record Line(long id, String action, String author, ClinicTime.Moment at, String title, boolean live) {
    }

    /** Before anything else, also on a post back: the restore buttons belong to the rows of the history. */
    @PostConstruct
    void read() {
        try {
            page = pages.getForEditing(slug);
            shownVersion = page.version();
            revisions = pages.history(slug);
            if (revisions.size() > 1 || from != null && to != null) {
                long older = from != null ? from : lastDifferent().id();
                long newer = to != null ? to : revisions.get(0).id();
                comparison = pages.compare(slug, older, newer);
            }
        } catch (ContentNotFoundException gone) {
            page = null;
        }
    }

    /** The newest revision whose text differs from the newest one (a publish repeats the draft's text). */
    private PageRevision lastDifferent() {
        PageRevision newest = revisions.get(0);
        return revisions.stream().skip(1).filter(revision -> !revision.content().equals(newest.content()))
                .findFirst().orElse(revisions.get(1));
    }

    /** The view action: a page that does not exist answers 404. */
    public void load() {
        if (page == null) {
            Faces.getResponse().setStatus(404);
        }
    }

    public void restore(long revisionId) throws IOException {
        try {
            pages.restore(slug, revisionId, shownVersion, client.get());
            Messages.addFlashGlobalInfo("That version is now the draft. The public site has not changed: check it in "
                    + "the editor, then publish it.");
            Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/admin/pages/edit?slug=" + slug);
        } catch (ConcurrentEditException raced) {
            Messages.addGlobalWarn("Someone changed the page since you opened its history, so nothing was "
                    + "restored. Here is the history as it is now; please choose again.");
            read();
        }
    }

    public List<Line> getLines() {
        Long live = liveRevision();
        return revisions.stream().map(revision -> new Line(revision.id(), action(revision.action()),
                PageLines.who(revision.author()), clinicTime.moment(revision.createdAt()),
                revision.content().title(), Long.valueOf(revision.id()).equals(live))).toList();
    }

    /** The choices of "Older version": every version but the newest, which has none newer to compare with. */
    public List<Line> getOlderChoices() {
        List<Line> lines = getLines();
        return lines.subList(Math.min(1, lines.size()), lines.size());
    }

    /** The choices of "Newer version": every version but the first. */
    public List<Line> getNewerChoices() {
        List<Line> lines = getLines();
        return lines.subList(0, Math.max(0, lines.size() - 1));
    }

    /** The newest revision that went live, unless the page was taken off the site after it; null for none. */
    private Long liveRevision() {
        if (page == null || page.live() == null) {
            return null;
        }
        return revisions.stream().filter(revision -> revision.action() != RevisionAction.SAVED
                        && revision.action() != RevisionAction.RESTORED).findFirst()
                .filter(revision -> revision.action() != RevisionAction.UNPUBLISHED).map(PageRevision::id)
                .orElse(null);
    }

    public static String action(RevisionAction action) {
        return switch (action) {
            case SEEDED -> "Starting content";
            case SAVED -> "Draft saved";
            case PUBLISHED -> "Published";
            case UNPUBLISHED -> "Taken off the site";
            case RESTORED -> "Earlier version brought back";
        };
    }

    /** "Draft saved by Kay Jennings, Dec 1, 2026, 9:41 AM", for the comparison's headings. */
    public String describe(PageRevision revision) {
        String who = revision.action() == RevisionAction.SEEDED ? "" : " by " + staffNames.of(revision.author());
        return action(revision.action()) + who + ", " + clinicTime.format(revision.createdAt());
    }

    /**
     * The changes of one field as the screen shows them: unchanged text longer than a few lines keeps only the line
     * next to each change, so that the changes of a long page are seen without scrolling through all of it.
     */
    public List<TextChange> condensed(List<TextChange> changes) {
        List<TextChange> shown = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            TextChange change = changes.get(i);
            String[] lines = change.text().split("\n", -1);
            if (change.kind() != TextChange.Kind.SAME || lines.length <= CONTEXT_LINES * 2 + 1) {
                shown.add(change);
                continue;
            }
            String before = i == 0 ? "" : String.join("\n", Arrays.copyOfRange(lines, 0, CONTEXT_LINES)) + "\n";
            String after = i == changes.size() - 1 ? ""
                    : "\n" + String.join("\n", Arrays.copyOfRange(lines, lines.length - CONTEXT_LINES, lines.length));
            shown.add(new TextChange(TextChange.Kind.SAME, before + "[…]" + after));
        }
        return shown;
    }

    public EditablePage getPage() {
        return page;
    }

    public RevisionComparison getComparison() {
        return comparison;
    }

    public String getSlug() {
        return slug;
    }

    public long getShownVersion() {
        return shownVersion;
    }

    public void setShownVersion(long shownVersion) {
        this.shownVersion = shownVersion;
    }
}
