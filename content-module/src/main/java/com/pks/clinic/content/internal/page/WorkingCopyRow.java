package com.pks.clinic.content.internal.page;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

import com.pks.clinic.content.api.PageContent;
import com.pks.clinic.content.api.WorkingCopy;
import com.pks.clinic.content.internal.item.Item;

/** One editor's autosaved text of one page ({@code content_working_copy}), overwritten at every autosave. */
@Entity
@Table(name = "content_working_copy")
class WorkingCopyRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id")
    private Item item;

    @Column(nullable = false, length = 100)
    private String editor;

    @Column(length = 200)
    private String title;

    @Column(name = "meta_description", length = 300)
    private String metaDescription;

    @Lob
    private String body;

    @Column(name = "reviewed_by", length = 200)
    private String reviewedBy;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Column(name = "based_on_version", nullable = false)
    private long basedOnVersion;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected WorkingCopyRow() {
        // for JPA
    }

    WorkingCopyRow(Item item, String editor) {
        this.item = item;
        this.editor = editor;
    }

    void keep(PageContent content, long version, Instant at) {
        title = content.title();
        metaDescription = content.metaDescription();
        body = content.bodyHtml();
        reviewedBy = content.reviewedBy();
        reviewedOn = content.reviewedOn();
        basedOnVersion = version;
        savedAt = at;
    }

    WorkingCopy toWorkingCopy() {
        return new WorkingCopy(new PageContent(title, metaDescription, body == null ? "" : body, reviewedBy,
                reviewedOn), basedOnVersion, savedAt);
    }
}
