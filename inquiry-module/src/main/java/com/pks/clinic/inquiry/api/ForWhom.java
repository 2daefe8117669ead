package com.pks.clinic.inquiry.api;

/** Who the consultation is for. */
public enum ForWhom {
    MYSELF,
    FAMILY_MEMBER
}
