package com.pks.clinic.web.admin.clinic;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

import com.pks.clinic.content.api.OpeningHours;

/** One line of the opening hours' form: a day, whether the clinic is open then, and from when to when. */
public class DayHours implements Serializable {

    private static final long serialVersionUID = 1L;

    private final DayOfWeek day;
    private boolean open;
    private String opens;
    private String closes;

    DayHours(DayOfWeek day, boolean open, String opens, String closes) {
        this.day = day;
        this.open = open;
        this.opens = opens;
        this.closes = closes;
    }

    /** The day's two-letter code, for the fields' ids: {@code mo}, {@code tu}, … */
    public String getCode() {
        return OpeningHours.code(day).toLowerCase(Locale.ROOT);
    }

    public String getName() {
        return day.getDisplayName(TextStyle.FULL, Locale.US);
    }

    DayOfWeek day() {
        return day;
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    public String getOpens() {
        return opens;
    }

    public void setOpens(String opens) {
        this.opens = opens;
    }

    public String getCloses() {
        return closes;
    }

    public void setCloses(String closes) {
        this.closes = closes;
    }
}
