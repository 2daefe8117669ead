package com.pks.clinic.inquiry.internal.submit;

/** How soon the clinic should answer: an inquiry that shows signs of crisis is urgent. */
public enum Priority {
    URGENT,
    ROUTINE
}
