package com.pks.clinic.inquiry.internal.export;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.pks.clinic.inquiry.api.InquiryDetail;

/**
 * Writes inquiries as CSV (RFC 4180, CRLF line ends) for a spreadsheet: UTF-8 with a byte-order mark so that Excel
 * reads names in every script, every cell quoted, and every cell that starts with {@code = + - @}, a tab or a
 * carriage return prefixed with an apostrophe, so that no submitted text can run as a formula.
 */
public final class CsvExport {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String HEADER = "Reference,Received,Kind,Status,Urgent,Name,Phone,E-mail,Preferred contact,"
            + "Best time to call,For whom,Message,Heard about us,Practice,Patient name,Patient phone,Patient e-mail,"
            + "Reason,Self-check";

    private CsvExport() {
    }

    public static String of(List<InquiryDetail> inquiries) {
        return BYTE_ORDER_MARK + HEADER + "\r\n" + inquiries.stream().map(CsvExport::row)
                .map(row -> row + "\r\n").collect(Collectors.joining());
    }

    private static String row(InquiryDetail i) {
        return Stream.of(i.reference(), i.receivedAt(), i.kind(), i.status(), i.urgent() ? "yes" : "no", i.name(),
                        i.phone(), i.email(), i.preferredContact(), i.bestTimeToCall(), i.forWhom(), i.message(),
                        i.heardAbout(), i.practice(), i.patientName(), i.patientPhone(), i.patientEmail(), i.reason(),
                        i.selfCheckResult())
                .map(value -> cell(value == null ? "" : value.toString()))
                .collect(Collectors.joining(","));
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        // every cell quoted: a spreadsheet that splits on ";" then still reads "x;=1+1" as one cell of text
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
