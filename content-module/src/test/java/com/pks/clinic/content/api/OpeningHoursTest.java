package com.pks.clinic.content.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    @Test
    void daysWithTheSameHoursInARowAreOneLine() {
        OpeningHours hours = OpeningHours.parse("Mo 09:00-17:00;Tu 09:00-17:00;We 09:00-17:00;Th 09:00-17:00;"
                + "Fr 09:00-13:00;Su 10:00-12:00");
        assertEquals(List.of("Monday to Thursday: 9:00 AM to 5:00 PM", "Friday: 9:00 AM to 1:00 PM",
                "Sunday: 10:00 AM to 12:00 PM"), hours.lines());
        assertEquals(Optional.of(new OpeningHours.Day(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(13, 0))),
                hours.on(DayOfWeek.FRIDAY));
        assertTrue(hours.on(DayOfWeek.SATURDAY).isEmpty());
    }

    @Test
    void twoDaysInARowAreSaidWithAnd() {
        assertEquals(List.of("Monday and Tuesday: 8:30 AM to 4:30 PM"),
                OpeningHours.parse("Mo 08:30-16:30;Tu 08:30-16:30").lines());
    }

    @Test
    void theStoredFormRoundTrips() {
        String stored = "Mo 09:00-17:00;Sa 10:00-14:00";
        assertEquals(stored, OpeningHours.parse(stored).stored());
        assertTrue(OpeningHours.parse(null).isEmpty());
        assertTrue(OpeningHours.parse("Mondays 9 to 5").isEmpty(), "free text is no hours");
    }

    @Test
    void hoursThatCloseBeforeTheyOpenOrAreNoTimesAreRefusedInWords() {
        assertTrue(OpeningHours.problem("Mo 09:00-17:00").isEmpty());
        assertTrue(OpeningHours.problem("We 17:00-09:00").orElseThrow().contains("Wednesday"));
        assertTrue(OpeningHours.problem("Mo 25:00-26:00").orElseThrow().contains("between 00:00 and 23:59"));
        assertTrue(OpeningHours.problem("Mo -17:00").orElseThrow().contains("as times"));
    }
}
