package com.pks.clinic.inquiry.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.pks.clinic.inquiry.api.ContactPreference;
import com.pks.clinic.inquiry.api.ForWhom;
import com.pks.clinic.inquiry.api.InquiryDetail;
import com.pks.clinic.inquiry.api.InquiryKind;
import com.pks.clinic.inquiry.api.InquiryStatus;

class CsvExportTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"})
    void cellsThatASpreadsheetWouldRunAreNeutralized(String hostile) {
        String cell = CsvExport.cell(hostile);
        assertTrue(cell.startsWith("\"'"), cell);
    }

    @Test
    void everyCellIsQuotedSoThatNoSpreadsheetSplitsOrRunsIt() {
        assertEquals("\"Zoë O’Brien\"", CsvExport.cell("Zoë O’Brien"));
        assertEquals("\"406-880-7571\"", CsvExport.cell("406-880-7571"));
        assertEquals("\"Missoula, MT\"", CsvExport.cell("Missoula, MT"));
        assertEquals("\"She said \"\"hello\"\"\"", CsvExport.cell("She said \"hello\""));
        assertEquals("\"two\nlines\"", CsvExport.cell("two\nlines"));
        assertEquals("\"x;=1+1\"", CsvExport.cell("x;=1+1"), "one cell where a spreadsheet splits on semicolons");
    }

    @Test
    void theFileStartsWithAByteOrderMarkAndAHeaderAndHasOneRowPerInquiry() {
        InquiryDetail inquiry = new InquiryDetail(1, "ABCD2345", InquiryKind.CONSULTATION, InquiryStatus.NEW, true,
                Instant.parse("2026-11-27T10:00:00Z"), "山田 太郎", "+81 3 1234 5678", null, ContactPreference.PHONE,
                null, ForWhom.MYSELF, "=cmd|' /C calc'!A0", null, false, null, null, null, null, null, null, List.of(),
                List.of(), 0);
        String csv = CsvExport.of(List.of(inquiry));
        assertTrue(csv.startsWith("\uFEFFReference,Received,"), csv);
        String[] lines = csv.split("\r\n");
        assertEquals(2, lines.length);
        assertTrue(lines[1].startsWith("\"ABCD2345\",\"2026-11-27T10:00:00Z\",\"CONSULTATION\",\"NEW\",\"yes\","
                + "\"山田 太郎\","), lines[1]);
        assertTrue(lines[1].contains(",\"'=cmd|' /C calc'!A0\","), lines[1]);
    }
}
