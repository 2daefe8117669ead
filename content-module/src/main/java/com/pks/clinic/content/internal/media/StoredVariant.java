package com.pks.clinic.content.internal.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One stored width of a picture ({@code content_media_variant}): the re-encoded file, read only to be served. */
@Entity
@Table(name = "content_media_variant")
public class StoredVariant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "media_id")
    private StoredImage image;

    @Column(nullable = false)
    private int width;

    @Lob
    @Column(nullable = false)
    private byte[] bytes;

    protected StoredVariant() {
        // for JPA
    }

    StoredVariant(StoredImage image, Intake.Variant variant) {
        this.image = image;
        this.width = variant.width();
        this.bytes = variant.bytes();
    }
}
