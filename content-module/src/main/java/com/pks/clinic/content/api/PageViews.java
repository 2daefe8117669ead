package com.pks.clinic.content.api;

/**
 * Counts what visitors read, without trackers: the public site reports each page it served, with the domain of the
 * site the reader came from. Held in memory and written to the database every ten seconds, so that counting costs a
 * page nothing; nothing about the reader is kept.
 */
public interface PageViews {

    /**
     * One view of this page.
     *
     * @param path           the page's public address, such as {@code /faq}
     * @param referrerDomain the domain of the site the reader came from, such as {@code google.com}, or {@code null}
     */
    void count(String path, String referrerDomain);
}
