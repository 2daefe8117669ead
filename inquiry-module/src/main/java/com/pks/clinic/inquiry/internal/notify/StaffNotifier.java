package com.pks.clinic.inquiry.internal.notify;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.pks.clinic.inquiry.api.StaffLinks;

/**
 * Sends the outbox: right after an inquiry commits, and every ten seconds ({@link ScanInterval}) for what is still
 * due (after a mail server outage, a restart, a crash between commit and send). One sender at a time, so nothing is
 * sent twice by two runs at once. A message says only that an inquiry is waiting, whether it is urgent, and its
 * reference.
 */
@Startup
@Singleton
@Lock(LockType.WRITE)
public class StaffNotifier {

    private static final Logger LOG = Logger.getLogger(StaffNotifier.class.getName());

    @PersistenceContext(unitName = "inquiry")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private MailSettings mail;

    @Inject
    private StaffLinks links;

    @Resource
    private TimerService timers;

    @Inject
    private ScanInterval scans;

    /** Looks for what is still due every ten seconds ({@link ScanInterval}). */
    @PostConstruct
    void scheduleScans() {
        scans.scheduleOn(timers);
    }

    @Asynchronous
    public void sendSoon() {
        sendDue();
    }

    @Timeout
    public void sendDue() {
        if (!mail.serverConfigured()) {
            return;
        }
        Session session = session();
        StaffNotifier self = context.getBusinessObject(StaffNotifier.class);
        for (Long id : em.createQuery("select n.id from PendingNotification n "
                + "where n.sentAt is null and n.nextAttemptAt <= :now order by n.id", Long.class)
                .setParameter("now", Instant.now()).getResultList()) {
            self.sendOne(id, session);
        }
    }

    /**
     * Sends one message and marks it sent in a transaction of its own: a crash between the mail server taking it and
     * the mark can send that one again (with the same Message-ID), never the ones before it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sendOne(long id, Session session) {
        PendingNotification pending = em.find(PendingNotification.class, id);
        if (pending == null || pending.sentAt() != null) {
            return;
        }
        try {
            Transport.send(message(session, pending));
            pending.sent(Instant.now());
        } catch (MessagingException e) {
            pending.failed(Instant.now());
            LOG.log(Level.WARNING, "A staff notification could not be sent yet ({0}); it will be retried",
                    e.getClass().getSimpleName());
        }
    }

    private Session session() {
        return Session.getInstance(mail.sessionProperties(), mail.username().isEmpty() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(mail.username().orElseThrow(), mail.password());
            }
        });
    }

    private Message message(Session session, PendingNotification pending) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            /**
             * One Message-ID per outbox row, the same at every attempt: a message sent again after a crash between
             * the mail server taking it and the outbox marking it sent is known as the same message.
             */
            @Override
            protected void updateMessageID() throws MessagingException {
                String from = mail.from();
                setHeader("Message-ID", "<notice-" + pending.id() + "@"
                        + (from.contains("@") ? from.substring(from.indexOf('@') + 1) : "clinic-site.invalid") + ">");
            }
        };
        message.setFrom(new InternetAddress(mail.from()));
        if (pending.toOneMemberOfStaff()) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(pending.recipient()));
            message.setSubject(pending.subject(), "UTF-8");
            message.setText(pending.body(), "UTF-8");
            return message;
        }
        for (String recipient : mail.recipients()) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient.strip()));
        }
        if (pending.isFlood()) {
            message.setSubject("Many inquiries are arriving through the website", "UTF-8");
            message.setText("More inquiries than usual arrived through the website in the last hour. All of them are "
                    + "stored; urgent ones are marked and listed first, and each urgent one is still e-mailed on its "
                    + "own. Until the flow calms down you are told of the others once an hour instead of once per "
                    + "inquiry, so please check the inquiries in the console: "
                    + links.inbox() + "\n\nThis message holds nothing of what was sent.\n", "UTF-8");
            return message;
        }
        boolean reminder = pending.reminderNumber() > 0;
        message.setSubject(reminder ? "URGENT, still waiting: nobody has contacted an urgent inquiry yet"
                : pending.urgent() ? "URGENT: a new inquiry is waiting" : "A new inquiry is waiting", "UTF-8");
        message.setText((reminder ? "An urgent inquiry is still waiting for a first contact (reminder "
                + pending.reminderNumber() + "). Please call the person now, then mark the inquiry contacted."
                : "A new inquiry arrived through the website (urgent: " + (pending.urgent() ? "yes" : "no") + ").")
                + " Reference: " + pending.reference() + ".\n\n"
                + "Sign in to read it: " + links.inquiry(pending.reference()) + "\n\n"
                + "This message holds nothing of what was sent; the inquiry itself stays on the clinic's site.\n",
                "UTF-8");
        return message;
    }
}
