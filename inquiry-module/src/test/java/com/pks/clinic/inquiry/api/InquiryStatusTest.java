package com.pks.clinic.inquiry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class InquiryStatusTest {

    @Test
    void aContactMarkedByMistakeGoesBackToNewAndTheWayOnStaysOpen() {
        assertEquals(EnumSet.of(InquiryStatus.NEW, InquiryStatus.SCHEDULED, InquiryStatus.CLOSED, InquiryStatus.SPAM),
                InquiryStatus.CONTACTED.next());
    }

    @Test
    void noStatusMovesToItself() {
        for (InquiryStatus status : InquiryStatus.values()) {
            assertFalse(status.canMoveTo(status), status.name());
        }
    }

    @Test
    void aClosedInquiryOrSpamOnlyReopensAsNew() {
        assertEquals(EnumSet.of(InquiryStatus.NEW), InquiryStatus.CLOSED.next());
        assertEquals(EnumSet.of(InquiryStatus.NEW), InquiryStatus.SPAM.next());
        assertTrue(InquiryStatus.SCHEDULED.canMoveTo(InquiryStatus.CONTACTED));
        assertFalse(InquiryStatus.SCHEDULED.canMoveTo(InquiryStatus.NEW));
    }
}
