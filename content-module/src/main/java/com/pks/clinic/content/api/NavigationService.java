package com.pks.clinic.content.api;

import java.util.List;

/** The site's menu: which published pages it shows, nested and in order, and the history of its changes. */
public interface NavigationService {

    /** The published pages shown in the navigation, top level first, each with its children. */
    List<MenuItem> menu();

    /**
     * Moves a page in the navigation and keeps the navigation's new state as a revision.
     *
     * @throws InvalidContentException when the parent is unknown, is the page itself or is itself nested
     */
    EditablePage place(String slug, Placement placement, long expectedVersion, String clientAddress);

    /** The navigation's kept states, newest first. */
    List<NavigationChange> history();

    /** Every page as the editor arranges the menu: those in it, in order and nested, and those left out. */
    NavigationOutline outline();

    /** Moves a page one step in the menu, and keeps the menu's new state as a revision. */
    void move(String slug, MenuMove move, String clientAddress);

    /** Puts a page into the menu (at the end of the top level) or takes it out, keeping a revision. */
    void show(String slug, boolean inMenu, String clientAddress);

    /**
     * Gives pages of the menu the labels they show under, and keeps the menu's new state as a revision if any changed.
     *
     * @return how many labels changed
     */
    int relabel(List<MenuLabel> labels, String clientAddress);

    /** Brings back the menu as it was in an earlier kept state (pages deleted since are left out). */
    void restore(long changeId, String clientAddress);
}
