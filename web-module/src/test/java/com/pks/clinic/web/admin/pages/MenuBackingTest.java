package com.pks.clinic.web.admin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import com.pks.clinic.content.api.NavigationChange;

class MenuBackingTest {

    @Test
    void aKeptMenuReadsInItsOrderWithItsSubPagesAndLabelsAndWithoutTheHiddenPages() {
        NavigationChange kept = new NavigationChange(7, """
                20 about "About us"
                10 home
                30 about/how-it-works "How it works"
                40 privacy [hidden]
                25 about/who-it-helps
                not a line""", "editor@clinic.test", Instant.EPOCH);

        assertEquals(List.of("/", "/about “About us”", "› /who-it-helps", "› /how-it-works “How it works”"),
                MenuBacking.readable(kept.places()));
    }
}
