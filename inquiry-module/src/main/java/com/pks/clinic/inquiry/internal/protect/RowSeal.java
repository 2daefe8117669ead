package com.pks.clinic.inquiry.internal.protect;

/**
 * Encrypts and opens the personal fields of one row, each bound to its table, column and row. The entity that
 * owns the fields calls it where the row is known, which a JPA converter never is.
 */
public record RowSeal(String table, String row) {

    /** An inquiry's fields, bound to its reference. */
    public static RowSeal ofInquiry(String reference) {
        return new RowSeal("inquiry_request", reference);
    }

    /** A note's text, bound to its inquiry and to the note's own random name: notes cannot trade texts. */
    public static RowSeal ofNote(String reference, String sealId) {
        return new RowSeal("inquiry_note", reference + "/" + sealId);
    }

    /** A staff message belongs to no inquiry: its fields are bound to a random name of its own row. */
    public static RowSeal ofStaffMessage(String sealId) {
        return new RowSeal("inquiry_notification", sealId);
    }

    public String seal(String column, String plain) {
        return InquiryKeys.cipher().seal(plain, new StoredPlace(table, column, row));
    }

    public String open(String column, String stored) {
        return InquiryKeys.cipher().open(stored, new StoredPlace(table, column, row));
    }

    /** A value of the first format sealed again, bound to its place here; any other value as it was. */
    String bind(String column, String stored) {
        return FieldCipher.isUnbound(stored)
                ? seal(column, InquiryKeys.cipher().openFirstFormat(stored)) : stored;
    }
}
