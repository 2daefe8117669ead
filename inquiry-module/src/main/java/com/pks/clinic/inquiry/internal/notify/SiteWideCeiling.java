package com.pks.clinic.inquiry.internal.notify;

import com.pks.clinic.inquiry.api.InquirySubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A flood of inquiries from many addresses gets past every per-client limit. Above a ceiling an hour
 * ({@code clinic.inquiry.site-wide-per-hour}) everything that arrives is still stored (a real patient must never be
 * turned away by someone else's flood), but staff are told once an hour, in one message that names no inquiry,
 * instead of once per inquiry that is not urgent. An urgent one is still announced on its own, and reminded of:
 * a flood must never bury it. Inside the caller's transaction.
 *
 * <p>The hour's arrivals are read from the database once, at the first inquiry after a start, and then counted in
 * memory as inquiries are stored: a flood's every inquiry would otherwise read the hour's rows again and wait for the
 * newest ones, which others are still storing. So the count holds across restarts, but each server counts its own.
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

    /** The hour's arrivals, read from the database at the first use; guarded by {@code this}. */
    private RecentArrivals arrivals;

    /** Whether as many inquiries as the ceiling arrived in the hour before {@code now}. */
    public boolean reached(Instant now) {
        if (perHour <= 0) {
            return true;
        }
        synchronized (this) {
            if (arrivals == null) {
                arrivals = new RecentArrivals(HOUR, storedSince(now.minus(HOUR)));
            }
            return arrivals.countAt(now) >= perHour;
        }
    }

    /**
     * Counts an inquiry once it is stored for good (a rolled-back one never arrived). Every inquiry is stored by
     * {@code DefaultInquiryService}, which calls {@link #reached} first and fires the event in the same transaction.
     */
    void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) InquirySubmitted inquiry) {
        synchronized (this) {
            if (arrivals != null) {
                arrivals.add(inquiry.at());
            }
        }
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
     * The arrival times of the latest inquiries stored since then, at most as many as the ceiling: older ones leave
     * the hour first, so those it leaves out could never count again.
     */
    private List<Instant> storedSince(Instant since) {
        return em.createQuery("select i.receivedAt from Inquiry i where i.receivedAt >= :since "
                        + "order by i.receivedAt desc", Instant.class)
                .setParameter("since", since).setMaxResults(perHour).getResultList();
    }
}
