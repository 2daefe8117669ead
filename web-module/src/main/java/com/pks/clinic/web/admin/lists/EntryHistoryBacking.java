package com.pks.clinic.web.admin.lists;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import com.pks.clinic.content.api.CollectionService;
import com.pks.clinic.content.api.ConcurrentEditException;
import com.pks.clinic.content.api.ContentNotFoundException;
import com.pks.clinic.content.api.EditableEntry;
import com.pks.clinic.content.api.EntryRevision;
import com.pks.clinic.web.admin.pages.HistoryBacking;
import com.pks.clinic.web.platform.client.ClientAddress;

/**
 * A list entry's history ({@code /admin/lists/history?list=&key=}): every save, publish and restore with who and
 * when, and any of them brought back as the draft.
 */
@Named
@ViewScoped
public class EntryHistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param
    private String list;

    @Inject
    @Param
    private String key;

    @Inject
    private CollectionService collections;

    @Inject
    private ClientAddress client;

    private ListScreen screen;
    private EditableEntry entry;
    private List<EntryRevision> revisions = List.of();

    /**
     * Once, as the screen opens: its post backs act on the rows as they were shown (and a restore on the version
     * shown), even if the list changed meanwhile.
     */
    @PostConstruct
    void read() {
        screen = ListScreen.named(list).orElse(null);
        try {
            if (screen != null && key != null) {
                entry = collections.getForEditing(screen.getCollection(), key);
                revisions = collections.history(screen.getCollection(), key);
            }
        } catch (ContentNotFoundException gone) {
            entry = null;
        }
        if (entry == null) {
            Faces.getResponse().setStatus(404);
        }
    }

    public void restore(long revisionId) throws IOException {
        try {
            collections.restore(screen.getCollection(), key, revisionId, entry.version(), client.get());
            Messages.addFlashGlobalInfo("That version is the draft now. The public site changes only when you "
                    + "publish it.");
        } catch (ConcurrentEditException raced) {
            Messages.addFlashGlobalWarn("It was changed by someone else meanwhile, so nothing was brought back. "
                    + "Look at the history again.");
        }
        Faces.redirect(Faces.getRequestContextPath() + "/admin/lists/edit?list=" + list + "&key=" + key);
    }

    /** A revision's action in words, as a page's history says it. */
    public String action(EntryRevision revision) {
        return HistoryBacking.action(revision.action());
    }

    public ListScreen getScreen() {
        return screen;
    }

    public EditableEntry getEntry() {
        return entry;
    }

    public List<EntryRevision> getRevisions() {
        return revisions;
    }
}
