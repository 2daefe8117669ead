package com.pks.clinic.content.internal.item;

import java.util.Arrays;

import com.pks.clinic.content.api.Collection;

/** What an item is: a page with its own address, or an entry of one of the site's lists. */
public enum ItemKind {
    PAGE(null),
    TEAM_MEMBER(Collection.TEAM),
    QUESTION(Collection.FAQ),
    CONDITION(Collection.CONDITION),
    ARTICLE(Collection.ARTICLE);

    private final Collection collection;

    ItemKind(Collection collection) {
        this.collection = collection;
    }

    /** The list this kind of entry belongs to; {@code null} for a page. */
    public Collection collection() {
        return collection;
    }

    public static ItemKind of(Collection collection) {
        return Arrays.stream(values()).filter(kind -> kind.collection == collection).findFirst().orElseThrow();
    }
}
