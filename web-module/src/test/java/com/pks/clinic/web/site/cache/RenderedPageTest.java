package com.pks.clinic.web.site.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RenderedPageTest {

    @Test
    void gzipIsTakenWhenNamedOrAllowedWithAQualityAboveZero() {
        for (String accepted : new String[] {"gzip", "gzip, deflate, br", "br;q=1.0, gzip;q=0.8", "GZIP; q=0.5",
                "*", "x-gzip"}) {
            assertTrue(RenderedPage.acceptsGzip(accepted), accepted);
        }
        for (String accepted : new String[] {null, "", "br", "gzip;q=0", "gzip; q=0.0", "*;q=0", "gzip;q=0, *",
                "identity"}) {
            assertFalse(RenderedPage.acceptsGzip(accepted), accepted);
        }
    }
}
