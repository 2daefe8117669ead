package com.pks.clinic.inquiry.internal.notify;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.pks.clinic.inquiry.api.InquiryStatus;
import com.pks.clinic.inquiry.internal.submit.Priority;

/**
 * No urgent inquiry waits unseen: while one is still new (nobody marked it contacted), staff are told again every
 * {@code clinic.inquiry.urgent-reminder-minutes}, at most {@code clinic.inquiry.urgent-reminder-max} times,
 * through the same outbox as the first notice (no words of the inquiry, only its reference), and the log says so.
 * A job of this module, never reachable from a web request; one run at a time, and each reminder is counted on the
 * inquiry in the transaction that queues it, so none is sent twice.
 */
@Startup
@Singleton
@Lock(LockType.WRITE)
public class UrgentReminders {

    private static final Logger LOG = Logger.getLogger(UrgentReminders.class.getName());

    @PersistenceContext(unitName = "inquiry")
    private EntityManager em;

    @Inject
    private MailSettings mail;

    @Inject
    @ConfigProperty(name = "clinic.inquiry.urgent-reminder-minutes", defaultValue = "15")
    int intervalMinutes;

    /** For tests, which cannot wait minutes; wins when set. */
    @Inject
    @ConfigProperty(name = "clinic.inquiry.urgent-reminder-seconds")
    Optional<Integer> intervalSeconds;

    @Inject
    @ConfigProperty(name = "clinic.inquiry.urgent-reminder-max", defaultValue = "8")
    int maxReminders;

    @Resource
    private TimerService timers;

    @Inject
    private ScanInterval scans;

    /** Looks for reminders due every ten seconds ({@link ScanInterval}). */
    @PostConstruct
    void scheduleScans() {
        scans.scheduleOn(timers);
    }

    @Timeout
    public void remindOfWaitingUrgentInquiries() {
        Duration interval = intervalSeconds.map(Duration::ofSeconds).orElse(Duration.ofMinutes(intervalMinutes));
        Instant now = Instant.now();
        List<Object[]> waiting = em.createQuery("select i.id, i.reference, i.receivedAt, i.remindersSent, "
                        + "i.lastRemindedAt from Inquiry i "
                        + "where i.status = :new and i.priority = :urgent and i.remindersSent < :max", Object[].class)
                .setParameter("new", InquiryStatus.NEW).setParameter("urgent", Priority.URGENT)
                .setParameter("max", maxReminders).getResultList();
        for (Object[] row : waiting) {
            Instant received = (Instant) row[2];
            Instant last = row[4] == null ? received : (Instant) row[4];
            if (last.plus(interval).isAfter(now)) {
                continue;
            }
            remind((Long) row[0], (String) row[1], ((Number) row[3]).intValue(), received, now);
        }
    }

    /**
     * Counts the reminder on the inquiry, only if it is still new and nobody counted it meanwhile, and queues it.
     * Without a mail server nobody can be told: the time moves on, but the count does not, so that the reminders
     * are still there once one is configured.
     */
    private void remind(long id, String reference, int sent, Instant received, Instant now) {
        boolean mailing = mail.enabled();
        int counted = em.createQuery("update Inquiry i set i.remindersSent = :next, i.lastRemindedAt = :now "
                        + "where i.id = :id and i.remindersSent = :sent and i.status = :new")
                .setParameter("next", mailing ? sent + 1 : sent).setParameter("now", now).setParameter("id", id)
                .setParameter("sent", sent).setParameter("new", InquiryStatus.NEW).executeUpdate();
        if (counted != 1) {
            return; // contacted meanwhile, or counted by another run
        }
        if (mailing) {
            // sent by the outbox's own timer within seconds of this commit
            em.persist(PendingNotification.reminder(reference, sent + 1, now));
        }
        LOG.warning(() -> "An urgent inquiry (" + reference + ") has waited " + Duration.between(received, now)
                .toMinutes() + " minutes without a first contact; " + (mailing
                ? "staff are told again (reminder " + (sent + 1) + " of at most " + maxReminders + ")"
                : "no mail server is configured, so nobody can be told"));
    }
}
