package com.pks.clinic.web.admin.media;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import com.pks.clinic.content.api.ConcurrentEditException;
import com.pks.clinic.content.api.ContentNotFoundException;
import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.MediaDescription;
import com.pks.clinic.content.api.MediaImage;
import com.pks.clinic.content.api.MediaService;
import com.pks.clinic.content.api.MediaUse;
import com.pks.clinic.web.admin.Confirmation;
import com.pks.clinic.web.admin.lists.ListScreen;
import com.pks.clinic.web.platform.client.ClientAddress;
import com.pks.clinic.web.platform.faces.FieldErrors;

/**
 * One picture of the library ({@code /admin/media/edit?id=}): its text alternative, caption and credit, where it is
 * used, and delete, which first lists the places that would lose it.
 */
@Named
@ViewScoped
public class EditMediaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MediaService media;

    @Inject
    private ClientAddress client;

    private Long id;
    private MediaImage picture;
    private List<MediaUse> uses = List.of();
    private final Confirmation deleting = new Confirmation();

    private String alt;
    private boolean decorative;
    private String caption;
    private String credit;
    private FieldErrors errors = FieldErrors.none();

    public void load() {
        try {
            picture = id == null ? null : media.get(id);
        } catch (ContentNotFoundException gone) {
            picture = null;
        }
        if (picture == null) {
            Faces.getResponse().setStatus(404);
            return;
        }
        uses = media.uses(id);
        alt = picture.alt();
        decorative = picture.decorative();
        caption = picture.caption();
        credit = picture.credit();
    }

    public void save() throws IOException {
        try {
            media.describe(id, new MediaDescription(alt, decorative, caption, credit), picture.version(),
                    client.get());
            Messages.addFlashGlobalInfo("Saved. Pages that show “" + picture.name() + "” use the new description "
                    + "at once.");
            Faces.redirect(Faces.getRequestContextPath() + "/admin/media/edit?id=" + id);
        } catch (InvalidContentException invalid) {
            errors = FieldErrors.of(invalid.problems());
        } catch (ConcurrentEditException raced) {
            Messages.addGlobalWarn("Someone else changed this picture's description after you opened it. Nothing "
                    + "was saved. Open the picture again to see their change.");
        }
    }

    /** Asks before deleting, and says where the picture is used as it stands now. */
    public void askDelete() {
        uses = media.uses(id);
        deleting.ask();
    }

    public void delete() throws IOException {
        try {
            media.delete(id, picture.version(), true, client.get());
            Messages.addFlashGlobalInfo("“" + picture.name() + "” is deleted from the library.");
            Faces.redirect(Faces.getRequestContextPath() + "/admin/media");
        } catch (ConcurrentEditException raced) {
            deleting.cancel();
            Messages.addGlobalWarn("Someone else changed this picture after you opened it. Nothing was deleted.");
        }
    }

    /** The console address where a place that shows the picture is edited. */
    public String editPath(MediaUse use) {
        return use.list() == null ? "/admin/pages/edit?slug=" + use.key()
                : "/admin/lists/edit?list=" + ListScreen.of(use.list()).getName() + "&key=" + use.key();
    }

    /** The place in words: "Page", "Team member", "Question", … */
    public String kind(MediaUse use) {
        return use.list() == null ? "Page" : ListScreen.of(use.list()).getSingularCapitalised();
    }

    public MediaImage getPicture() {
        return picture;
    }

    public List<MediaUse> getUses() {
        return uses;
    }

    /** "Delete … for good?", asked by {@link #askDelete} before {@link #delete}. */
    public Confirmation getDeleting() {
        return deleting;
    }

    public FieldErrors getErrors() {
        return errors;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getAlt() {
        return alt;
    }

    public void setAlt(String alt) {
        this.alt = alt;
    }

    public boolean isDecorative() {
        return decorative;
    }

    public void setDecorative(boolean decorative) {
        this.decorative = decorative;
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }

    public String getCredit() {
        return credit;
    }

    public void setCredit(String credit) {
        this.credit = credit;
    }
}
