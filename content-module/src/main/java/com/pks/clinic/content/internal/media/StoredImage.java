package com.pks.clinic.content.internal.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.pks.clinic.content.api.MediaDescription;
import com.pks.clinic.content.api.MediaImage;

/** A picture of the library ({@code content_media}): its description; its files are {@link StoredVariant}s. */
@Entity
@Table(name = "content_media")
public class StoredImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(nullable = false, length = 12)
    private String fingerprint;

    /** The variants' widths, narrowest first, comma-separated. */
    @Column(nullable = false, length = 100)
    private String widths;

    @Column(name = "alt_text", length = 300)
    private String altText;

    @Column(nullable = false)
    private boolean decorative;

    @Column(length = 500)
    private String caption;

    @Column(length = 200)
    private String credit;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Version
    private long version;

    protected StoredImage() {
        // for JPA
    }

    StoredImage(String fileName, Intake intake, String fingerprint, String uploadedBy, Instant uploadedAt) {
        this.fileName = fileName;
        this.contentType = intake.contentType();
        this.width = intake.width();
        this.height = intake.height();
        this.fingerprint = fingerprint;
        this.widths = intake.variants().stream().map(v -> String.valueOf(v.width())).collect(Collectors.joining(","));
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long id() {
        return id;
    }

    String fileName() {
        return fileName;
    }

    long version() {
        return version;
    }

    void describe(MediaDescription description) {
        altText = blankAsNull(description.alt());
        decorative = description.decorative();
        caption = blankAsNull(description.caption());
        credit = blankAsNull(description.credit());
    }

    MediaImage view() {
        List<Integer> variantWidths = Arrays.stream(widths.split(",")).map(Integer::valueOf).toList();
        return new MediaImage(id, fileName, contentType, width, height, fingerprint, variantWidths, altText,
                decorative, caption, credit, uploadedAt, uploadedBy, version);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
