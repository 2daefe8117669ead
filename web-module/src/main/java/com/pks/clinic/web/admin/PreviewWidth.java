package com.pks.clinic.web.admin;

import org.omnifaces.util.Faces;

/**
 * The width a preview screen shows its draft at ({@code ?width=phone} or {@code desktop}): by default a phone's when
 * the console itself is opened on a phone (its browser says "Mobi", as iOS's and Android's do), else a desktop's.
 */
public final class PreviewWidth {

    private PreviewWidth() {
    }

    /** Whether this request's preview shows a phone's width. */
    public static boolean phone(String width) {
        return phone(width, Faces.getRequestHeader("User-Agent"));
    }

    static boolean phone(String width, String browser) {
        if (width != null && !width.isBlank()) {
            return "phone".equals(width);
        }
        return browser != null && browser.contains("Mobi");
    }
}
