package com.pks.clinic.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.pks.clinic.content.api.SiteSettings;
import com.pks.clinic.web.site.media.Pictures;

/**
 * An editor's text as the public site shows it: {@code [phone]} becomes the clinic's number from its details, as a
 * link that dials it (so that a new number shows in every text at once; in a plain text, as words), and the
 * library's pictures are drawn ({@link Pictures}). The number is the one around the page ({@link SiteChrome}: the
 * published details, or the draft in the console's preview). The text was sanitized when it was stored.
 */
@Named
@ApplicationScoped
public class ShownText {

    /** What an editor writes where the clinic's phone number belongs. */
    public static final String PHONE = "[phone]";

    @Inject
    private SiteChrome chrome;

    @Inject
    private Pictures pictures;

    public String html(String sanitizedHtml) {
        if (sanitizedHtml == null) {
            return null;
        }
        return pictures.html(withPhone(sanitizedHtml, chrome.getSettings()));
    }

    /** A plain text (a description, a summary) with the clinic's number, as words, where it says {@code [phone]}. */
    public String plain(String text) {
        return text == null || !text.contains(PHONE) ? text : text.replace(PHONE, chrome.getSettings().phone());
    }

    /** The text with the clinic's number where it says {@code [phone]}. */
    static String withPhone(String html, SiteSettings clinic) {
        // the number is digits, spaces and a few signs (SiteSettings' rule), safe in markup as it is
        return html.contains(PHONE) ? html.replace(PHONE, "<a href=\"" + clinic.telephoneUri() + "\">"
                + clinic.phone() + "</a>") : html;
    }
}
