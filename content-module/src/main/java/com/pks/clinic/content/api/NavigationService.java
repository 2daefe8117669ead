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
}
