package com.pks.clinic.admin.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.pks.clinic.admin.api.AuditAction;
import com.pks.clinic.admin.api.AuditEntry;

class AuditCsvTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final String HEADER = "\"When (America/Denver)\",\"Who\",\"What\",\"About\",\"Details\",\"From\"";

    @Test
    void anEmptyLogIsTheByteOrderMarkAndTheHeader() {
        assertEquals("\uFEFF" + HEADER + "\r\n", AuditCsv.of(List.of(), DENVER));
    }

    @Test
    void aRecordIsOneQuotedRowInTheClinicsTimeWithItsOffset() {
        AuditEntry entry = new AuditEntry(7, Instant.parse("2026-12-01T16:41:00Z"), "kay@example.org",
                AuditAction.INQUIRY_STATUS_CHANGED, "inquiry 12 (K7QM3XWP)", "NEW → CONTACTED", "203.0.113.9");

        String csv = AuditCsv.of(List.of(entry), DENVER);

        assertEquals("\uFEFF" + HEADER + "\r\n\"2026-12-01 09:41:00 -07:00\",\"kay@example.org\","
                + "\"Inquiry status changed\",\"inquiry 12 (K7QM3XWP)\",\"NEW → CONTACTED\",\"203.0.113.9\"\r\n",
                csv);
    }

    @Test
    void missingValuesAreEmptyCells() {
        AuditEntry job = new AuditEntry(8, Instant.parse("2026-07-01T10:07:00Z"), "system", AuditAction.AUDIT_PURGED,
                null, null, null);

        String row = AuditCsv.of(List.of(job), DENVER).split("\r\n")[1];

        assertEquals("\"2026-07-01 04:07:00 -06:00\",\"system\",\"Old audit records deleted (retention)\","
                + "\"\",\"\",\"\"", row);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"})
    void aCellThatCouldRunAsAFormulaStartsWithAnApostrophe(String typed) {
        assertTrue(AuditCsv.quoted(typed).startsWith("\"'" + typed.charAt(0)), AuditCsv.quoted(typed));
    }

    @Test
    void otherCellsAreQuotedAsTheyAreWithInnerQuotesDoubled() {
        assertEquals("\"a=b\"", AuditCsv.quoted("a=b"));
        assertEquals("\"say \"\"hi\"\", then\r\nleave\"", AuditCsv.quoted("say \"hi\", then\r\nleave"));
        assertEquals("\"\"", AuditCsv.quoted(null));
    }
}
