package com.pks.clinic.web.admin.inquiries;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;

import com.pks.clinic.inquiry.api.InquiryDetail;
import com.pks.clinic.inquiry.api.InquiryHistoryEntry;
import com.pks.clinic.inquiry.api.InquiryNote;
import com.pks.clinic.inquiry.api.InquiryStatus;

/**
 * What happened to an inquiry, oldest first, as one list: its arrival, each change of status and each note. A note
 * written with a status change ("Save the new status" with a note) is shown with that change, as it was written:
 * the service stores the two a moment apart.
 */
public final class InquiryTimeline {

    /** How far apart a status change and the note written with it may be stored. */
    static final Duration WRITTEN_TOGETHER = Duration.ofSeconds(5);

    /**
     * One line of the timeline.
     *
     * @param at   when
     * @param by   who (an account's address), or {@code null} for the inquiry's arrival
     * @param from the status it left, or {@code null} when no status changed
     * @param to   the status it took, or {@code null}
     * @param note the note written, or {@code null}
     */
    public record Event(Instant at, String by, InquiryStatus from, InquiryStatus to, String note) {

        public boolean isArrival() {
            return by == null;
        }

        public boolean isStatusChange() {
            return to != null;
        }
    }

    private InquiryTimeline() {
    }

    public static List<Event> of(InquiryDetail inquiry) {
        List<Event> events = new ArrayList<>();
        events.add(new Event(inquiry.receivedAt(), null, null, null, null));
        LinkedList<InquiryNote> notes = new LinkedList<>(inquiry.notes());
        notes.sort(Comparator.comparing(InquiryNote::writtenAt));
        for (InquiryHistoryEntry step : inquiry.history()) {
            InquiryNote with = notes.stream().filter(note -> writtenWith(note, step)).findFirst().orElse(null);
            notes.remove(with);
            events.add(new Event(step.at(), step.by(), step.from(), step.to(), with == null ? null : with.text()));
        }
        notes.forEach(note -> events.add(new Event(note.writtenAt(), note.author(), null, null, note.text())));
        events.sort(Comparator.comparing(Event::at));
        return events;
    }

    private static boolean writtenWith(InquiryNote note, InquiryHistoryEntry step) {
        return Objects.equals(note.author(), step.by())
                && Duration.between(step.at(), note.writtenAt()).abs().compareTo(WRITTEN_TOGETHER) <= 0;
    }
}
