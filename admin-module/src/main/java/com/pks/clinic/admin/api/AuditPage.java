package com.pks.clinic.admin.api;

import java.util.List;

/** One page of audit records, newest first; {@code page} counts from 0. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
