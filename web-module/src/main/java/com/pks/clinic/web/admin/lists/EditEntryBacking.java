package com.pks.clinic.web.admin.lists;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import com.pks.clinic.content.api.CollectionService;
import com.pks.clinic.content.api.ConcurrentEditException;
import com.pks.clinic.content.api.ContentNotFoundException;
import com.pks.clinic.content.api.EditableEntry;
import com.pks.clinic.content.api.EntryContent;
import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.MediaImage;
import com.pks.clinic.content.api.MediaService;
import com.pks.clinic.web.admin.Confirmation;
import com.pks.clinic.web.admin.StaffNames;
import com.pks.clinic.web.admin.pages.PageLines;
import com.pks.clinic.web.platform.client.ClientAddress;
import com.pks.clinic.web.platform.faces.FieldErrors;
import com.pks.clinic.web.platform.time.ClinicTime;

/**
 * One entry of a list ({@code /admin/lists/edit?list=&key=}, or a new one without a key): its fields as the list
 * has them, saved as a draft, previewed, published or taken off the site, and deleted after a confirmation. A change
 * somebody else saved meanwhile is never overwritten unasked: nothing is saved, and the next save is deliberate.
 */
@Named
@ViewScoped
public class EditEntryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffNames staffNames;

    @Inject
    private CollectionService collections;

    @Inject
    private MediaService media;

    @Inject
    private ClientAddress client;

    @Inject
    private ClinicTime clinicTime;

    private String list;
    private String key;
    private ListScreen screen;
    private EditableEntry entry;
    private boolean missing;
    private List<MediaImage> pictures = List.of();

    private String title;
    private String subtitle;
    private String label;
    private String summary;
    private String bodyHtml;
    private String imagePath;
    private LocalDate datedOn;
    private List<String> groups = List.of();
    private final Confirmation deleting = new Confirmation();
    private final Confirmation unpublishing = new Confirmation();
    /** Whether the draft was saved before the action that failed (the error summary says so). */
    private boolean draftSaved;
    private FieldErrors errors = FieldErrors.none();

    /** The view action of the screen as it is opened. */
    public void load() {
        screen = ListScreen.named(list).orElse(null);
        try {
            if (screen != null && key != null) {
                entry = collections.getForEditing(screen.getCollection(), key);
                show(entry.current());
            } else if (screen != null && screen.getDate() != null) { // a new article is dated today
                datedOn = LocalDate.now(clinicTime.zone());
            }
            groups = screen == null || !screen.getCollection().grouped() ? List.of()
                    : collections.listForEditing(screen.getCollection()).stream().map(other -> other.current().label())
                            .filter(group -> group != null && !group.isBlank()).distinct().toList();
        } catch (ContentNotFoundException gone) {
            entry = null;
            screen = null;
        }
        if (screen == null) {
            missing = true;
            Faces.getResponse().setStatus(404);
            return;
        }
        pictures = media.library(null);
    }

    public void saveDraft() throws IOException {
        if (save()) {
            done("Draft saved. The public site has not changed: preview it, then publish when it is ready.");
        }
    }

    public void preview() throws IOException {
        if (save()) {
            Faces.redirect(Faces.getRequestContextPath() + "/admin/lists/preview?list=" + list + "&key=" + key);
        }
    }

    public void publish() throws IOException {
        boolean isNew = entry == null;
        if (save() && attempt(() -> collections.publish(screen.getCollection(), key, entry.version(),
                client.get()))) {
            done("Published. The public site shows it now.");
        } else if (isNew && entry != null) {
            // created, then refused: on to the entry's own address, so that it is not created twice
            Messages.addFlashGlobalError("Your draft is saved, but it cannot be published yet: "
                    + String.join(" ", errors.getByField().values()));
            Faces.redirect(Faces.getRequestContextPath() + "/admin/lists/edit?list=" + list + "&key=" + key);
        }
    }

    public void unpublish() throws IOException {
        if (save() && attempt(() -> collections.unpublish(screen.getCollection(), key, entry.version(),
                client.get()))) {
            done("It is no longer on the public site. Its text is kept as a draft.");
        }
    }

    public void delete() throws IOException {
        if (attempt(() -> collections.delete(screen.getCollection(), key, entry.version(), client.get()))) {
            Messages.addFlashGlobalInfo("“" + entry.current().title() + "” is deleted.");
            Faces.redirect(Faces.getRequestContextPath() + "/admin/lists?list=" + list);
        }
        deleting.cancel();
    }

    /**
     * Saves the form when it differs from the draft (creating the entry when it is new). False, with the problems
     * shown, when it could not.
     */
    private boolean save() {
        errors = FieldErrors.none();
        draftSaved = false;
        EntryContent content = content();
        if (entry != null && content.equals(entry.current())) {
            draftSaved = true;
            return true; // nothing new: no revision of nothing
        }
        if (entry == null) {
            String newKey = freeKey(title);
            draftSaved = attempt(() -> {
                entry = collections.create(screen.getCollection(), newKey, content, client.get());
                key = newKey;
            });
            return draftSaved;
        }
        draftSaved = attempt(() -> entry = collections.saveDraft(screen.getCollection(), key, content,
                entry.version(), client.get()));
        return draftSaved;
    }

    private boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (InvalidContentException invalid) {
            errors = FieldErrors.of(invalid.problems());
        } catch (ConcurrentEditException raced) {
            entry = collections.getForEditing(screen.getCollection(), key);
            Messages.addGlobalWarn(staffNames.of(entry.updatedBy()) + " changed this "
                    + screen.getSingular() + " " + clinicTime.ago(entry.updatedAt()) + ", after you opened it. "
                    + "Nothing was saved, so their work is not lost; your text is still in the form. Save again to "
                    + "replace theirs with yours (theirs stays in the history), or open the " + screen.getSingular()
                    + " again to see theirs.");
        }
        return false;
    }

    private void done(String message) throws IOException {
        Messages.addFlashGlobalInfo(message);
        Faces.redirect(Faces.getRequestContextPath() + "/admin/lists/edit?list=" + list + "&key=" + key);
    }

    /** A key made from the title (it names the entry's address, such as /news/open-on-saturdays), not yet taken. */
    private String freeKey(String from) {
        String base = Normalizer.normalize(from == null ? "" : from, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        base = base.length() > 80 ? base.substring(0, 80).replaceAll("-$", "") : base;
        base = base.isEmpty() ? screen.getSingular().replace(' ', '-') : base;
        Set<String> taken = collections.listForEditing(screen.getCollection()).stream().map(EditableEntry::key)
                .collect(Collectors.toSet());
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private void show(EntryContent content) {
        title = content.title();
        subtitle = content.subtitle();
        label = content.label();
        summary = content.summary();
        bodyHtml = content.bodyHtml();
        imagePath = content.imagePath();
        datedOn = content.datedOn();
    }

    private EntryContent content() {
        return new EntryContent(title, subtitle, label, summary, bodyHtml == null ? "" : bodyHtml,
                imagePath == null || imagePath.isBlank() ? null : imagePath, datedOn);
    }

    /** The picture chosen now, for its thumbnail beside the choice; {@code null} when none. */
    public MediaImage getChosenPicture() {
        return pictures.stream().filter(picture -> picture.path().equals(imagePath)).findFirst().orElse(null);
    }

    /** Where the entry stands, in words. */
    public String getState() {
        return entry == null ? "New, not saved yet" : EntryStates.state(entry);
    }

    public boolean isLive() {
        return entry != null && entry.live() != null;
    }

    public boolean isNew() {
        return entry == null;
    }

    public ClinicTime.Moment getLastChange() {
        return entry == null ? null : clinicTime.moment(entry.updatedAt());
    }

    public String getLastChangedBy() {
        return entry == null ? "" : PageLines.who(entry.updatedBy());
    }


    public ListScreen getScreen() {
        return screen;
    }

    public EditableEntry getEntry() {
        return entry;
    }

    public boolean isMissing() {
        return missing;
    }

    /** In a grouped list (questions), the groups its entries use, in their order; otherwise none. */
    public List<String> getGroups() {
        return groups;
    }

    public List<MediaImage> getPictures() {
        return pictures;
    }

    public boolean isDraftSaved() {
        return draftSaved;
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

    public String getList() {
        return list;
    }

    public void setList(String list) {
        this.list = list;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public void setSubtitle(String subtitle) {
        this.subtitle = subtitle;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    public String getImagePath() {
        return imagePath;
    }

    public void setImagePath(String imagePath) {
        this.imagePath = imagePath;
    }

    public LocalDate getDatedOn() {
        return datedOn;
    }

    public void setDatedOn(LocalDate datedOn) {
        this.datedOn = datedOn;
    }
}
