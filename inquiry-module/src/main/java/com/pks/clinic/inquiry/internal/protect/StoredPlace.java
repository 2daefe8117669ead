package com.pks.clinic.inquiry.internal.protect;

import java.nio.charset.StandardCharsets;

/**
 * Where an encrypted value is stored: its table, its column and the row it belongs to (an inquiry's reference,
 * for its notes too). It is the value's AES-GCM associated data, so the value opens only where it was written.
 */
public record StoredPlace(String table, String column, String row) {

    byte[] associatedData() {
        return (table + "\u0000" + column + "\u0000" + row).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return table + "." + column; // never the row: an inquiry's reference is not for the log
    }
}
