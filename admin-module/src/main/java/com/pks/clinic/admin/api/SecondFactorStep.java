package com.pks.clinic.admin.api;

/** What a sign-in needs after the password. */
public enum SecondFactorStep {
    /** Nothing: the account's roles read no inquiries and it has not set up a second factor. */
    NONE,
    /** A code from the authenticator app (or a recovery code). */
    CODE,
    /** Setting up an authenticator app first: every role that reads inquiries must. */
    ENROL
}
