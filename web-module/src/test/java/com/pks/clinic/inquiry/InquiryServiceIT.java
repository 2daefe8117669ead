package com.pks.clinic.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.pks.clinic.inquiry.api.ConcurrentInquiryChangeException;
import com.pks.clinic.inquiry.api.ConsultationRequest;
import com.pks.clinic.inquiry.api.ContactPreference;
import com.pks.clinic.inquiry.api.ForWhom;
import com.pks.clinic.inquiry.api.IncompleteScreeningException;
import com.pks.clinic.inquiry.api.InquiryDetail;
import com.pks.clinic.inquiry.api.InquiryFilter;
import com.pks.clinic.inquiry.api.InquiryKeyException;
import com.pks.clinic.inquiry.api.InquiryKind;
import com.pks.clinic.inquiry.api.InquiryMarkedUrgent;
import com.pks.clinic.inquiry.api.InquiryNotFoundException;
import com.pks.clinic.inquiry.api.InquiryNoteAdded;
import com.pks.clinic.inquiry.api.InquiryPage;
import com.pks.clinic.inquiry.api.InquiryReceipt;
import com.pks.clinic.inquiry.api.InquiryService;
import com.pks.clinic.inquiry.api.InquiryStatus;
import com.pks.clinic.inquiry.api.InquiryViewed;
import com.pks.clinic.inquiry.api.InvalidInquiryException;
import com.pks.clinic.inquiry.api.Referral;
import com.pks.clinic.inquiry.api.Screener;
import com.pks.clinic.inquiry.api.Staff;
import com.pks.clinic.inquiry.api.StatusChangeNotAllowedException;
import com.pks.clinic.inquiry.internal.protect.FirstFormatValues;
import com.pks.clinic.inquiry.internal.retention.RetentionPurge;
import com.pks.clinic.web.testing.AsAdministrator;
import com.pks.clinic.web.testing.AsIntake;
import com.pks.clinic.web.testing.Deployments;

/** The inquiry service inside Payara against real Derby: stored, marked urgent, listed, worked through. */
@ExtendWith(ArquillianExtension.class)
class InquiryServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.clinicSiteWith(InquiryServiceIT.class, AuditEvents.class, FirstFormatValues.class);
    }

    private static final String ADDRESS = "203.0.113.9";
    private static final Staff STAFF = new Staff("test-intake", ADDRESS);

    @Inject
    private AsIntake asIntake;

    @Inject
    private InquiryService inquiries;

    @Inject
    private RetentionPurge retention;

    @PersistenceContext(unitName = "inquiry")
    private EntityManager inquiryUnit;

    @Inject
    private FirstFormatValues firstFormat;

    @Test
    void aConsultationRequestIsStoredWithEverythingSent() {
        asIntake.run(() -> {
            InquiryReceipt receipt = inquiries.submit(request("Zoë O’Brien", "I would like to know more.", false));
            assertEquals(8, receipt.reference().length());
            assertFalse(receipt.urgent());

            InquiryDetail stored = find(receipt);
            assertEquals("Zoë O’Brien", stored.name());
            assertEquals("+44 20 7946 0958", stored.phone());
            assertEquals(ContactPreference.PHONE, stored.preferredContact());
            assertEquals(ForWhom.FAMILY_MEMBER, stored.forWhom());
            assertEquals("I would like to know more.", stored.message());
            assertEquals(InquiryStatus.NEW, stored.status());
        });
    }

    @Test
    void everyPersonalFieldIsStoredEncryptedNotesResultsAndReferralsIncluded() {
        asIntake.run(() -> {
            InquiryReceipt request = inquiries.submit(new ConsultationRequest("Zoë Quist", "+44 20 7946 0958",
                    "zoe@example.org", ContactPreference.EMAIL, "Mornings only", ForWhom.MYSELF, "My private words",
                    "Heard from my sister", true, false), Screener.GAD_7, List.of(0, 1, 0, 0, 1, 0, 0));
            InquiryReceipt referral = inquiries.submit(new Referral("Dr. Ana Ruiz", "Bitterroot Family Medicine",
                    "406-555-0100", "ana@example.org", "Lee Chen", "406-555-0101", "lee@example.org",
                    "Depression for ten years."));
            inquiries.addNote(find(request).id(), "Called back, left a voicemail", ADDRESS);
            assertStoredEncrypted("select name, phone, email, best_time, message, heard_about, self_check "
                    + "from inquiry_request where reference = ?", request.reference(), "Zoë Quist", "7946",
                    "zoe@example.org", "Mornings", "private words", "sister", "GAD-7");
            assertStoredEncrypted("select name, phone, email, practice, patient_name, patient_phone, patient_email, "
                    + "reason from inquiry_request where reference = ?", referral.reference(), "Ana Ruiz", "0100",
                    "ana@example.org", "Bitterroot", "Lee Chen", "0101", "lee@example.org", "ten years");
            assertStoredEncrypted("select n.text from inquiry_note n join inquiry_request i on n.inquiry_id = i.id "
                    + "where i.reference = ?", request.reference(), "voicemail");
            assertEquals("Zoë Quist", find(request).name(), "and read back in clear by the service");
        });
    }

    /** Each column of the one row found holds an encrypted value, and none holds its words in clear. */
    private void assertStoredEncrypted(String sql, String reference, String... typed) {
        Object found = inquiryUnit.createNativeQuery(sql).setParameter(1, reference).getSingleResult();
        Object[] columns = found instanceof Object[] many ? many : new Object[] {found};
        assertEquals(typed.length, columns.length, sql);
        for (int i = 0; i < columns.length; i++) {
            String stored = String.valueOf(columns[i]);
            assertTrue(stored.startsWith("g2."), "stored encrypted and bound to its place: " + stored);
            assertFalse(stored.contains(typed[i]), stored);
        }
    }

    @Test
    void aValueMovedToAnotherInquiryOrColumnNoLongerOpens() {
        asIntake.run(() -> {
            InquiryReceipt first = inquiries.submit(request("Ada Moved", "first", false));
            InquiryReceipt second = inquiries.submit(request("Bo Kept", "second", false));
            long secondId = find(second).id();
            Object[] kept = (Object[]) inquiryUnit.createNativeQuery(
                    "select phone, message from inquiry_request where reference = ?")
                    .setParameter(1, second.reference()).getSingleResult();
            // as someone with the database but not the key would try: one inquiry's phone onto another, a column moved
            for (String tampering : List.of("phone = (select phone from inquiry_request where reference = '"
                    + first.reference() + "')", "message = phone")) {
                update("update inquiry_request set " + tampering + " where reference = ?", second.reference());
                InquiryKeyException moved = assertThrows(InquiryKeyException.class,
                        () -> inquiries.get(secondId, ADDRESS));
                assertTrue(moved.getMessage().contains("could not be decrypted"), moved.getMessage());
                update("update inquiry_request set phone = ?, message = ? where reference = ?", kept[0], kept[1],
                        second.reference());
            }
            assertEquals("second", inquiries.get(secondId, ADDRESS).message(), "put back, it opens again");
            assertEquals("Ada Moved", find(first).name());
        });
    }

    @Test
    void valuesOfTheFirstFormatOpenNowhereUntilTheUpgradeSealsThemWhereTheyStand() {
        asIntake.run(() -> {
            InquiryReceipt old = inquiries.submit(request("Old Format", "written long ago", false));
            long id = find(old).id();
            inquiries.addNote(id, "a note from then", ADDRESS);
            update("update inquiry_request set message = ? where reference = ?",
                    FirstFormatValues.of("written long ago"), old.reference());
            update("update inquiry_note set text = ?, seal_id = null where inquiry_id = ?",
                    FirstFormatValues.of("a note from then"), id);
            assertThrows(InquiryKeyException.class, () -> inquiries.get(id, ADDRESS), "bound to nothing: refused");

            firstFormat.upgrade();
            InquiryDetail upgraded = inquiries.get(id, ADDRESS);
            assertEquals("written long ago", upgraded.message());
            assertEquals("a note from then", upgraded.notes().get(0).text());
            assertStoredEncrypted("select message from inquiry_request where reference = ?", old.reference(),
                    "long ago");
        });
    }

    private void update(String sql, Object... parameters) {
        asIntake.inOneTransaction(() -> {
            var update = inquiryUnit.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                update.setParameter(i + 1, parameters[i]);
            }
            update.executeUpdate();
        });
    }

    @Test
    void crisisLanguageOrTheTickMarksTheInquiryUrgent() {
        asIntake.run(() -> {
            assertTrue(inquiries.submit(request("Sam", "Some days I want to END my life.", false)).urgent());
            assertTrue(inquiries.submit(request("Sam", null, true)).urgent(), "the tick alone is enough");
            assertFalse(inquiries.submit(request("Sam", "When can I come in?", false)).urgent());
        });
    }

    /** For words of danger the site did not recognise: marked once, with a note of who did it. */
    @Test
    void staffMarkAnInquiryUrgentByHandAndANoteSaysWho() {
        asIntake.run(() -> {
            InquiryReceipt receipt = inquiries.submit(request("Sam", "He has given away his guitar.", false));
            assertFalse(receipt.urgent());
            long id = find(receipt).id();
            long urgentBefore = inquiries.overview().urgentWaiting();
            Instant before = Instant.now();
            InquiryDetail marked = inquiries.markUrgent(id, null, ADDRESS);
            assertTrue(marked.urgent());
            assertEquals(List.of(STAFF), AuditEvents.MARKED.stream().filter(e -> e.inquiryId() == id)
                    .map(InquiryMarkedUrgent::staff).toList(), "audited as marked urgent, once");
            assertTrue(AuditEvents.NOTED.stream().noneMatch(e -> e.inquiryId() == id), "not as a note of its own");
            Object remindFrom = inquiryUnit.createNativeQuery(
                    "select last_reminded_at from inquiry_request where id = ?").setParameter(1, id).getSingleResult();
            assertFalse(((Timestamp) remindFrom).toInstant().isBefore(before),
                    "reminders count from the marking, not from its arrival");
            assertEquals(urgentBefore + 1, inquiries.overview().urgentWaiting(), "counted with the urgent ones waiting");
            assertEquals(List.of("Marked urgent."), marked.notes().stream().map(note -> note.text()).toList());
            assertEquals(STAFF.username(), marked.notes().get(0).author());
            assertEquals(List.of("Marked urgent.", "Brother worried."), inquiries.markUrgent(id, "Brother worried.",
                    ADDRESS).notes().stream().map(note -> note.text()).toList(), "an urgent one stays; a note is kept");
            assertEquals(1, AuditEvents.MARKED.stream().filter(e -> e.inquiryId() == id).count(), "marked once");

            InquiryDetail other = find(inquiries.submit(request("Sam", "When can I come in?", false)));
            inquiries.changeStatus(other.id(), InquiryStatus.CONTACTED, null, other.version(), ADDRESS);
            assertThrows(ConcurrentInquiryChangeException.class, () -> inquiries.markUrgent(other.id(), null, ADDRESS),
                    "only a new one: a page opened before a colleague called is out of date");
        });
    }

    @Test
    void anAttachedSelfCheckIsScoredByTheServiceAndItemNineMakesTheInquiryUrgent() {
        asIntake.run(() -> {
            InquiryReceipt receipt = inquiries.submit(request("Gale", null, false), Screener.PHQ_9,
                    List.of(0, 0, 1, 0, 0, 0, 0, 0, 2));
            assertTrue(receipt.urgent());
            String stored = find(receipt).selfCheckResult();
            assertTrue(stored.startsWith("PHQ-9: 3 of 27 (") && stored.endsWith("thoughts of death or self-harm: yes"),
                    stored);

            assertFalse(inquiries.submit(request("Gale", null, false), Screener.GAD_7,
                    List.of(0, 1, 0, 0, 1, 0, 0)).urgent());
            assertThrows(IncompleteScreeningException.class, () -> inquiries.submit(request("Gale", null, false),
                    Screener.PHQ_9, List.of(0, 0, 9)), "answers that do not fit the questionnaire");
        });
    }


    @Test
    void aReferralIsStoredAsAReferral() {
        asIntake.run(() -> {
            InquiryReceipt receipt = inquiries.submit(new Referral("Dr. Ana Ruiz", "Bitterroot Family Medicine",
                    "406-555-0100", "ana@example.org", "Lee Chen", null, "lee@example.org", "Depression for ten years."));
            InquiryDetail stored = find(receipt);
            assertEquals(InquiryKind.REFERRAL, stored.kind());
            assertEquals("Bitterroot Family Medicine", stored.practice());
            assertEquals("Lee Chen", stored.patientName());
        });
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndNothingIsStored() {
        asIntake.run(() -> {
            long before = inquiries.list(InquiryFilter.ALL, 0, 1, ADDRESS).total();
            InvalidInquiryException refused = assertThrows(InvalidInquiryException.class, () -> inquiries.submit(
                    new ConsultationRequest("<b>x</b>", "not a number", "nope", ContactPreference.EMAIL, null,
                            ForWhom.MYSELF, "x".repeat(2000), null, false, false)));
            assertEquals(Set.of("name", "phone", "email", "message", "consentGiven"),
                    refused.problems().keySet());
            assertFalse(refused.getMessage().contains("nope"), "what a person typed never reaches a message or a log");
            assertEquals(before, inquiries.list(InquiryFilter.ALL, 0, 1, ADDRESS).total());
        });
    }

    @Test
    void theListFiltersAndPagesNewestFirst() {
        asIntake.run(() -> {
            for (String name : new String[] {"Paging Ann", "Paging Bo", "Paging Cy"}) {
                inquiries.submit(request(name, "I want to die", false));
            }
            InquiryFilter newUrgentConsultations = new InquiryFilter(InquiryStatus.NEW, InquiryKind.CONSULTATION, true);
            InquiryPage urgent = inquiries.list(newUrgentConsultations, 0, 2, ADDRESS);
            assertEquals(2, urgent.items().size());
            assertTrue(urgent.total() >= 3);
            assertTrue(urgent.items().stream().allMatch(i -> i.urgent() && i.status() == InquiryStatus.NEW));
            assertFalse(urgent.items().get(0).receivedAt().isBefore(urgent.items().get(1).receivedAt()));
            assertEquals(1, inquiries.list(new InquiryFilter(null, null, true), 1, 2, ADDRESS).page());
        });
    }

    @Test
    void theStatusMovesOnWithOptimisticLockingAndNotesAreKept() {
        asIntake.run(() -> {
            InquiryDetail inquiry = find(inquiries.submit(request("Robin", null, false)));
            InquiryDetail contacted = inquiries.changeStatus(inquiry.id(), InquiryStatus.CONTACTED,
                    "Called; first visit offered.", inquiry.version(), ADDRESS);
            assertEquals(InquiryStatus.CONTACTED, contacted.status());
            assertEquals(List.of(InquiryStatus.NEW, InquiryStatus.CONTACTED, STAFF.username()),
                    List.of(contacted.history().get(0).from(), contacted.history().get(0).to(),
                            contacted.history().get(0).by()));

            assertThrows(ConcurrentInquiryChangeException.class, () -> inquiries.changeStatus(inquiry.id(),
                    InquiryStatus.SCHEDULED, "lost", inquiry.version(), ADDRESS));
            assertThrows(StatusChangeNotAllowedException.class,
                    () -> inquiries.changeStatus(inquiry.id(), InquiryStatus.CONTACTED, null, contacted.version(),
                            ADDRESS));

            InquiryDetail noted = inquiries.addNote(inquiry.id(), "Left a voicemail.", ADDRESS);
            assertEquals(List.of("Called; first visit offered.", "Left a voicemail."),
                    noted.notes().stream().map(note -> note.text()).toList(), "the refused change kept no note");
            assertEquals(STAFF.username(), inquiries.get(inquiry.id(), ADDRESS).notes().get(0).author());
            assertEquals(1, inquiries.get(inquiry.id(), ADDRESS).history().size());
        });
    }

    /** A contact marked by mistake is taken back: the inquiry waits again as if it had just come. */
    @Test
    void anUrgentInquiryBackToNewIsRemindedOfAgainCountedFromTheMove() {
        asIntake.run(() -> {
            InquiryDetail urgent = find(inquiries.submit(request("Kit", null, true)));
            InquiryDetail contacted = inquiries.changeStatus(urgent.id(), InquiryStatus.CONTACTED, null,
                    urgent.version(), ADDRESS);
            update("update inquiry_request set reminders_sent = 8, last_reminded_at = ? where id = ?",
                    Timestamp.from(Instant.now().minusSeconds(7200)), urgent.id()); // all its reminders were sent
            Instant before = Instant.now();
            InquiryDetail undone = inquiries.changeStatus(urgent.id(), InquiryStatus.NEW, "Called the wrong number.",
                    contacted.version(), ADDRESS);
            assertEquals(InquiryStatus.NEW, undone.status());
            Object[] reminders = (Object[]) inquiryUnit.createNativeQuery(
                    "select reminders_sent, last_reminded_at from inquiry_request where id = ?")
                    .setParameter(1, urgent.id()).getSingleResult();
            assertEquals(0, ((Number) reminders[0]).intValue(), "all its reminders again");
            assertFalse(((Timestamp) reminders[1]).toInstant().isBefore(before), "the first one a while after the move");
        });
    }

    @Test
    void everyReadIsAnAuditEventWithWhoWhenAndWhere() {
        asIntake.run(() -> {
            InquiryDetail inquiry = find(inquiries.submit(request("Casey", null, false)));
            AuditEvents.VIEWED.clear();
            inquiries.get(inquiry.id(), ADDRESS);
            InquiryViewed event = AuditEvents.VIEWED.stream().filter(e -> e.inquiryId() == inquiry.id())
                    .findFirst().orElseThrow();
            assertEquals(STAFF, event.staff());
            assertTrue(event.at() != null);
        });
    }

    @Inject
    private AsAdministrator asAdministrator;

    @Test
    void anAdministratorMayExport() {
        String csv = asAdministrator.call(() -> inquiries.exportCsv(InquiryFilter.ALL, ADDRESS));
        assertTrue(csv.contains("Reference"), csv);
    }

    @Test
    void onlyAnAdministratorMayExport() {
        asIntake.run(() -> {
            Exception refused = assertThrows(Exception.class, () -> inquiries.exportCsv(InquiryFilter.ALL, ADDRESS));
            assertTrue(refused instanceof EJBAccessException || refused.getCause() instanceof EJBAccessException,
                    refused.toString());
        });
    }

    @Test
    void closedAndSpamInquiriesAreDeletedAfterTheirTimeAndOpenOnesStay() {
        asIntake.run(() -> {
            InquiryDetail closed = find(inquiries.submit(request("Dana", null, false)));
            inquiries.changeStatus(closed.id(), InquiryStatus.CLOSED, null, closed.version(), ADDRESS);
            InquiryDetail spam = find(inquiries.submit(request("Eli", null, false)));
            inquiries.changeStatus(spam.id(), InquiryStatus.SPAM, "Automated.", spam.version(), ADDRESS);
            inquiries.addNote(spam.id(), "Looks automated.", ADDRESS);
            InquiryDetail open = find(inquiries.submit(request("Fay", null, false)));

            assertEquals(0, retention.purgeReceivedBefore(Instant.now().minusSeconds(3600)), "not old enough yet");
            assertTrue(retention.purgeReceivedBefore(Instant.now().plusSeconds(60)) >= 2);
            assertThrows(InquiryNotFoundException.class, () -> inquiries.get(closed.id(), ADDRESS));
            assertThrows(InquiryNotFoundException.class, () -> inquiries.get(spam.id(), ADDRESS));
            assertEquals(InquiryStatus.NEW, inquiries.get(open.id(), ADDRESS).status());
            assertEquals(0, retention.purgeReceivedBefore(Instant.now().plusSeconds(60)), "a second run finds nothing");
        });
    }

    private InquiryDetail find(InquiryReceipt receipt) {
        return inquiries.list(InquiryFilter.ALL, 0, 100, ADDRESS).items().stream()
                .filter(summary -> summary.reference().equals(receipt.reference()))
                .map(summary -> inquiries.get(summary.id(), ADDRESS))
                .findFirst().orElseThrow();
    }

    /** Records audit events as the audit log will observe them (static: see ContentServicesIT). */
    @ApplicationScoped
    public static class AuditEvents {

        static final List<InquiryViewed> VIEWED = new CopyOnWriteArrayList<>();
        static final List<InquiryMarkedUrgent> MARKED = new CopyOnWriteArrayList<>();
        static final List<InquiryNoteAdded> NOTED = new CopyOnWriteArrayList<>();

        void onViewed(@Observes InquiryViewed event) {
            VIEWED.add(event);
        }

        void onMarked(@Observes InquiryMarkedUrgent event) {
            MARKED.add(event);
        }

        void onNoted(@Observes InquiryNoteAdded event) {
            NOTED.add(event);
        }
    }

    private static ConsultationRequest request(String name, String message, boolean selfHarm) {
        return new ConsultationRequest(name, "+44 20 7946 0958", null, ContactPreference.PHONE, "mornings",
                ForWhom.FAMILY_MEMBER, message, "My doctor", true, selfHarm);
    }
}
