package com.pks.clinic.admin.internal.twofactor;

/**
 * Base32 as RFC 4648 spells it, without padding: how authenticator apps take a secret that is typed rather than
 * scanned (shown in groups of four so that it can be read off a screen).
 */
public final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    public static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    /** The same, in groups of four letters: {@code JBSW Y3DP …}. */
    public static String grouped(byte[] bytes) {
        return encode(bytes).replaceAll("(.{4})(?!$)", "$1 ");
    }
}
