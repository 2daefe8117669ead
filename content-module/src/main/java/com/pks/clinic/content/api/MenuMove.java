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
    OUT;

    /** What the move did, in words for the editor and the audit log: "moved up". */
    public String done() {
        return switch (this) {
            case UP -> "moved up";
            case DOWN -> "moved down";
            case IN -> "moved under the page above it";
            case OUT -> "moved to the top level";
        };
    }
}
