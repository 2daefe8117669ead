package com.pks.clinic.content.internal.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

import com.pks.clinic.content.api.PageContent;
import com.pks.clinic.content.internal.format.HtmlSanitizer;
import com.pks.clinic.content.internal.item.Item;

/** Each editor's autosaved text of a page, inside the calling service's transaction. */
@ApplicationScoped
class WorkingCopies {

    @PersistenceContext(unitName = "content")
    private EntityManager em;

    Optional<WorkingCopyRow> find(Item page, String editor) {
        return em.createQuery("select w from WorkingCopyRow w where w.item = :item and w.editor = :editor",
                        WorkingCopyRow.class)
                .setParameter("item", page)
                .setParameter("editor", editor)
                .getResultStream()
                .findFirst();
    }

    /** Sanitized like a draft: the editor shows it again, so it must be as safe as what it came from. */
    void keep(Item page, String editor, PageContent content, long basedOnVersion) {
        PageContent safe = new PageContent(content.title(), content.metaDescription(),
                HtmlSanitizer.sanitize(content.bodyHtml()), content.reviewedBy(), content.reviewedOn());
        WorkingCopyRow row = find(page, editor).orElseGet(() -> {
            WorkingCopyRow created = new WorkingCopyRow(page, editor);
            em.persist(created);
            return created;
        });
        row.keep(safe, basedOnVersion, Instant.now());
    }

    void discard(Item page, String editor) {
        find(page, editor).ifPresent(em::remove);
    }

    /** Everyone's, when the page itself goes. */
    void discardAll(Item page) {
        em.createQuery("delete from WorkingCopyRow w where w.item = :item").setParameter("item", page)
                .executeUpdate();
    }
}
