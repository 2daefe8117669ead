package com.pks.clinic.inquiry.api;

/** A consultation request from a patient or family, or a referral from a clinician. */
public enum InquiryKind {
    CONSULTATION,
    REFERRAL
}
