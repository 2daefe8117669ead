package com.pks.clinic.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

import com.pks.clinic.content.api.EditablePage;
import com.pks.clinic.content.api.PageService;
import com.pks.clinic.content.api.PageStatus;
import com.pks.clinic.content.api.RevisionAction;
import com.pks.clinic.inquiry.api.InquiryOverview;
import com.pks.clinic.inquiry.api.InquiryService;
import com.pks.clinic.web.admin.pages.PageLines;
import com.pks.clinic.web.admin.pages.PageLines.PageLine;
import com.pks.clinic.web.platform.time.ClinicTime;

/**
 * The dashboard ({@code /admin}): what waits for the signed-in person, in sentences. Intake and Administrators see
 * how many inquiries wait (urgent ones first) and whether anyone is e-mailed when one arrives; Editors and
 * Administrators see the drafts waiting to be published and the pages changed last. Each part is loaded only for
 * the roles that may see it: the services allow only those roles and would refuse anyone else. The inquiry
 * overview is numbers only and fires no audit event, so opening the dashboard is not a read of patient data.
 */
@Named
@RequestScoped
public class DashboardBacking {

    static final int RECENTLY_CHANGED = 5;

    private static final Comparator<EditablePage> LAST_CHANGED_FIRST =
            Comparator.comparing(EditablePage::updatedAt, Comparator.nullsLast(Comparator.reverseOrder()));

    @Inject
    private InquiryService inquiries;

    @Inject
    private PageService pages;

    @Inject
    private Console console;

    @Inject
    private ClinicTime clinicTime;

    @Inject
    private PageLines lines;

    private boolean showInquiries;
    private boolean showPages;
    private InquiryOverview overview;
    private ClinicTime.Moment oldestUrgent;
    private boolean mailMissing;
    private List<PageLine> drafts = List.of();
    private List<PageLine> recentlyChanged = List.of();
    private List<PageLine> reviewDue = List.of();

    /** The view action: one call per part the caller's roles include. */
    public void load() {
        showInquiries = console.isAdministrator() || console.isIntake();
        showPages = console.isAdministrator() || console.isEditor();
        if (showInquiries) {
            overview = inquiries.overview();
            oldestUrgent = clinicTime.moment(overview.oldestUrgentWaitingSince());
            mailMissing = !overview.staffNotified();
        }
        if (showPages) {
            List<EditablePage> newestFirst = pages.listForEditing().stream().sorted(LAST_CHANGED_FIRST).toList();
            drafts = newestFirst.stream().filter(page -> page.hasDraft() || page.status() == PageStatus.SCHEDULED)
                    .filter(page -> !takenOffAsItWas(page)).map(lines::line).toList();
            recentlyChanged = newestFirst.stream().limit(RECENTLY_CHANGED).map(lines::line).toList();
            reviewDue = newestFirst.stream().filter(EditablePage::reviewDue).map(lines::line).toList();
        }
    }

    /**
     * Whether the page was taken off the site on purpose and not changed since: its text is kept as a draft to edit
     * and publish again, but nothing is waiting to be published.
     */
    private boolean takenOffAsItWas(EditablePage page) {
        return page.status() == PageStatus.UNPUBLISHED
                && pages.history(page.slug()).get(0).action() == RevisionAction.UNPUBLISHED;
    }

    public boolean isShowInquiries() {
        return showInquiries;
    }

    public boolean isShowPages() {
        return showPages;
    }

    public long getUrgentWaiting() {
        return overview == null ? 0 : overview.urgentWaiting();
    }

    public long getNewWaiting() {
        return overview == null ? 0 : overview.newCount();
    }

    /** "2 urgent inquiries are waiting for a first call" (shown only when one waits). */
    public String getUrgentSentence() {
        long urgent = getUrgentWaiting();
        return urgent == 1 ? "1 urgent inquiry is waiting for a first call"
                : urgent + " urgent inquiries are waiting for a first call";
    }

    /** "the oldest arrived" or, for only one, "it arrived": followed by the time. */
    public String getOldestUrgentLead() {
        return getUrgentWaiting() == 1 ? "it arrived" : "the oldest arrived";
    }

    /** When the oldest urgent inquiry that nobody has called yet arrived, or null. */
    public ClinicTime.Moment getOldestUrgent() {
        return oldestUrgent;
    }

    /** How many new inquiries wait for a first contact, urgent ones included. */
    public String getNewSentence() {
        long fresh = getNewWaiting();
        if (fresh == 0) {
            return "No new inquiries are waiting.";
        }
        String count = fresh == 1 ? "1 new inquiry is waiting for a first contact"
                : fresh + " new inquiries are waiting for a first contact";
        return getUrgentWaiting() > 0 ? "In all, " + count + ", the urgent ones included." : count + ".";
    }

    /** No notification reaches anyone: no mail server or no recipient is configured. */
    public boolean isMailMissing() {
        return mailMissing;
    }

    public List<PageLine> getDrafts() {
        return drafts;
    }

    public String getDraftsSentence() {
        return drafts.size() == 1 ? "1 page has changes that are not on the site yet."
                : drafts.size() + " pages have changes that are not on the site yet.";
    }

    public List<PageLine> getRecentlyChanged() {
        return recentlyChanged;
    }

    /** Pages whose medical review is more than a year old. */
    public List<PageLine> getReviewDue() {
        return reviewDue;
    }
}
