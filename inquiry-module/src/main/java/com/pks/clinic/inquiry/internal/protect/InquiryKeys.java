package com.pks.clinic.inquiry.internal.protect;

import com.pks.clinic.inquiry.api.InquiryKeyException;

/**
 * The application's one cipher for inquiries, built from the configured keys on first use. The persistence
 * provider creates converters itself, so they reach the keys here rather than by injection.
 *
 * <p>Inquiries are encrypted and read only once the key has been proven against the stored ones at start-up
 * ({@link DefaultInquiryEncryption}): an inquiry stored under a wrong or newly generated key could never be read
 * with the right one, so until then a submission fails (and the person is asked to call) instead.
 */
public final class InquiryKeys {

    private static volatile FieldCipher cipher;
    private static volatile boolean proven;

    private InquiryKeys() {
    }

    /** The cipher for inquiries' fields, once the key is proven. */
    public static FieldCipher cipher() {
        if (!proven) {
            throw new InquiryKeyException("The inquiry key has not been proven against the stored inquiries");
        }
        return unproven();
    }

    /** The cipher of the configured key, whether or not it is the right one: for the proof itself. */
    static FieldCipher unproven() {
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

    static void proven() {
        proven = true;
    }
}
