package com.pks.clinic.content.internal.media;

import java.util.List;

/**
 * An uploaded picture as it will be stored: its clean size and its variants, narrowest first (the widest is the
 * picture at its own size, or at the widest size served).
 */
record Intake(String contentType, int width, int height, List<Variant> variants) {

    record Variant(int width, int height, byte[] bytes) {
    }
}
