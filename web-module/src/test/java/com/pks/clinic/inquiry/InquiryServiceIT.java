package com.pks.clinic.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.pks.clinic.inquiry.api.ConcurrentInquiryChangeException;
import com.pks.clinic.inquiry.api.ConsultationRequest;
import com.pks.clinic.inquiry.api.ContactPreference;
import com.pks.clinic.inquiry.api.ForWhom;
import com.pks.clinic.inquiry.api.InquiryDetail;
import com.pks.clinic.inquiry.api.InquiryFilter;
import com.pks.clinic.inquiry.api.InquiryKind;
import com.pks.clinic.inquiry.api.InquiryPage;
import com.pks.clinic.inquiry.api.InquiryReceipt;
import com.pks.clinic.inquiry.api.InquiryService;
import com.pks.clinic.inquiry.api.InquiryStatus;
import com.pks.clinic.inquiry.api.InvalidInquiryException;
import com.pks.clinic.inquiry.api.Referral;
import com.pks.clinic.inquiry.api.StatusChangeNotAllowedException;
import com.pks.clinic.web.testing.Deployments;

/** The inquiry service inside Payara against real Derby: stored, marked urgent, listed, worked through. */
@ExtendWith(ArquillianExtension.class)
class InquiryServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.clinicSiteWith(InquiryServiceIT.class);
    }

    @Inject
    private InquiryService inquiries;

    @PersistenceContext(unitName = "inquiry")
    private EntityManager inquiryUnit;

    @Test
    void aConsultationRequestIsStoredWithEverythingSent() {
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
    }

    @Test
    void personalFieldsAreStoredEncrypted() {
        InquiryReceipt receipt = inquiries.submit(request("Zoë Quist", "My private words", false));
        Object[] raw = (Object[]) inquiryUnit.createNativeQuery(
                        "select name, phone, message, best_time, heard_about from inquiry_request where reference = ?")
                .setParameter(1, receipt.reference()).getSingleResult();
        for (Object column : raw) {
            assertTrue(String.valueOf(column).startsWith("g1."), "stored encrypted: " + column);
        }
        assertFalse(String.valueOf(raw[0]).contains("Quist"));
        assertEquals("Zoë Quist", find(receipt).name(), "and read back in clear by the service");
    }

    @Test
    void crisisLanguageOrTheTickMarksTheInquiryUrgent() {
        assertTrue(inquiries.submit(request("Sam", "Some days I want to END my life.", false)).urgent());
        assertTrue(inquiries.submit(request("Sam", null, true)).urgent(), "the tick alone is enough");
        assertFalse(inquiries.submit(request("Sam", "When can I come in?", false)).urgent());
    }

    @Test
    void aReferralIsStoredAsAReferral() {
        InquiryReceipt receipt = inquiries.submit(new Referral("Dr. Ana Ruiz", "Bitterroot Family Medicine",
                "406-555-0100", "ana@example.org", "Lee Chen", null, "lee@example.org", "Depression for ten years."));
        InquiryDetail stored = find(receipt);
        assertEquals(InquiryKind.REFERRAL, stored.kind());
        assertEquals("Bitterroot Family Medicine", stored.practice());
        assertEquals("Lee Chen", stored.patientName());
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndNothingIsStored() {
        long before = inquiries.list(InquiryFilter.ALL, 0, 1).total();
        InvalidInquiryException refused = assertThrows(InvalidInquiryException.class, () -> inquiries.submit(
                new ConsultationRequest("<b>x</b>", "not a number", "nope", ContactPreference.EMAIL, null,
                        ForWhom.MYSELF, "x".repeat(2000), null, false, false)));
        assertEquals(Set.of("name", "phone", "email", "message", "consentGiven"),
                refused.problems().keySet());
        assertFalse(refused.getMessage().contains("nope"), "what a person typed never reaches a message or a log");
        assertEquals(before, inquiries.list(InquiryFilter.ALL, 0, 1).total());
    }

    @Test
    void theListFiltersAndPagesNewestFirst() {
        for (String name : new String[] {"Paging Ann", "Paging Bo", "Paging Cy"}) {
            inquiries.submit(request(name, "I want to die", false));
        }
        InquiryPage urgent = inquiries.list(new InquiryFilter(InquiryStatus.NEW, InquiryKind.CONSULTATION, true), 0, 2);
        assertEquals(2, urgent.items().size());
        assertTrue(urgent.total() >= 3);
        assertTrue(urgent.items().stream().allMatch(i -> i.urgent() && i.status() == InquiryStatus.NEW));
        assertFalse(urgent.items().get(0).receivedAt().isBefore(urgent.items().get(1).receivedAt()));
        assertEquals(1, inquiries.list(new InquiryFilter(null, null, true), 1, 2).page());
    }

    @Test
    void theStatusMovesForwardWithOptimisticLockingAndNotesAreKept() {
        InquiryDetail inquiry = find(inquiries.submit(request("Robin", null, false)));
        InquiryDetail contacted = inquiries.changeStatus(inquiry.id(), InquiryStatus.CONTACTED, inquiry.version(), "staff");
        assertEquals(InquiryStatus.CONTACTED, contacted.status());

        assertThrows(ConcurrentInquiryChangeException.class,
                () -> inquiries.changeStatus(inquiry.id(), InquiryStatus.SCHEDULED, inquiry.version(), "staff"));
        assertThrows(StatusChangeNotAllowedException.class,
                () -> inquiries.changeStatus(inquiry.id(), InquiryStatus.NEW, contacted.version(), "staff"));

        InquiryDetail noted = inquiries.addNote(inquiry.id(), "Left a voicemail.", "staff");
        assertEquals("Left a voicemail.", noted.notes().get(0).text());
        assertEquals("staff", inquiries.get(inquiry.id()).notes().get(0).author());
    }

    private InquiryDetail find(InquiryReceipt receipt) {
        return inquiries.list(InquiryFilter.ALL, 0, 100).items().stream()
                .filter(summary -> summary.reference().equals(receipt.reference()))
                .map(summary -> inquiries.get(summary.id()))
                .findFirst().orElseThrow();
    }

    private static ConsultationRequest request(String name, String message, boolean selfHarm) {
        return new ConsultationRequest(name, "+44 20 7946 0958", null, ContactPreference.PHONE, "mornings",
                ForWhom.FAMILY_MEMBER, message, "My doctor", true, selfHarm);
    }
}
