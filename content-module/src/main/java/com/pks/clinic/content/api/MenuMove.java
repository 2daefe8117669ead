package com.pks.clinic.content.api;

/** One step of rearranging the menu, as the editor's buttons offer it. */
public enum MenuMove {
    /** Before the previous entry at the same level. */
    UP,
    /** After the next entry at the same level. */
    DOWN,
    /** Under the previous top-level entry, as its last sub-page. */
    IN,
    /** Out of its parent, to the top level right after it. */
    OUT
}
