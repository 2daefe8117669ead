package com.pks.clinic.inquiry.api;

import java.util.List;

/** One page of a filtered inquiry list, newest first, with the total count for paging. */
public record InquiryPage(List<InquirySummary> items, int page, int size, long total) {
}
