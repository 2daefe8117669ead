package com.pks.clinic.inquiry.api;

/** How the person would like the clinic to reach them. */
public enum ContactPreference {
    PHONE,
    EMAIL
}
