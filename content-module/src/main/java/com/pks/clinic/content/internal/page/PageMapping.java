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
        ItemRevision live = page.live();
        Fields text = live.fields();
        return new PublishedPage(page.slug(), text.title(), text.metaDescription(), text.bodyHtml(),
                text.reviewedBy(), text.reviewedOn(), page.showsCollection(), live.id(), live.createdAt());
    }

    static EditablePage editable(Item page) {
        return new EditablePage(page.slug(), content(page.live()), content(page.draft()), page.version(),
                page.updatedAt(), page.updatedBy());
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
