package com.pks.clinic.content.api;

/**
 * An address that no page has any more: either it moves on to another page (a changed slug, or the place an editor
 * chose for a deleted page), or it is gone.
 *
 * @param targetSlug the page it leads to, or {@code null} when the page was deleted without a replacement
 */
public record Redirect(String oldSlug, String targetSlug) {

    public boolean gone() {
        return targetSlug == null;
    }

    public String targetPath() {
        return PagePaths.of(targetSlug);
    }
}
