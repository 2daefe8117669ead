package com.pks.clinic.content.api;

/** The structured lists of the site: content that is really a list of similar items. */
public enum Collection {
    TEAM,
    FAQ,
    CONDITION,
    ARTICLE;

    /** Whether the site shows its entries in groups (questions, by their label): an entry moves within its group. */
    public boolean grouped() {
        return this == FAQ;
    }
}
