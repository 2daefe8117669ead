package com.pks.clinic.web.admin.inquiries;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import com.pks.clinic.inquiry.api.ConcurrentInquiryChangeException;
import com.pks.clinic.inquiry.api.InquiryDetail;
import com.pks.clinic.inquiry.api.InquiryNotFoundException;
import com.pks.clinic.inquiry.api.InquiryService;
import com.pks.clinic.inquiry.api.InquiryStatus;
import com.pks.clinic.inquiry.api.InvalidInquiryException;
import com.pks.clinic.inquiry.api.StatusChangeNotAllowedException;
import com.pks.clinic.web.platform.client.ClientAddress;

/**
 * One inquiry ({@code /admin/inquiries/view?id=} or {@code ?ref=} from the staff e-mail): everything it holds, its
 * history and notes, a status change with a note, and a note alone. The service records the opening in the audit
 * log before anything shows. A change somebody else made since the page was opened is shown, never overwritten,
 * and what was typed stays.
 */
@Named
@RequestScoped
public class ViewInquiryBacking {

    /** Onward first; back to New (a contact taken back, a closed one reopened) last. */
    private static final Comparator<InquiryStatus> BACK_TO_NEW_LAST = Comparator
            .comparing((InquiryStatus status) -> status == InquiryStatus.NEW).thenComparing(Comparator.naturalOrder());

    @Inject
    @Param
    private Long id;

    @Inject
    @Param
    private String ref;

    @Inject
    private InquiryService inquiries;

    @Inject
    private ClientAddress client;

    @Inject
    private InquiryWords words;

    private InquiryDetail inquiry;
    private boolean missing;
    /** The inquiry this page shows, posted back with its forms (it may have been opened by reference). */
    private long inquiryId;
    private long shownVersion;
    private InquiryStatus newStatus;
    private String note;
    private String statusError;
    private String noteError;

    /** The view action of the page as it is opened (not on a post back). */
    public void load() {
        try {
            inquiry = inquiryId != 0 ? inquiries.get(inquiryId, client.get())
                    : id != null ? inquiries.get(id, client.get()) : inquiries.getByReference(ref, client.get());
            inquiryId = inquiry.id();
            shownVersion = inquiry.version();
        } catch (InquiryNotFoundException gone) {
            missing = true;
            Faces.getResponse().setStatus(404);
        }
    }

    public void changeStatus() throws IOException {
        if (newStatus == null) {
            statusError = "Please choose the new status.";
            reloadKeepingVersion();
            return;
        }
        act(() -> inquiries.changeStatus(inquiryId, newStatus, note, shownVersion, client.get()),
                "The inquiry's status is now: " + words.status(newStatus) + ".");
    }

    public void addNote() throws IOException {
        act(() -> inquiries.addNote(inquiryId, note, client.get()), "Your note is kept with the inquiry.");
    }

    /** Marks it urgent, and keeps a note typed meanwhile too. */
    public void markUrgent() throws IOException {
        act(() -> inquiries.markUrgent(inquiryId, note, client.get()), "The inquiry is marked urgent: it comes first "
                + "in the list, and if it is still new after a while, staff are e-mailed about it again.");
    }

    /** Whether a new inquiry can still be marked urgent (on a post back, until it is loaded again: so it is decoded). */
    public boolean isUrgencyMarkable() {
        return inquiry == null ? Faces.isPostback()
                : !inquiry.urgent() && inquiry.status() == InquiryStatus.NEW;
    }

    private void act(Runnable change, String success) throws IOException {
        try {
            change.run();
            Messages.addFlashGlobalInfo(success);
            Faces.redirect(Faces.getRequestContextPath() + "/admin/inquiries/view?id=" + inquiryId);
        } catch (ConcurrentInquiryChangeException changed) {
            Messages.addGlobalWarn("Someone else changed this inquiry since you opened it, so nothing was saved. "
                    + "Here it is as it is now; what you wrote is still in the box below. Please check and try "
                    + "again.");
            load();
        } catch (InvalidInquiryException invalid) {
            noteError = String.join(" ", invalid.problems().values());
            reloadKeepingVersion();
        } catch (StatusChangeNotAllowedException notAllowed) {
            Messages.addGlobalError("An inquiry that is " + words.status(notAllowed.from()).toLowerCase()
                    + " cannot become " + words.status(notAllowed.to()).toLowerCase() + ".");
            reloadKeepingVersion();
        }
    }

    /** Shows the inquiry again but keeps the version the person started from, so a later change is still noticed. */
    private void reloadKeepingVersion() {
        long started = shownVersion;
        load();
        shownVersion = started;
    }

    public InquiryDetail getInquiry() {
        return inquiry;
    }

    /** Its arrival, status changes and notes, oldest first; none while a post back has not loaded it. */
    public List<InquiryTimeline.Event> getTimeline() {
        return inquiry == null ? List.of() : InquiryTimeline.of(inquiry);
    }

    /** Whether the page shows the inquiry and its forms: when it is loaded, and while its forms are posted back. */
    public boolean isOpen() {
        return inquiry != null || Faces.isPostback() && !missing;
    }

    public boolean isMissing() {
        return missing;
    }

    /**
     * The statuses this inquiry may move to now. On a post back nothing is loaded before the action (which would be
     * a second audited read): every status is then a valid answer, and the service refuses a move it does not allow.
     */
    public List<InquiryStatus> getNextStatuses() {
        return inquiry == null ? List.of(InquiryStatus.values())
                : inquiry.status().next().stream().sorted(BACK_TO_NEW_LAST).toList();
    }

    /** When retention will delete a closed or spam inquiry (the night after this day), or {@code null}. */
    public Instant getDeletedAfter() {
        return inquiry == null || !(inquiry.status() == InquiryStatus.CLOSED || inquiry.status() == InquiryStatus.SPAM)
                ? null : inquiry.receivedAt().plus(inquiries.retentionDays(), ChronoUnit.DAYS);
    }

    public long getInquiryId() {
        return inquiryId;
    }

    public void setInquiryId(long inquiryId) {
        this.inquiryId = inquiryId;
    }

    public long getShownVersion() {
        return shownVersion;
    }

    public void setShownVersion(long shownVersion) {
        this.shownVersion = shownVersion;
    }

    public InquiryStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(InquiryStatus newStatus) {
        this.newStatus = newStatus;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getStatusError() {
        return statusError;
    }

    public String getNoteError() {
        return noteError;
    }
}
