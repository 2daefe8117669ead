package com.pks.clinic.web.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClinicTimeTest {

    @Test
    void aTimeZoneReadsAsPeopleNameItWithItsPlace() {
        assertEquals("Mountain Time (Denver)", ClinicTime.zoneLabel("America/Denver"));
        assertEquals("Mountain Time (Phoenix, no daylight saving time)", ClinicTime.zoneLabel("America/Phoenix"));
        assertEquals("Pacific Time (Los Angeles)", ClinicTime.zoneLabel("America/Los_Angeles"));
        assertEquals("Coordinated Universal Time (UTC)", ClinicTime.zoneLabel("UTC"));
    }
}
