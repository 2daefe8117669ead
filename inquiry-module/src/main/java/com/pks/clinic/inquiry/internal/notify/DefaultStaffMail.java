package com.pks.clinic.inquiry.internal.notify;

import static com.pks.clinic.inquiry.api.InquiryRoles.ADMINISTRATOR;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

import com.pks.clinic.inquiry.api.StaffMail;

/** Messages to one member of staff through the notices' outbox; sent by {@link StaffNotifier}'s timer. */
@Stateless
@DeclareRoles(ADMINISTRATOR)
public class DefaultStaffMail implements StaffMail {

    @PersistenceContext(unitName = "inquiry")
    private EntityManager em;

    @Inject
    private MailSettings mail;

    @Override
    @PermitAll
    public boolean available() {
        return mail.serverConfigured();
    }

    @Override
    @RolesAllowed(ADMINISTRATOR)
    public void send(String recipient, String subject, String text) {
        if (!available()) {
            throw new IllegalStateException("No mail server is configured");
        }
        em.persist(PendingNotification.toStaff(recipient, subject, text, Instant.now()));
    }
}
