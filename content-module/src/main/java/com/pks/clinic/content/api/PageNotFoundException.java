package com.pks.clinic.content.api;

/** No published page has the slug asked for. */
public class PageNotFoundException extends ContentException {

    private static final long serialVersionUID = 1L;

    public PageNotFoundException(String slug) {
        super("No published page at /" + slug);
    }
}
