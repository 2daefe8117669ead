package com.pks.clinic.content.api;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The clinic's opening hours: for each day it is open, when it opens and closes. Stored in the short form that
 * schema.org's {@code openingHours} uses ({@code Mo 09:00-17:00;Tu 09:00-17:00}), shown to people grouped
 * ("Monday to Friday: 9:00 AM to 5:00 PM"), and given to search engines as {@code OpeningHoursSpecification}.
 */
public record OpeningHours(List<Day> days) {

    /** One or more days in the stored form; the service refuses anything else. */
    public static final String FORMAT = "((Mo|Tu|We|Th|Fr|Sa|Su) [0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9];?)*";

    private static final List<String> CODES = List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    /** One open day. */
    public record Day(DayOfWeek day, LocalTime opens, LocalTime closes) {

        public String code() {
            return OpeningHours.code(day);
        }
    }

    /** The day's two letters in the stored form: {@code Mo}, {@code Tu}, … */
    public static String code(DayOfWeek day) {
        return CODES.get(day.getValue() - 1);
    }

    /** The hours in the stored form, or empty hours for {@code null}, blank or text that is not in that form. */
    public static OpeningHours parse(String stored) {
        if (stored == null || stored.isBlank() || !stored.matches(FORMAT)) {
            return new OpeningHours(List.of());
        }
        List<Day> days = new ArrayList<>();
        for (String part : stored.split(";")) {
            String[] dayAndTimes = part.strip().split(" ");
            String[] times = dayAndTimes[1].split("-");
            days.add(new Day(DayOfWeek.of(CODES.indexOf(dayAndTimes[0]) + 1), LocalTime.parse(times[0]),
                    LocalTime.parse(times[1])));
        }
        return new OpeningHours(List.copyOf(days));
    }

    /** A problem with stored hours in words, or empty when they are fine. */
    public static Optional<String> problem(String stored) {
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        if (!stored.matches(FORMAT)) {
            return Optional.of("Give each day's hours as times, such as 09:00 and 17:00.");
        }
        try {
            for (Day day : parse(stored).days()) {
                if (!day.closes().isAfter(day.opens())) {
                    return Optional.of("On " + name(day.day()) + " the closing time must come after the opening time.");
                }
            }
        } catch (RuntimeException badTime) {
            return Optional.of("Give each day's hours as times between 00:00 and 23:59.");
        }
        return Optional.empty();
    }

    public String stored() {
        return days.stream().map(d -> d.code() + " " + d.opens() + "-" + d.closes()).collect(Collectors.joining(";"));
    }

    public Optional<Day> on(DayOfWeek day) {
        return days.stream().filter(open -> open.day() == day).findFirst();
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    /** The hours for people: days with the same hours in one line, such as "Monday to Friday: 9:00 AM to 5:00 PM". */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && sameHours(days.get(j + 1), days.get(i))
                    && days.get(j + 1).day().getValue() == days.get(j).day().getValue() + 1) {
                j++;
            }
            Day first = days.get(i);
            String span = j == i ? name(first.day()) : name(first.day()) + (j == i + 1 ? " and " : " to ")
                    + name(days.get(j).day());
            lines.add(span + ": " + SHOWN.format(first.opens()) + " to " + SHOWN.format(first.closes()));
            i = j + 1;
        }
        return lines;
    }

    /** The days in week order, whatever order they were given in. */
    public OpeningHours sorted() {
        return new OpeningHours(days.stream().sorted((a, b) -> a.day().compareTo(b.day())).toList());
    }

    private static boolean sameHours(Day a, Day b) {
        return a.opens().equals(b.opens()) && a.closes().equals(b.closes());
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.US);
    }

    /** Every day of the week, Monday first, for a form with one line a day. */
    public static List<DayOfWeek> week() {
        return Arrays.asList(DayOfWeek.values());
    }
}
