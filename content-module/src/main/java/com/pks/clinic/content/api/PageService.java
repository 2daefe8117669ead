package com.pks.clinic.content.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/** The pages a patient reads, as the public site asks for them and as an editor changes them. */
public interface PageService {

    /** The page published at this slug, if there is one. */
    Optional<PublishedPage> findPublished(@NotNull String slug);

    /** The page published at this slug; {@link PageNotFoundException} when there is none. */
    PublishedPage getPublished(@NotNull String slug);

    /**
     * Replaces the page's text. The body is sanitized before it is stored.
     *
     * @throws InvalidContentException when the update breaks one of {@link PageUpdate}'s constraints
     * @throws ConcurrentEditException when someone else changed the page since {@code update.expectedVersion()}
     */
    PublishedPage update(@NotNull String slug, @NotNull @Valid PageUpdate update);
}
