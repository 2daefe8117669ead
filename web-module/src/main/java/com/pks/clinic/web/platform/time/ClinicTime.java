package com.pks.clinic.web.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import com.pks.clinic.web.site.PublicContent;

/**
 * Times as the clinic reads them, the one place the console writes them: in its own time zone
 * (the clinic's details say which; Missoula's by default) whatever the server's, such as "Dec 1, 2026, 9:41 AM" or
 * "3 hours ago".
 */
@Named
@ApplicationScoped
public class ClinicTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withLocale(Locale.US);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    Clock clock = Clock.systemUTC();

    @Inject
    private PublicContent content;

    /** The clinic's time zone, as its details in the console set it (held in memory with them). */
    public ZoneId zone() {
        return content.current().settings().zone();
    }

    /** The zone as people name it, such as "Mountain Time". */
    public String getZoneName() {
        return zone().getDisplayName(TextStyle.FULL, Locale.US);
    }

    /**
     * A time zone as a choice reads: "Mountain Time (Denver)", "Mountain Time (Phoenix, no daylight saving time)",
     * rather than its identifier.
     */
    public static String zoneLabel(String id) {
        ZoneId zone = ZoneId.of(id);
        String place = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
        String name = zone.getDisplayName(TextStyle.FULL, Locale.US);
        boolean noSummerTime = zone.getRules().getTransitionRules().isEmpty() && !zone.getRules().isFixedOffset();
        return name.equals(place) ? name : name + " (" + place + (noSummerTime ? ", no daylight saving time" : "") + ")";
    }

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.withZone(zone()).format(instant);
    }

    /** A day as the screens write it: "December 1, 2026"; empty for null. */
    public String day(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** How long ago, in words: "just now", "5 minutes ago", "3 hours ago", "2 days ago", or the date. */
    public String ago(Instant moment) {
        if (moment == null) {
            return "";
        }
        Duration past = Duration.between(moment, clock.instant());
        if (past.toMinutes() < 1) {
            return "just now";
        }
        if (past.toHours() < 1) {
            return plural(past.toMinutes(), "minute") + " ago";
        }
        if (past.toDays() < 1) {
            return plural(past.toHours(), "hour") + " ago";
        }
        return past.toDays() < 14 ? plural(past.toDays(), "day") + " ago" : "on " + DATE.withZone(zone()).format(moment);
    }

    /** The time for a {@code <time datetime>} attribute: ISO 8601 with the clinic's offset. */
    public String iso(Instant moment) {
        return moment == null ? ""
                : moment.truncatedTo(ChronoUnit.SECONDS).atZone(zone()).toOffsetDateTime().toString();
    }

    /** A moment as a screen writes it: in words, exactly, and for {@code <time datetime>}; null for null. */
    public Moment moment(Instant at) {
        return at == null ? null : new Moment(ago(at), format(at), iso(at));
    }

    /** A past moment in the three forms a screen needs. */
    public record Moment(String ago, String exact, String iso) {
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
