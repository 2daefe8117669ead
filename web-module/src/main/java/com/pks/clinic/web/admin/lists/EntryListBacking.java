package com.pks.clinic.web.admin.lists;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import com.pks.clinic.content.api.Collection;
import com.pks.clinic.content.api.CollectionService;
import com.pks.clinic.content.api.ContentNotFoundException;
import com.pks.clinic.content.api.EditableEntry;
import com.pks.clinic.web.platform.client.ClientAddress;

/**
 * One of the site's lists ({@code /admin/lists?list=team}): its entries in order, where each stands, and buttons
 * that move an entry up or down (the order the public site shows; articles go by their date instead).
 */
@Named
@ViewScoped
public class EntryListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MOVED = "movedEntry";

    @Inject
    @Param
    private String list;

    @Inject
    private CollectionService collections;

    @Inject
    private ClientAddress client;

    private ListScreen screen;
    private List<EditableEntry> entries = List.of();

    /**
     * Once, as the screen opens: a button pressed later moves the entry its row showed, even if the list changed
     * meanwhile.
     */
    @PostConstruct
    void read() {
        screen = ListScreen.named(list).orElse(null);
        if (screen == null) {
            Faces.getResponse().setStatus(404);
            return;
        }
        entries = collections.listForEditing(screen.getCollection());
    }

    public void moveUp(String key) throws IOException {
        move(key, -1, "up");
    }

    public void moveDown(String key) throws IOException {
        move(key, 1, "down");
    }

    /** Moves the entry and opens the list again at it, marked, so that the next step is at hand. */
    private void move(String key, int step, String direction) throws IOException {
        try {
            collections.move(screen.getCollection(), key, step, client.get());
            String title = entries.stream().filter(entry -> entry.key().equals(key)).findFirst()
                    .map(entry -> "“" + entry.current().title() + "” moved ").orElse("Moved ");
            Messages.addFlashGlobalInfo(title + direction + ". The public site shows the new order at once.");
            Faces.getFlash().put(MOVED, key);
        } catch (ContentNotFoundException gone) {
            Messages.addFlashGlobalWarn("That entry was deleted meanwhile.");
        }
        Faces.redirect(Faces.getRequestContextPath() + "/admin/lists?list=" + screen.getName() + "#entry-" + key);
    }

    /** The key of the entry that just moved, if one did. */
    public String getMoved() {
        return (String) Faces.getFlash().get(MOVED);
    }

    /** Whether the entry is the first of those it moves among (in a grouped list, its group's). */
    public boolean first(EditableEntry entry) {
        List<EditableEntry> beside = beside(entry);
        return beside.indexOf(entry) == 0;
    }

    public boolean last(EditableEntry entry) {
        List<EditableEntry> beside = beside(entry);
        return beside.indexOf(entry) == beside.size() - 1;
    }

    private List<EditableEntry> beside(EditableEntry entry) {
        return screen.getCollection().grouped() ? entries.stream()
                .filter(other -> Objects.equals(other.current().label(), entry.current().label())).toList() : entries;
    }

    /** Where an entry stands, in the words the pages list uses. */
    public String state(EditableEntry entry) {
        return EntryStates.state(entry);
    }

    public String badge(EditableEntry entry) {
        return EntryStates.badge(entry);
    }

    public ListScreen getScreen() {
        return screen;
    }

    public List<EditableEntry> getEntries() {
        return entries;
    }

    /** Whether the list keeps an order of its own (articles are ordered by their date). */
    public boolean isOrdered() {
        return screen != null && screen.getCollection() != Collection.ARTICLE;
    }
}
