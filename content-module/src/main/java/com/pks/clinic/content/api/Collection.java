package com.pks.clinic.content.api;

/** The structured lists of the site: content that is really a list of similar items. */
public enum Collection {
    TEAM,
    FAQ,
    CONDITION,
    ARTICLE
}
