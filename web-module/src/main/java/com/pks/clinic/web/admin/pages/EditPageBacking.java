package com.pks.clinic.web.admin.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import com.pks.clinic.content.api.ConcurrentEditException;
import com.pks.clinic.content.api.ContentNotFoundException;
import com.pks.clinic.content.api.EditablePage;
import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.LinkProblem;
import com.pks.clinic.content.api.PageContent;
import com.pks.clinic.content.api.PagePaths;
import com.pks.clinic.content.api.PageService;
import com.pks.clinic.content.api.WorkingCopy;
import com.pks.clinic.web.admin.Confirmation;
import com.pks.clinic.web.admin.StaffNames;
import com.pks.clinic.web.platform.client.ClientAddress;
import com.pks.clinic.web.platform.faces.FieldErrors;
import com.pks.clinic.web.platform.time.ClinicTime;

/**
 * The page editor ({@code /admin/pages/edit?slug=}). What the editor types is saved only as a draft; Publish,
 * Schedule and Preview save it first when it changed. The browser autosaves into the editor's own working copy
 * every few seconds. A change somebody else saved meanwhile is shown, never overwritten, and what was typed stays.
 * Publishing first names internal links that would not work, and publishes only when asked again.
 */
@Named
@ViewScoped
public class EditPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffNames staffNames;

    @Inject
    private PageService pages;

    @Inject
    private ClientAddress client;

    @Inject
    private ClinicTime clinicTime;

    @Inject
    private PageLines lines;

    private String slug;
    private EditablePage page;
    private boolean missing;

    private String title;
    private String metaDescription;
    private String bodyHtml;
    private String reviewedBy;
    private LocalDate reviewedOn;
    /** "true" when the form differs from what is saved; the page's script keeps it, and it stays "true" without it. */
    private String changed = "true";
    /** The form shows text that is not saved (brought back, kept through a conflict or a refused save). */
    private boolean unsaved;

    private String newSlug;
    private String publishAt;
    private String redirectTo;
    private final Confirmation deleting = new Confirmation();
    private final Confirmation unpublishing = new Confirmation();

    private FieldErrors errors = FieldErrors.none();
    private EditablePage theirs;
    private List<LinkProblem> linkProblems = List.of();
    private WorkingCopy workingCopy;
    private String autosaveStatus = "";

    /** The view action of the page as it is opened. */
    public void load() {
        try {
            page = pages.getForEditing(slug);
        } catch (ContentNotFoundException gone) {
            missing = true;
            Faces.getResponse().setStatus(404);
            return;
        }
        show(page.current());
        changed = "true";
        newSlug = page.slug();
        // offered only when it holds something else than what is saved (an autosave may arrive after a save)
        workingCopy = pages.findWorkingCopy(slug).filter(copy -> !copy.content().equals(page.current()))
                .orElse(null);
    }

    public void saveDraft() throws IOException {
        boolean anythingNew = "true".equals(changed);
        if (save()) {
            done(anythingNew ? "Draft saved. The public site has not changed: preview it, then publish when it is "
                    + "ready." : "There was nothing new to save: the draft is as it was.");
        }
    }

    public void preview() throws IOException {
        if (save()) {
            Faces.redirect(Faces.getRequestContextPath() + "/admin/pages/preview?slug=" + slug);
        }
    }

    /** Saves, then publishes unless an internal link would not work: then it names them and waits to be asked again. */
    public void publish() throws IOException {
        if (!save()) {
            return;
        }
        linkProblems = pages.linkProblems(slug);
        if (linkProblems.isEmpty()) {
            publishAnyway();
        }
    }

    public void publishAnyway() throws IOException {
        if (save()) {
            attempt(() -> pages.publish(slug, page.version(), client.get()),
                    "Published. The page is live at " + PagePaths.of(slug) + ".");
        }
    }

    public void keepEditing() {
        linkProblems = List.of();
    }

    public void unpublish() throws IOException {
        if (save()) {
            attempt(() -> pages.unpublish(slug, page.version(), client.get()),
                    "The page is no longer on the public site. Its text is kept as a draft.");
        }
    }

    public void schedule() throws IOException {
        Optional<Instant> at = scheduledInstant();
        if (at.isEmpty()) {
            errors = FieldErrors.of(Map.of("publishAt", "Choose the date and the time to publish."));
            return;
        }
        if (save()) {
            attempt(() -> pages.schedulePublish(slug, at.get(), page.version(), client.get()),
                    "Scheduled: the draft goes live on " + clinicTime.format(at.get()) + ".");
        }
    }

    public void cancelSchedule() throws IOException {
        if (save()) {
            attempt(() -> pages.cancelSchedule(slug, page.version(), client.get()),
                    "The schedule is cancelled. The draft stays as it is.");
        }
    }

    public void changeSlug() throws IOException {
        String wanted = newSlug == null ? "" : newSlug.strip().toLowerCase();
        if (!save()) {
            return;
        }
        try {
            EditablePage moved = pages.changeSlug(slug, wanted, page.version(), client.get());
            Messages.addFlashGlobalInfo("The page's address is now " + moved.path() + ". The old address "
                    + PagePaths.of(slug) + " sends visitors on to it.");
            redirectToEditor(moved.slug());
        } catch (ConcurrentEditException raced) {
            conflict();
        } catch (InvalidContentException invalid) {
            errors = FieldErrors.of(Map.of("newSlug", String.join(" ", invalid.problems().values())));
        }
    }

    public void delete() throws IOException {
        try {
            pages.delete(slug, redirectTo, page.version(), client.get());
            Messages.addFlashGlobalInfo("The page " + PagePaths.of(slug) + " is deleted. "
                    + (redirectTo == null || redirectTo.isBlank() ? "Its address now says the page was removed."
                    : "Its address now leads to " + PagePaths.of(redirectTo) + "."));
            Faces.redirect(Faces.getRequestContextPath() + "/admin/pages");
        } catch (ConcurrentEditException raced) {
            deleting.cancel();
            conflict();
        } catch (InvalidContentException invalid) {
            errors = FieldErrors.of(Map.of("redirectTo", String.join(" ", invalid.problems().values())));
        }
    }

    /** Called by the page's script every few seconds while the text changes: the editor's own copy, no revision. */
    public void autosave() {
        try {
            pages.autosave(slug, content(), page.version());
            autosaveStatus = "Autosaved " + clinicTime.format(Instant.now()) + ". Only you can see this copy: "
                    + "Save draft to keep it as a version.";
        } catch (InvalidContentException incomplete) {
            autosaveStatus = "Not autosaved: " + String.join(" ", incomplete.problems().values());
        }
    }

    public void restoreWorkingCopy() {
        show(workingCopy.content());
        changed = "true";
        unsaved = true;
        workingCopy = null;
        Messages.addGlobalInfo("Your unsaved changes are back in the editor. Save draft to keep them.");
    }

    public void discardWorkingCopy() {
        pages.discardWorkingCopy(slug);
        workingCopy = null;
    }

    /** Saves the form as the draft when it changed; false (with the problems shown) when it could not. */
    private boolean save() {
        errors = FieldErrors.none();
        if (!"true".equals(changed)) {
            return true;
        }
        try {
            page = pages.saveDraft(slug, content(), page.version(), client.get());
            changed = "false";
            unsaved = false;
            theirs = null;
            return true;
        } catch (ConcurrentEditException raced) {
            conflict();
        } catch (InvalidContentException invalid) {
            errors = FieldErrors.of(invalid.problems());
        }
        unsaved = true;
        return false;
    }

    private void attempt(Runnable change, String success) throws IOException {
        try {
            change.run();
            done(success);
        } catch (ConcurrentEditException raced) {
            conflict();
        } catch (InvalidContentException invalid) {
            errors = FieldErrors.of(invalid.problems());
        }
    }

    private void done(String message) throws IOException {
        Messages.addFlashGlobalInfo(message);
        redirectToEditor(slug);
    }

    private void redirectToEditor(String pageSlug) throws IOException {
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/admin/pages/edit?slug=" + pageSlug);
    }

    /**
     * Somebody else saved the page since this editor opened it: nothing was saved, their version is shown, the
     * typed text stays, and the next save (a deliberate one) is based on their version.
     */
    private void conflict() {
        theirs = pages.getForEditing(slug);
        page = theirs;
        linkProblems = List.of();
        Messages.addGlobalWarn(staffNames.of(theirs.updatedBy()) + " changed this page "
                + clinicTime.ago(theirs.updatedAt()) + ", after you opened it. Nothing was saved, so their work is "
                + "not lost. Their version is shown below; your text is still in the editor. Save draft again to "
                + "replace theirs with yours (theirs stays in the history), or load their version.");
    }

    public void loadTheirs() {
        show(theirs.current());
        changed = "false";
        unsaved = false;
        theirs = null;
    }

    private void show(PageContent content) {
        title = content.title();
        metaDescription = content.metaDescription();
        bodyHtml = content.bodyHtml();
        reviewedBy = content.reviewedBy();
        reviewedOn = content.reviewedOn();
    }

    private PageContent content() {
        return new PageContent(title, metaDescription, bodyHtml == null ? "" : bodyHtml, reviewedBy, reviewedOn);
    }

    private Optional<Instant> scheduledInstant() {
        try {
            return publishAt == null || publishAt.isBlank() ? Optional.empty()
                    : Optional.of(LocalDateTime.parse(publishAt).atZone(clinicTime.zone()).toInstant());
        } catch (DateTimeParseException malformed) {
            return Optional.empty();
        }
    }

    /** The earliest time the schedule field offers: the next minute, in the clinic's time zone. */
    public String getEarliestSchedule() {
        return LocalDateTime.now(clinicTime.zone()).plusMinutes(1).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    public String getState() {
        return page == null ? "" : lines.state(page);
    }

    public ClinicTime.Moment getLastChange() {
        return page == null ? null : clinicTime.moment(page.updatedAt());
    }

    public String getLastChangedBy() {
        return page == null ? "" : PageLines.who(page.updatedBy());
    }

    public String getScheduledAt() {
        return page == null || page.publishAt() == null ? null : clinicTime.format(page.publishAt());
    }

    public String getScheduledBy() {
        return page == null ? null : page.publishScheduledBy();
    }

    /** The other pages, for "send visitors of the deleted page to …". */
    public List<PageLines.PageLine> getOtherPages() {
        return pages.listForEditing().stream().filter(other -> !other.slug().equals(slug)).map(lines::line).toList();
    }

    public boolean isHome() {
        return PagePaths.HOME.equals(slug);
    }

    public boolean isLive() {
        return page != null && page.live() != null;
    }

    public boolean isOpen() {
        return page != null;
    }

    public boolean isMissing() {
        return missing;
    }

    public EditablePage getPage() {
        return page;
    }

    public EditablePage getTheirs() {
        return theirs;
    }

    public WorkingCopy getWorkingCopy() {
        return workingCopy;
    }

    public String getWorkingCopySavedAt() {
        return workingCopy == null ? "" : clinicTime.format(workingCopy.savedAt());
    }

    /** Whether the page changed since the autosaved text was typed. */
    public boolean isWorkingCopyOutdated() {
        return workingCopy != null && page != null && workingCopy.basedOnVersion() != page.version();
    }

    public List<LinkProblem> getLinkProblems() {
        return linkProblems;
    }

    /** Whether the form shows text that is not saved yet: the page's script then keeps it marked as changed. */
    public boolean isUnsaved() {
        return unsaved;
    }

    /** Whether the draft was saved before the action that failed (the error summary says so). */
    public boolean isDraftSaved() {
        return !unsaved;
    }

    /** "Take it off the public site?", asked before {@link #unpublish}. */
    public Confirmation getUnpublishing() {
        return unpublishing;
    }

    /** "Delete … for good?", asked before {@link #delete}. */
    public Confirmation getDeleting() {
        return deleting;
    }

    public FieldErrors getErrors() {
        return errors;
    }

    public String getAutosaveStatus() {
        return autosaveStatus;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMetaDescription() {
        return metaDescription;
    }

    public void setMetaDescription(String metaDescription) {
        this.metaDescription = metaDescription;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public void setReviewedBy(String reviewedBy) {
        this.reviewedBy = reviewedBy;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    public String getChanged() {
        return changed;
    }

    public void setChanged(String changed) {
        this.changed = changed;
    }

    public String getNewSlug() {
        return newSlug;
    }

    public void setNewSlug(String newSlug) {
        this.newSlug = newSlug;
    }

    public String getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(String publishAt) {
        this.publishAt = publishAt;
    }

    public String getRedirectTo() {
        return redirectTo;
    }

    public void setRedirectTo(String redirectTo) {
        this.redirectTo = redirectTo;
    }
}
