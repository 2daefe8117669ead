package com.pks.clinic.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.pks.clinic.content.api.ConcurrentEditException;
import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.PageNotFoundException;
import com.pks.clinic.content.api.PageService;
import com.pks.clinic.content.api.PageUpdate;
import com.pks.clinic.content.api.PublishedPage;
import com.pks.clinic.web.testing.Deployments;

/**
 * The content service inside Payara, against the real Derby database that the migrations built and seeded.
 * Each test starts from whatever the page holds now, so the tests do not depend on their order.
 */
@ExtendWith(ArquillianExtension.class)
class PageServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.clinicSiteWith(PageServiceIT.class);
    }

    @Inject
    private PageService pages;

    @Test
    void theSeededHomePageIsPublished() {
        PublishedPage home = pages.getPublished("home");
        assertTrue(home.bodyHtml().contains("Thomas Insel"), home.bodyHtml());
        assertTrue(home.bodyHtml().contains("tel:+14068807571"), home.bodyHtml());
        assertFalse(home.title().isBlank());
    }

    @Test
    void anUpdateIsStoredSanitizedAndReadBack() {
        PublishedPage before = pages.getPublished("home");

        PublishedPage saved = pages.update("home", new PageUpdate("A changed title", "Changed description",
                "<p onclick=\"steal()\">Kind words</p><script>steal()</script>", before.version()));

        PublishedPage reread = pages.getPublished("home");
        assertEquals("A changed title", reread.title());
        assertEquals("<p>Kind words</p>", reread.bodyHtml());
        assertEquals(before.version() + 1, reread.version());
        assertEquals(saved, reread);
    }

    @Test
    void aSaveFromAStaleVersionIsRefusedAndChangesNothing() {
        PublishedPage current = pages.getPublished("home");

        assertThrows(ConcurrentEditException.class, () -> pages.update("home",
                new PageUpdate("Overwrite", null, "<p>lost</p>", current.version() - 1)));

        assertEquals(current, pages.getPublished("home"));
    }

    @Test
    void anInvalidUpdateIsRefusedByBeanValidation() {
        long version = pages.getPublished("home").version();
        InvalidContentException refused = assertThrows(InvalidContentException.class,
                () -> pages.update("home", new PageUpdate(" ", null, "<p>x</p>", version)));
        assertEquals(Set.of("title"), refused.problems().keySet());
        assertEquals(version, pages.getPublished("home").version(), "nothing was stored");
    }

    @Test
    void anUnknownSlugIsNotFound() {
        assertTrue(pages.findPublished("no-such-page").isEmpty());
        assertThrows(PageNotFoundException.class, () -> pages.getPublished("no-such-page"));
    }
}
