package com.pks.clinic.inquiry.api;

import java.util.EnumSet;
import java.util.Set;

/** Where the clinic stands with an inquiry: New → Contacted → Scheduled → Closed, or Spam. */
public enum InquiryStatus {
    NEW,
    CONTACTED,
    SCHEDULED,
    CLOSED,
    SPAM;

    /**
     * The statuses this one may move to; a closed inquiry or spam can be reopened as new, and a contact marked by
     * mistake taken back (new again, it waits as if it had just come: an urgent one's reminders start over).
     */
    public Set<InquiryStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(CONTACTED, SCHEDULED, CLOSED, SPAM);
            case CONTACTED -> EnumSet.of(NEW, SCHEDULED, CLOSED, SPAM);
            case SCHEDULED -> EnumSet.of(CONTACTED, CLOSED);
            case CLOSED, SPAM -> EnumSet.of(NEW);
        };
    }

    public boolean canMoveTo(InquiryStatus target) {
        return next().contains(target);
    }
}
