package com.pks.clinic.content.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A picture of the media library: what it is and how it is described. Its files never change after the upload, so
 * their addresses ({@link MediaPaths}) carry a fingerprint and may be cached for ever.
 *
 * @param name        the file's name when it was uploaded, for finding it again
 * @param widths      the widths of its stored variants, narrowest first; the last is the widest served
 * @param alt         the text alternative that screen readers speak in its place; required unless decorative
 * @param decorative  chosen explicitly: the picture adds nothing to the text and is skipped by screen readers
 */
public record MediaImage(long id, String name, String contentType, int width, int height, String fingerprint,
                         List<Integer> widths, String alt, boolean decorative, String caption, String credit,
                         Instant uploadedAt, String uploadedBy, long version) implements Serializable {

    /** Whether it may appear on a published page: it has a text alternative, or it is marked decorative. */
    public boolean described() {
        return decorative || alt != null && !alt.isBlank();
    }

    /** What screen readers say: the alt text, or nothing for a decorative picture. */
    public String textAlternative() {
        return decorative || alt == null ? "" : alt;
    }

    /** The address of the variant of this width. */
    public String path(int variantWidth) {
        return MediaPaths.of(id, fingerprint, variantWidth, contentType);
    }

    /** The address of the widest variant: the one a page's text refers to. */
    public String path() {
        return path(widest());
    }

    public int widest() {
        return widths.get(widths.size() - 1);
    }

    /** The height of the variant of this width, keeping the picture's proportions. */
    public int heightAt(int variantWidth) {
        return Math.max(1, Math.round((float) height * variantWidth / width));
    }

    /** The {@code srcset} of every variant, each address after this prefix (the site's context path). */
    public String srcset(String prefix) {
        return widths.stream().map(w -> prefix + path(w) + " " + w + "w").collect(Collectors.joining(", "));
    }
}
