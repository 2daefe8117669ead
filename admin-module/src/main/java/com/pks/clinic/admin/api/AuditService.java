package com.pks.clinic.admin.api;

/**
 * The audit log, for Administrators: searched, paged and exported; each read is itself recorded. No operation
 * changes or deletes a record; only the retention job removes those past the retention period (and records that).
 */
public interface AuditService {

    AuditPage search(AuditQuery query, int page, int size, String clientAddress);

    /** The matching records as CSV (UTF-8 with a byte-order mark, formula-safe). */
    String exportCsv(AuditQuery query, String clientAddress);
}
