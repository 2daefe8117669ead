package com.pks.clinic.inquiry.api;

/**
 * The key that protects inquiries at rest. The application asks it once the database is ready: a missing or wrong
 * key must stop inquiries from being stored, never lead to unreadable data.
 */
public interface InquiryEncryption {

    /**
     * Checks that the configured key is the one the stored inquiries were encrypted with (on an empty database,
     * records that it is).
     *
     * @throws InquiryKeyException when the key is missing, malformed or not the right one
     */
    void verify();
}
