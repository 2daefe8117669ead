package com.pks.clinic.web.site.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

import com.pks.clinic.web.testing.Browser;
import com.pks.clinic.web.testing.ConsultationForm;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.StaffMailbox;
import com.pks.clinic.web.testing.TestSettings;

/**
 * A crash after an inquiry is stored but before staff are told of it loses no notification: the outbox row was
 * committed with the inquiry, and the restarted site sends it, once. Runs its own server, since it kills it.
 */
class NotificationAfterCrashIT {

    @Test
    void theNotificationOfAnInquiryStoredBeforeACrashIsSentOnceAfterTheRestart() throws InterruptedException, MessagingException {
        try (StaffMailbox mailbox = new StaffMailbox()) {
            mailbox.stop(); // so that the notification is still waiting when the server dies
            try (RunningSite site = RunningSite.start(TestSettings.dataDirectory("crash"), mailbox.siteSettings());
                 Browser phone = Browser.ofSize(390, 844)) {
                String reference = ConsultationForm.sendValid(phone, site, "Crashcourse");
                site.crash();

                mailbox.start();
                site.restart();
                mailbox.awaitNotification(reference, Duration.ofSeconds(60));
                TestSettings.awaitOneMoreScan(); // another round of the sender
                List<MimeMessage> sent = mailbox.notificationsFor(reference);
                assertEquals(1, sent.size(), "exactly one notification");
                assertTrue(sent.get(0).getMessageID().matches("<notice-[0-9]+@[^>]+>"),
                        "a Message-ID of its outbox row, the same at every attempt: " + sent.get(0).getMessageID());
            }
        }
    }
}
