package com.pks.clinic.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

/** A CSV export of the console as a download that no browser or proxy keeps, named by what it holds and the day. */
public final class CsvDownload {

    private CsvDownload() {
    }

    public static void send(HttpServletResponse response, String name, ZoneId zone, String csv) throws IOException {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "-" + LocalDate.now(zone)
                + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLengthLong(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
