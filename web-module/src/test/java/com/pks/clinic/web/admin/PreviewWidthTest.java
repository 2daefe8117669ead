package com.pks.clinic.web.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A preview opened on a phone starts at a phone's width; the width asked for wins. */
class PreviewWidthTest {

    private static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
    private static final String ANDROID = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Mobile Safari/537.36";
    private static final String DESKTOP = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
            + "Gecko) Chrome/131.0.0.0 Safari/537.36";

    @Test
    void aPhoneStartsAtAPhonesWidthAndADesktopAtADesktops() {
        assertTrue(PreviewWidth.phone(null, IPHONE));
        assertTrue(PreviewWidth.phone("", ANDROID));
        assertFalse(PreviewWidth.phone(null, DESKTOP));
        assertFalse(PreviewWidth.phone(null, null), "a browser that names itself not");
    }

    @Test
    void theWidthAskedForWins() {
        assertFalse(PreviewWidth.phone("desktop", IPHONE));
        assertTrue(PreviewWidth.phone("phone", DESKTOP));
    }
}
