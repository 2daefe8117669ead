package com.pks.clinic.content.api;

/** The counts of what visitors read ({@link PageViews}), for staff. */
public interface ReadershipService {

    /** The last {@code days} days, today included; at most the ten most read pages and referring sites. */
    Readership lastDays(int days);
}
