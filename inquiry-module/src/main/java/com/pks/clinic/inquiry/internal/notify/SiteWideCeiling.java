package com.pks.clinic.inquiry.internal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A flood of inquiries from many addresses gets past every per-client limit. Above a ceiling an hour
 * ({@code clinic.inquiry.site-wide-per-hour}) everything that arrives is still stored (a real patient must never be
 * turned away by someone else's flood), but staff are told once an hour, in one message that names no inquiry,
 * instead of once per inquiry that is not urgent. An urgent one is still announced on its own, and reminded of:
 * a flood must never bury it. Inside the caller's transaction.
 */
@ApplicationScoped
public class SiteWideCeiling {

    static final Duration HOUR = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(SiteWideCeiling.class.getName());

    @PersistenceContext(unitName = "inquiry")
    private EntityManager em;

    @Inject
    private MailSettings mail;

    @Inject
    @ConfigProperty(name = "clinic.inquiry.site-wide-per-hour", defaultValue = "100")
    int perHour;

    /** When the log last said so: without a mail server no notice marks the hour as told. */
    private final AtomicReference<Instant> lastWarning = new AtomicReference<>();

    /** Whether as many inquiries as the ceiling arrived in the hour before {@code now}. */
    public boolean reached(Instant now) {
        return perHour <= 0 || arrivedSince(now.minus(HOUR)) >= perHour;
    }

    /** Queues the one message of this hour about the flood, unless it is queued already, and logs it once. */
    public void tellStaffOnce(Instant now) {
        Instant warned = lastWarning.get();
        if (warned != null && warned.isAfter(now.minus(HOUR))) {
            return;
        }
        long told = em.createQuery("select count(n) from PendingNotification n where n.reminder = :flood "
                        + "and n.createdAt >= :since", Long.class)
                .setParameter("flood", PendingNotification.FLOOD).setParameter("since", now.minus(HOUR))
                .getSingleResult();
        if (told > 0) {
            return;
        }
        lastWarning.set(now);
        LOG.warning(() -> "More than " + perHour + " inquiries arrived in the last hour (clinic.inquiry.site-wide-"
                + "per-hour): all are stored, and staff are told once an hour instead of once per inquiry.");
        if (mail.enabled()) {
            em.persist(PendingNotification.flood(now));
        }
    }

    /**
     * Counts up to the ceiling only, oldest first: in a flood each inquiry reads as many index entries as the ceiling,
     * not the whole hour's, and stops before the newest ones, which other inquiries are still storing and which
     * Derby would make it wait for.
     */
    private long arrivedSince(Instant since) {
        return em.createQuery("select i.receivedAt from Inquiry i where i.receivedAt >= :since "
                        + "order by i.receivedAt", Instant.class)
                .setParameter("since", since).setMaxResults(perHour).getResultList().size();
    }
}
