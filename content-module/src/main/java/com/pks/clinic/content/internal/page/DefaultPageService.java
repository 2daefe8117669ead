package com.pks.clinic.content.internal.page;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import com.pks.clinic.content.api.ConcurrentEditException;
import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.PageNotFoundException;
import com.pks.clinic.content.api.PageService;
import com.pks.clinic.content.api.PageUpdate;
import com.pks.clinic.content.api.PublishedPage;
import com.pks.clinic.content.internal.format.HtmlSanitizer;

/**
 * Reads and changes pages in the content module's own table; each call is one transaction. Validates what it is
 * given itself: Payara 6 does not run Bean Validation's method interceptor on these session beans.
 */
@Stateless
public class DefaultPageService implements PageService {

    @PersistenceContext(unitName = "content")
    private EntityManager em;

    @Inject
    private Validator validator;

    @Override
    public Optional<PublishedPage> findPublished(String slug) {
        return findPage(slug).map(Page::toPublished);
    }

    @Override
    public PublishedPage getPublished(String slug) {
        return findPublished(slug).orElseThrow(() -> new PageNotFoundException(slug));
    }

    @Override
    public PublishedPage update(String slug, PageUpdate update) {
        Set<ConstraintViolation<PageUpdate>> violations = validator.validate(update);
        if (!violations.isEmpty()) {
            throw new InvalidContentException(violations);
        }
        Page page = findPage(slug).orElseThrow(() -> new PageNotFoundException(slug));
        if (page.version() != update.expectedVersion()) {
            throw new ConcurrentEditException(slug);
        }
        page.change(update.title(), update.metaDescription(), HtmlSanitizer.sanitize(update.bodyHtml()), Instant.now());
        try {
            em.flush(); // a save that committed since our read makes the versioned UPDATE match no row
        } catch (OptimisticLockException raced) {
            throw new ConcurrentEditException(slug);
        }
        return page.toPublished();
    }

    private Optional<Page> findPage(String slug) {
        return em.createNamedQuery(Page.BY_SLUG, Page.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }
}
