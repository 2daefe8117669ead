package com.pks.clinic.content.internal.page;

import com.pks.clinic.content.api.EditablePage;
import com.pks.clinic.content.api.PageContent;
import com.pks.clinic.content.api.PageRevision;
import com.pks.clinic.content.api.PublishedPage;
import com.pks.clinic.content.internal.item.Fields;
import com.pks.clinic.content.internal.item.Item;
import com.pks.clinic.content.internal.item.ItemRevision;

/** Turns stored pages into the records the api promises, inside the transaction that read them. */
final class PageMapping {

    private PageMapping() {
    }

    static PublishedPage published(Item page) {
        return shown(page, page.live());
    }

    static EditablePage editable(Item page) {
        return new EditablePage(page.slug(), content(page.live()), content(page.draft()), page.version(),
                page.updatedAt(), page.updatedBy(), page.publishAt(), page.publishScheduledBy());
    }

    /** The page as it would be published now: its draft, or its live text when there is no draft. */
    static PublishedPage preview(Item page) {
        return shown(page, page.draft() != null ? page.draft() : page.live());
    }

    private static PublishedPage shown(Item page, ItemRevision revision) {
        Fields text = revision.fields();
        return new PublishedPage(page.slug(), text.title(), text.metaDescription(), text.bodyHtml(),
                text.reviewedBy(), text.reviewedOn(), page.showsCollection(), revision.id(), revision.createdAt());
    }

    /** The "medically reviewed" line as a comparison shows it. */
    static String reviewLine(PageContent content) {
        return content.reviewedBy() == null && content.reviewedOn() == null ? ""
                : "Reviewed by " + (content.reviewedBy() == null ? "(nobody named)" : content.reviewedBy())
                + " on " + (content.reviewedOn() == null ? "(no date)" : content.reviewedOn());
    }

    static PageRevision revision(String slug, ItemRevision revision) {
        return new PageRevision(revision.id(), slug, revision.action(), content(revision), revision.author(),
                revision.createdAt());
    }

    private static PageContent content(ItemRevision revision) {
        if (revision == null) {
            return null;
        }
        Fields text = revision.fields();
        return new PageContent(text.title(), text.metaDescription(), text.bodyHtml(), text.reviewedBy(),
                text.reviewedOn());
    }
}
