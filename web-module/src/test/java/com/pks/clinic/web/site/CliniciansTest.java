package com.pks.clinic.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliniciansTest {

    private final Clinicians clinicians = new Clinicians();

    @Test
    void credentialsArePutInWordsAndUnknownOnesLeftOut() {
        assertEquals(List.of(Map.entry("MD", "Doctor of Medicine"),
                        Map.entry("FAPA", "Fellow of the American Psychiatric Association")),
                clinicians.explained("MD, FAPA"));
        assertEquals(List.of(Map.entry("PMHNP-BC", "Psychiatric-Mental Health Nurse Practitioner, Board Certified")),
                clinicians.explained("XYZ; PMHNP-BC"));
        assertEquals(List.of(), clinicians.explained(null));
    }

    @Test
    void initialsAreTheFirstAndLastNames() {
        assertEquals("KJ", clinicians.initials("Kay Jennings"));
        assertEquals("WS", clinicians.initials("William D. Stratford"));
        assertEquals("C", clinicians.initials(" Cher "));
        assertEquals("", clinicians.initials(""));
    }
}
