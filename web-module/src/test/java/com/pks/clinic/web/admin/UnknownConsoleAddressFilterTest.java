package com.pks.clinic.web.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnknownConsoleAddressFilterTest {

    @Test
    void aConsoleScreenIsFoundAtItsOwnAddressOnlyAndThePublicPagesKeepTheirPaths() {
        assertFalse(UnknownConsoleAddressFilter.namesNoScreen("/admin/menu.xhtml", null));
        assertFalse(UnknownConsoleAddressFilter.namesNoScreen("/admin/index.xhtml", "/"), "the console's own folder");
        assertTrue(UnknownConsoleAddressFilter.namesNoScreen("/admin/index.xhtml", "/team"), "a mistyped screen");
        assertTrue(UnknownConsoleAddressFilter.namesNoScreen("/admin/menu.xhtml", "/x"), "more after a screen");
        assertFalse(UnknownConsoleAddressFilter.namesNoScreen("/index.xhtml", "/about-ketamine"), "a public page");
    }
}
