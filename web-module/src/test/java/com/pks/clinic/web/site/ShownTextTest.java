package com.pks.clinic.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import com.pks.clinic.content.api.SiteSettings;

class ShownTextTest {

    private static final SiteSettings CLINIC = new SiteSettings("Clinic", "406-555-0142", null, "Missoula", "MT",
            null, null, null, "America/Denver", null, "https://clinic.example", null, null, null, 0);

    @Test
    void thePhoneTokenBecomesTheClinicsNumberAsALinkThatDialsIt() {
        assertEquals("<p>Call <a href=\"tel:+14065550142\">406-555-0142</a> or <a href=\"tel:+14065550142\">"
                + "406-555-0142</a>.</p>", ShownText.withPhone("<p>Call [phone] or [phone].</p>", CLINIC));
    }

    @Test
    void aTextWithoutTheTokenIsLeftAsItIs() {
        String text = "<p>Call us [at] the clinic.</p>";
        assertSame(text, ShownText.withPhone(text, CLINIC));
    }
}
