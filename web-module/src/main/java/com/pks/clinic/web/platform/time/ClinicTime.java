package com.pks.clinic.web.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Times as the clinic reads them: in its own time zone ({@code clinic.time-zone}, Missoula's by default), whatever
 * the server's zone, such as "Dec 1, 2026, 9:41 AM".
 */
@Named
@ApplicationScoped
public class ClinicTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withLocale(Locale.US);

    @Inject
    @ConfigProperty(name = "clinic.time-zone", defaultValue = "America/Denver")
    String timeZone;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.withZone(zone()).format(instant);
    }
}
