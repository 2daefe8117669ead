package com.pks.clinic.inquiry.internal.notify;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
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

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    public void remindOfWaitingUrgentInquiries() {
        Duration interval = intervalSeconds.map(Duration::ofSeconds).orElse(Duration.ofMinutes(intervalMinutes));
        Instant now = Instant.now();
        List<Object[]> waiting = em.createQuery("select i.id, i.reference, i.receivedAt, i.remindersSent from Inquiry i "
                        + "where i.status = :new and i.priority = :urgent and i.remindersSent < :max", Object[].class)
                .setParameter("new", InquiryStatus.NEW).setParameter("urgent", Priority.URGENT)
                .setParameter("max", maxReminders).getResultList();
        for (Object[] row : waiting) {
            int sent = ((Number) row[3]).intValue();
            Instant due = ((Instant) row[2]).plus(interval.multipliedBy(sent + 1L));
            if (due.isAfter(now)) {
                continue;
            }
            int counted = em.createQuery("update Inquiry i set i.remindersSent = :next "
                            + "where i.id = :id and i.remindersSent = :sent")
                    .setParameter("next", sent + 1).setParameter("id", row[0]).setParameter("sent", sent)
                    .executeUpdate();
            if (counted == 1 && mail.enabled()) {
                // sent by the outbox's own timer within seconds of this commit
                em.persist(PendingNotification.reminder((String) row[1], sent + 1, now));
            }
            LOG.warning(() -> "An urgent inquiry (" + row[1] + ") has waited " + Duration.between((Instant) row[2], now)
                    .toMinutes() + " minutes without a first contact; " + (mail.enabled()
                    ? "staff are told again (reminder " + (sent + 1) + " of at most " + maxReminders + ")"
                    : "no mail server is configured, so nobody can be told"));
        }
    }
}
