package com.pks.clinic.archfixture;

import com.pks.clinic.content.internal.page.DefaultPageService;

/** Uses the content module's implementation instead of its api: forbidden outside the content module. */
public class ReachesIntoContentInternals {

    public Object breach() {
        return new DefaultPageService();
    }
}
