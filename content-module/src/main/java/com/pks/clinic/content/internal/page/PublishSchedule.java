package com.pks.clinic.content.internal.page;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.pks.clinic.content.api.Actor;
import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.PagePublished;
import com.pks.clinic.content.api.PublishScheduled;
import com.pks.clinic.content.internal.item.Drafts;
import com.pks.clinic.content.internal.item.Item;
import com.pks.clinic.content.internal.item.ItemRevision;
import com.pks.clinic.content.internal.media.ImageUses;

/**
 * Publishes drafts whose scheduled time has come. This Payara has no persistent timers, so the schedule lives in
 * the page's row and a non-persistent timer polls it every few seconds: a time that passed while the server was down
 * is caught up at the first poll after it starts. Each page is published in its own transaction, so one that fails
 * does not hold back the others; the publish is recorded in the name of the editor who scheduled it.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class PublishSchedule {

    private static final Logger LOG = Logger.getLogger(PublishSchedule.class.getName());

    @PersistenceContext(unitName = "content")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Inject
    private Drafts drafts;

    @Inject
    private ImageUses images;

    @Inject
    private Event<PagePublished> published;

    @Inject
    private Event<PublishScheduled> cancelled;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void publishDue() {
        for (Long id : dueIds()) {
            try {
                transaction.begin();
                publish(em.find(Item.class, id));
                transaction.commit();
            } catch (Exception failed) {
                LOG.log(Level.SEVERE, "A scheduled publish failed; it is tried again at the next poll", failed);
                rollBack();
            }
        }
    }

    private List<Long> dueIds() {
        return em.createQuery("select i.id from Item i where i.publishAt <= :now", Long.class)
                .setParameter("now", Instant.now())
                .getResultList();
    }

    private void publish(Item page) {
        if (page == null || page.publishAt() == null || page.publishAt().isAfter(Instant.now())) {
            return; // cancelled or moved since the poll read it
        }
        Actor scheduler = new Actor(page.publishScheduledBy(), null);
        ItemRevision live;
        try {
            images.requireDescribed(drafts.toPublish(page));
            live = drafts.publish(page, scheduler);
        } catch (InvalidContentException refused) {
            // a picture it shows lost its text alternative since: the schedule ends, the draft stays, it is audited
            page.schedule(null, null);
            cancelled.fire(new PublishScheduled(page.slug(), null, scheduler, Instant.now()));
            LOG.warning(() -> "The scheduled publish of /" + page.slug() + " was cancelled: "
                    + String.join(" ", refused.problems().values()));
            return;
        }
        published.fire(new PagePublished(page.slug(), live.id(), scheduler, live.createdAt(), true));
        LOG.info(() -> "Published /" + page.slug() + " as scheduled by " + scheduler.username());
    }

    private void rollBack() {
        try {
            transaction.rollback();
        } catch (Exception notActive) {
            LOG.log(Level.FINE, "Nothing to roll back", notActive);
        }
    }
}
