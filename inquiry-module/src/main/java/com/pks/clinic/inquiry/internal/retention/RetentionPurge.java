package com.pks.clinic.inquiry.internal.retention;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.pks.clinic.inquiry.api.InquiriesPurged;
import com.pks.clinic.inquiry.api.InquiryStatus;

/**
 * Deletes closed and spam inquiries (with their notes and notifications) once they are older than
 * {@code clinic.inquiry.retention-days}, every night. One purge at a time, and deleting what is already gone deletes
 * nothing, so timers that fire together cannot delete twice. Logs counts only; the audit log records each purge. A job
 * of this module, never reachable from a web request: no api exposes it.
 */
@Singleton
@Lock(LockType.WRITE)
public class RetentionPurge {

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class.getName());
    private static final List<InquiryStatus> DONE = List.of(InquiryStatus.CLOSED, InquiryStatus.SPAM);
    private static final String EXPIRED = "i.status in :done and i.receivedAt < :cutoff";

    @PersistenceContext(unitName = "inquiry")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "clinic.inquiry.retention-days", defaultValue = "365")
    int retentionDays;

    @Inject
    private Event<InquiriesPurged> purged;

    @Schedule(hour = "3", minute = "17", persistent = false)
    public void nightly() {
        purgeReceivedBefore(Instant.now().minus(Duration.ofDays(retentionDays)));
    }

    /** Deletes the closed and spam inquiries received before the cutoff; returns how many. */
    public int purgeReceivedBefore(Instant cutoff) {
        for (String dependent : List.of("Note", "StatusChange")) {
            em.createQuery("delete from " + dependent + " d where d.inquiry.id in (select i.id from Inquiry i where "
                    + EXPIRED + ")").setParameter("done", DONE).setParameter("cutoff", cutoff).executeUpdate();
        }
        em.createQuery("delete from PendingNotification p where p.reference in "
                        + "(select i.reference from Inquiry i where " + EXPIRED + ")")
                .setParameter("done", DONE).setParameter("cutoff", cutoff).executeUpdate();
        int deleted = em.createQuery("delete from Inquiry i where " + EXPIRED)
                .setParameter("done", DONE).setParameter("cutoff", cutoff).executeUpdate();
        purged.fire(new InquiriesPurged(deleted, cutoff, Instant.now()));
        LOG.info(() -> "Retention: deleted " + deleted + " closed or spam inquiries received before " + cutoff);
        return deleted;
    }
}
