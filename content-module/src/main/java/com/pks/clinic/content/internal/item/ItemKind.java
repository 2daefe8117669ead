package com.pks.clinic.content.internal.item;

/** What an item is: a page with its own address, or an entry of one of the site's lists. */
public enum ItemKind {
    PAGE,
    TEAM_MEMBER,
    QUESTION,
    CONDITION
}
