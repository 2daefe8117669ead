package com.pks.clinic.admin.internal.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.pks.clinic.admin.api.AuditEntry;

/**
 * The audit log as CSV for a spreadsheet (RFC 4180, CRLF). UTF-8 with a byte-order mark, so that Excel reads every
 * script; every cell quoted; and a cell that a spreadsheet would take for a formula ({@code = + - @}, tab or carriage
 * return first) starts with an apostrophe instead: subjects and details are the site's own words, but hold names.
 */
final class AuditCsv {

    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r]");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private AuditCsv() {
    }

    static String of(List<AuditEntry> entries, ZoneId zone) {
        DateTimeFormatter when = WHEN.withZone(zone);
        return Stream.concat(
                        Stream.of(row("When (" + zone.getId() + ")", "Who", "What", "About", "Details", "From")),
                        entries.stream().map(e -> row(when.format(e.at()), e.actor(), e.action().label(),
                                e.subject(), e.detail(), e.address())))
                .collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
    }

    private static String row(String... cells) {
        return Stream.of(cells).map(AuditCsv::quoted).collect(Collectors.joining(","));
    }

    /** A cell in double quotes (inner ones doubled), defused if it could start a formula; {@code null} is empty. */
    static String quoted(String value) {
        String text = value == null ? "" : value;
        String safe = FORMULA_START.matcher(text).find() ? "'" + text : text;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
