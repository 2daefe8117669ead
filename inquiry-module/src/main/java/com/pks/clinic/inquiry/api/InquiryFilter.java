package com.pks.clinic.inquiry.api;

/**
 * Which inquiries to list; {@code null} fields do not filter.
 *
 * @param urgentOnly only inquiries marked urgent
 */
public record InquiryFilter(InquiryStatus status, InquiryKind kind, boolean urgentOnly) {

    public static final InquiryFilter ALL = new InquiryFilter(null, null, false);
}
