package com.pks.clinic.content.api;

import java.io.Serializable;

/**
 * A place that shows a picture, in its draft or its published text.
 *
 * @param list  the list of the entry that shows it, or {@code null} for a page
 * @param key   the page's slug or the entry's key
 * @param title the page's title or the entry's name
 */
public record MediaUse(Collection list, String key, String title) implements Serializable {
}
