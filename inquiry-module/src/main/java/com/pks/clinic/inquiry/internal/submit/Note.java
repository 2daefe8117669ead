package com.pks.clinic.inquiry.internal.submit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

import com.pks.clinic.inquiry.api.InquiryNote;
import com.pks.clinic.inquiry.internal.protect.RowSeal;

/** An internal note on an inquiry ({@code inquiry_note}), stored encrypted like the inquiry itself. */
@Entity
@Table(name = "inquiry_note")
class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "inquiry_id")
    private Inquiry inquiry;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(nullable = false)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    /** The random name that the text is bound to, with the inquiry's reference ({@link #seal()}). */
    @Column(name = "seal_id", length = 36)
    private String sealId;

    protected Note() {
        // for JPA
    }

    Note(Inquiry inquiry, String author, String text, Instant writtenAt) {
        this.inquiry = inquiry;
        this.author = author;
        this.sealId = UUID.randomUUID().toString();
        this.text = seal().seal("text", text);
        this.writtenAt = writtenAt;
    }

    Instant writtenAt() {
        return writtenAt;
    }

    InquiryNote toNote() {
        return new InquiryNote(author, seal().open("text", text), writtenAt);
    }

    /** A note's text is bound to its inquiry and to this note: it opens under no other inquiry, in no other note. */
    private RowSeal seal() {
        return RowSeal.ofNote(inquiry.reference(), sealId);
    }
}
