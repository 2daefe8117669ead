package com.pks.clinic.inquiry.internal.protect;

/**
 * The application's one cipher for inquiries, built from the configured keys on first use. The persistence
 * provider creates converters itself, so they reach the keys here rather than by injection.
 */
public final class InquiryKeys {

    private static volatile FieldCipher cipher;

    private InquiryKeys() {
    }

    public static FieldCipher cipher() {
        FieldCipher current = cipher;
        if (current == null) {
            synchronized (InquiryKeys.class) {
                if (cipher == null) {
                    cipher = new FieldCipher(Keyring.fromConfiguration());
                }
                current = cipher;
            }
        }
        return current;
    }
}
