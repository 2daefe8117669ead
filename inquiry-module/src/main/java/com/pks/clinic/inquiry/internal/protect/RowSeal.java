package com.pks.clinic.inquiry.internal.protect;

/**
 * Encrypts and opens the personal fields of one row, each bound to its table, column and row. The entity that
 * owns the fields calls it where the row is known, which a JPA converter never is.
 */
public record RowSeal(String table, String row) {

    public String seal(String column, String plain) {
        return InquiryKeys.cipher().seal(plain, new StoredPlace(table, column, row));
    }

    public String open(String column, String stored) {
        return InquiryKeys.cipher().open(stored, new StoredPlace(table, column, row));
    }
}
