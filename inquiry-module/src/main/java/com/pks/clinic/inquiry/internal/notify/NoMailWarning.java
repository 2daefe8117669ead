package com.pks.clinic.inquiry.internal.notify;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

import com.pks.clinic.inquiry.api.InquiryStatus;

/**
 * Without a mail server (or staff addresses) nobody is e-mailed when an inquiry arrives, not even an urgent one. The
 * log says so at start-up, and every hour while new inquiries wait that nobody was told of; the dashboard says it to
 * staff ({@code InquiryOverview.staffNotified}).
 */
@Singleton
@Startup
public class NoMailWarning {

    private static final Logger LOG = Logger.getLogger(NoMailWarning.class.getName());

    @PersistenceContext(unitName = "inquiry")
    private EntityManager em;

    @Inject
    private MailSettings mail;

    @PostConstruct
    void atStartUp() {
        if (!mail.enabled()) {
            LOG.warning("No mail server or no staff address is configured (clinic.mail.smtp.host, clinic.mail.to): "
                    + "nobody is e-mailed when an inquiry arrives, urgent ones included. Inquiries still arrive "
                    + "and wait in the admin console.");
        }
        if (mail.sendsPasswordInClear()) {
            LOG.warning("The mail server login would cross the network in plain text (clinic.mail.smtp.starttls and "
                    + "clinic.mail.smtp.implicit-tls are both off): turn one of them on.");
        }
    }

    @Schedule(minute = "0", hour = "*", persistent = false)
    void everyHour() {
        if (mail.enabled()) {
            return;
        }
        long waiting = em.createQuery("select count(i) from Inquiry i where i.status = :new", Long.class)
                .setParameter("new", InquiryStatus.NEW).getSingleResult();
        if (waiting > 0) {
            LOG.warning(() -> waiting + " new inquiries wait in the admin console and nobody was e-mailed about "
                    + "them: no mail server or no staff address is configured (clinic.mail.smtp.host, "
                    + "clinic.mail.to).");
        }
    }
}
