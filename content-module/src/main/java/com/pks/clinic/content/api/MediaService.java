package com.pks.clinic.content.api;

import java.util.List;
import java.util.Optional;

/**
 * The media library: pictures uploaded once, stored in the database with their variants, described with a text
 * alternative, a caption and a credit, and used by pages and list entries.
 */
public interface MediaService {

    /**
     * Takes an uploaded file: refused ({@link InvalidContentException}, field {@code file}) unless it is a JPEG, PNG
     * or WebP picture within the limits; stored re-encoded, without its metadata.
     */
    MediaImage upload(String fileName, byte[] file, String clientAddress);

    /** The pictures, newest first; with words, those whose name, text alternative, caption or credit hold them. */
    List<MediaImage> library(String words);

    MediaImage get(long id);

    MediaImage describe(long id, MediaDescription description, long expectedVersion, String clientAddress);

    /** The pages and list entries whose published or draft text shows the picture. */
    List<MediaUse> uses(long id);

    /**
     * Deletes the picture with its files. While a page or entry shows it, refused ({@link InvalidContentException},
     * field {@code uses}) unless {@code evenIfUsed}: those places then lose it.
     */
    void delete(long id, long expectedVersion, boolean evenIfUsed, String clientAddress);

    /** Every picture's description, for drawing pages (the files are public once uploaded). */
    List<MediaImage> catalogue();

    /** One variant's bytes, for serving; empty when there is no such picture or width. */
    Optional<MediaFile> file(long id, int width);
}
