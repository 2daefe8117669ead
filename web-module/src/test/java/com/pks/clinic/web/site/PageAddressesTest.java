package com.pks.clinic.web.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageAddressesTest {

    @Test
    void pagesAndTheirEntriesHaveCleanAddresses() {
        for (String page : new String[] {"/", "/faq", "/who-it-may-help", "/news/open-on-saturdays"}) {
            assertTrue(PageAddresses.isPublicPage(page), page);
        }
    }

    @Test
    void otherSpellingsFilesAndTheConsoleAreNot() {
        for (String other : new String[] {"/faq/", "/FAQ", "/faq.xhtml", "/a/b/c", "/admin", "/admin/lists",
                "/media/1/aaaaaaaaaaaa/320.jpg", "/feed.xml", "/-faq", "/faq--x"}) {
            assertFalse(PageAddresses.isPublicPage(other), other);
        }
    }
}
