package com.pks.clinic.web.admin.inquiries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import com.pks.clinic.inquiry.api.InquiryDetail;
import com.pks.clinic.inquiry.api.InquiryHistoryEntry;
import com.pks.clinic.inquiry.api.InquiryKind;
import com.pks.clinic.inquiry.api.InquiryNote;
import com.pks.clinic.inquiry.api.InquiryStatus;
import com.pks.clinic.web.admin.inquiries.InquiryTimeline.Event;

class InquiryTimelineTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-01T15:00:00Z");

    @Test
    void arrivalStatusChangesAndNotesAreOneListOldestFirstWithEachNoteBesideItsStatusChange() {
        InquiryDetail inquiry = inquiry(
                List.of(new InquiryNote("kay@clinic.test", "Called; voicemail.", at(60)),
                        new InquiryNote("kay@clinic.test", "Called back; first visit offered.", at(7200, 40)),
                        new InquiryNote("ann@clinic.test", "Asked about cost.", at(7200, 42))),
                List.of(new InquiryHistoryEntry(InquiryStatus.NEW, InquiryStatus.CONTACTED, "kay@clinic.test",
                        at(7200)), new InquiryHistoryEntry(InquiryStatus.CONTACTED, InquiryStatus.SCHEDULED,
                        "ann@clinic.test", at(9000))));

        assertEquals(List.of(
                new Event(RECEIVED, null, null, null, null),
                new Event(at(60), "kay@clinic.test", null, null, "Called; voicemail."),
                new Event(at(7200), "kay@clinic.test", InquiryStatus.NEW, InquiryStatus.CONTACTED,
                        "Called back; first visit offered."),
                new Event(at(7200, 42), "ann@clinic.test", null, null, "Asked about cost."),
                new Event(at(9000), "ann@clinic.test", InquiryStatus.CONTACTED, InquiryStatus.SCHEDULED, null)),
                InquiryTimeline.of(inquiry),
                "a note by someone else at the same moment, or by the same person minutes apart, stands alone");
    }

    private static Instant at(long seconds) {
        return RECEIVED.plusSeconds(seconds);
    }

    private static Instant at(long seconds, long millis) {
        return at(seconds).plusMillis(millis);
    }

    private static InquiryDetail inquiry(List<InquiryNote> notes, List<InquiryHistoryEntry> history) {
        return new InquiryDetail(7, "K7QM3XWP", InquiryKind.CONSULTATION, InquiryStatus.SCHEDULED, false, RECEIVED,
                "Robin", null, "robin@example.org", null, null, null, "A message", null, false, null, null, null,
                null, null, null, notes, history, 3);
    }
}
