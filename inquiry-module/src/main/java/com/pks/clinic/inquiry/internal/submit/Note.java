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

    protected Note() {
        // for JPA
    }

    Note(Inquiry inquiry, String author, String text, Instant writtenAt) {
        this.inquiry = inquiry;
        this.author = author;
        this.text = seal().seal("text", text);
        this.writtenAt = writtenAt;
    }

    Instant writtenAt() {
        return writtenAt;
    }

    InquiryNote toNote() {
        return new InquiryNote(author, seal().open("text", text), writtenAt);
    }

    /** A note's text is bound to the inquiry it belongs to: it does not open under another one. */
    private RowSeal seal() {
        return new RowSeal("inquiry_note", inquiry.reference());
    }
}
