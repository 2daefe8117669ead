package com.pks.clinic.inquiry.api;

/** The inquiry key is missing, malformed or not the one the stored inquiries were encrypted with. */
public class InquiryKeyException extends InquiryException {

    private static final long serialVersionUID = 1L;

    public InquiryKeyException(String message) {
        super(message);
    }
}
