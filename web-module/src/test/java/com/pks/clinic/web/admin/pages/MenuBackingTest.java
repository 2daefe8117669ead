package com.pks.clinic.web.admin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import com.pks.clinic.content.api.NavigationChange;

class MenuBackingTest {

    @Test
    void aKeptMenuReadsInItsOrderByItsWordsWithItsSubPagesAndWithoutTheHiddenPages() {
        NavigationChange kept = new NavigationChange(7, """
                20 about "About us"
                10 home
                30 about/how-it-works "How it works"
                40 privacy [hidden]
                25 about/who-it-helps
                not a line""", "editor@clinic.test", Instant.EPOCH);

        assertEquals(List.of("Home", "About us", "› /who-it-helps", "› How it works"),
                MenuBacking.readable(kept.places(), Map.of("home", "Home", "about", "About the clinic",
                        "about/how-it-works", "How ketamine treatment works")),
                "by its own label, else the page's title, else the address of a page since deleted");
    }
}
