package com.pks.clinic.web.site;

import jakarta.faces.context.ExternalContext;
import org.omnifaces.util.Faces;

/**
 * HTTP validation of a page the browser may already hold: the response carries an ETag and must be revalidated;
 * a request whose If-None-Match names the same tag is answered 304 Not Modified without a body.
 */
final class ConditionalGet {

    private ConditionalGet() {
    }

    /** Sets the validator headers; true (and status 304 set) when the browser's copy is current. */
    static boolean notModified(String tag) {
        String etag = "\"" + tag + "\"";
        ExternalContext external = Faces.getExternalContext();
        external.setResponseHeader("ETag", etag);
        external.setResponseHeader("Cache-Control", "no-cache");
        String held = external.getRequestHeaderMap().get("If-None-Match");
        if (held != null && (held.equals(etag) || held.equals("W/" + etag))) {
            external.setResponseStatus(304);
            return true;
        }
        return false;
    }
}
