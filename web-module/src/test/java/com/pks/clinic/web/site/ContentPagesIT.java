package com.pks.clinic.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.pks.clinic.web.testing.Http;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.SharedSite;

/** Every seeded page at its clean URL, with its content, the menu and the crisis line. */
@ExtendWith(SharedSite.class)
class ContentPagesIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/about-ketamine     | About ketamine                              | World Health Organization",
        "/how-it-may-work    | How ketamine may work                       | research",
        "/how-it-differs     | How ketamine differs from other medicines   | SSRIs",
        "/who-it-may-help    | Who ketamine may help                       | Bipolar depression",
        "/what-to-expect     | What to expect                              | consultation",
        "/cost-and-insurance | Cost and insurance                          | insurance",
        "/faq                | Questions and answers                       | What if I am in crisis right now?",
        "/our-team           | Our team                                    | Kay Jennings",
        "/for-providers      | For referring providers                     | refer",
        "/privacy            | Privacy notice                              | tracker",
        "/accessibility      | Accessibility statement                     | WCAG 2.1",
    })
    void eachPageIsAtItsCleanUrl(String path, String title, String expectedText, RunningSite site) {
        HttpResponse<String> page = Http.get(site.uri(path));
        assertEquals(200, page.statusCode(), path);
        String body = page.body();
        assertTrue(body.contains("<h1>" + title + "</h1>"), path + " has its title");
        assertTrue(body.contains(expectedText), path + " mentions " + expectedText);
        assertTrue(body.contains("href=\"tel:988\""), path + " has the crisis line");
        assertTrue(page.headers().firstValue("Content-Security-Policy").isPresent(), path + " has the security headers");
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), path + " sets no cookie");
        assertTrue(body.contains("<nav id=\"site-nav\" class=\"site-nav\" aria-label=\"Main\">"), path + " has the menu");
        assertFalse(body.replace("<script type=\"application/ld+json\">", "")
                        .replaceAll("<script src=\"/jakarta\\.faces\\.resource/js/menu\\.js[^\"]*\"></script>", "")
                        .contains("<script"),
                path + " runs no script but the site's own menu script");
    }

    @Test
    void theTeamPageListsBothCliniciansWithCredentials(RunningSite site) {
        String body = Http.get(site.uri("/our-team")).body();
        assertTrue(body.contains("Kay Jennings<span class=\"credentials\">, BSN, MHSA, MSN, PMHNP-BC</span>"), body);
        assertTrue(body.contains("William D. Stratford<span class=\"credentials\">, MD, FAPA</span>"), body);
    }

    @Test
    void theConditionsPageListsEachConditionOnceWithAPageOfItsOwn(RunningSite site) {
        Document page = Jsoup.parse(Http.get(site.uri("/who-it-may-help")).body());
        for (String condition : new String[] {"Treatment-resistant depression", "Bipolar depression",
                "Suicidal depression"}) {
            List<Element> links = page.select(".conditions h3 a").stream()
                    .filter(link -> link.text().equals(condition)).toList();
            assertEquals(1, links.size(), condition);
            String own = links.get(0).attr("href");
            assertTrue(own.startsWith("/who-it-may-help/"), own);
            String itsPage = Http.get(site.uri(own)).body();
            assertTrue(itsPage.contains("<h1>" + condition + "</h1>")
                    && itsPage.contains("\"@type\":\"MedicalCondition\""), own);
        }
    }

    @Test
    void theMenuNestsTheKetaminePages(RunningSite site) {
        String body = Http.get(site.uri("/")).body();
        int about = body.indexOf("href=\"/about-ketamine\"");
        int submenu = body.indexOf("<ul class=\"submenu\"", about);
        int howItWorks = body.indexOf("href=\"/how-it-may-work\"", submenu);
        assertTrue(about > 0 && submenu > about && howItWorks > submenu, "How it may work is nested under About");
        assertTrue(body.contains("href=\"/privacy\""), "the footer links the privacy notice");
    }

    @Test
    void theHomeSlugRedirectsToTheRootAndUnknownPathsAre404(RunningSite site) {
        HttpResponse<String> home = Http.get(site.uri("/home"));
        assertEquals(301, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElseThrow().endsWith("/"));

        for (String path : new String[] {"/no-such-page", "/about-ketamine/extra"}) {
            HttpResponse<String> missing = Http.get(site.uri(path));
            assertEquals(404, missing.statusCode(), path);
            assertTrue(missing.body().contains("href=\"tel:988\""), path);
        }
    }
}
