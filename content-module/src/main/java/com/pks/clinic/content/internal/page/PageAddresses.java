package com.pks.clinic.content.internal.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.pks.clinic.content.api.Actor;
import com.pks.clinic.content.api.Redirect;

/**
 * The addresses pages left behind, inside the calling service's transaction. Chains are kept flat: when a page
 * moves again, every older address leads straight to the newest one.
 */
@ApplicationScoped
class PageAddresses {

    @PersistenceContext(unitName = "content")
    private EntityManager em;

    Optional<Redirect> find(String slug) {
        return Optional.ofNullable(em.find(RedirectRow.class, slug)).map(RedirectRow::toRedirect);
    }

    List<Redirect> all() {
        return em.createQuery("select r from RedirectRow r order by r.oldSlug", RedirectRow.class).getResultList()
                .stream().map(RedirectRow::toRedirect).toList();
    }

    /** The page at {@code from} now lives at {@code to} ({@code null}: nowhere), and so do the addresses before it. */
    void leave(String from, String to, Actor actor) {
        em.createQuery("select r from RedirectRow r where r.targetSlug = :from", RedirectRow.class)
                .setParameter("from", from)
                .getResultList()
                .forEach(older -> older.leadTo(to));
        occupy(from);
        occupy(to);
        em.persist(new RedirectRow(from, to, actor.username(), Instant.now()));
    }

    /** A page takes this address: it no longer redirects anywhere. */
    void occupy(String slug) {
        if (slug != null) {
            Optional.ofNullable(em.find(RedirectRow.class, slug)).ifPresent(em::remove);
            em.flush();
        }
    }
}
