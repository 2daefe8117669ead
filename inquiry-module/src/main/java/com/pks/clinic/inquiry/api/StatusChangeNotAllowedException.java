package com.pks.clinic.inquiry.api;

/** The status cannot move that way (for example from New straight back to New). */
public class StatusChangeNotAllowedException extends InquiryException {

    private static final long serialVersionUID = 1L;

    private final InquiryStatus from;
    private final InquiryStatus to;

    public StatusChangeNotAllowedException(InquiryStatus from, InquiryStatus to) {
        super("An inquiry cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public InquiryStatus from() {
        return from;
    }

    public InquiryStatus to() {
        return to;
    }
}
