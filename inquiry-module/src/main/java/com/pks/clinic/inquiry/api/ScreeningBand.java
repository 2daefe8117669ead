package com.pks.clinic.inquiry.api;

/** Where a questionnaire's total falls, with the words a result says it in. */
public enum ScreeningBand {
    MINIMAL("minimal"),
    MILD("mild"),
    MODERATE("moderate"),
    MODERATELY_SEVERE("moderately severe"),
    SEVERE("severe"),
    /** PCL-5 at or above its cut-off. */
    PROBABLE_PTSD("suggests probable PTSD"),
    /** PCL-5 below its cut-off. */
    BELOW_PTSD_RANGE("below the range that suggests PTSD");

    private final String words;

    ScreeningBand(String words) {
        this.words = words;
    }

    /** As a result says it: "moderately severe". */
    public String words() {
        return words;
    }
}
