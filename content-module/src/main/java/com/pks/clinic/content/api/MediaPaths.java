package com.pks.clinic.content.api;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses of the library's pictures: {@code /media/<id>/<fingerprint>/<width>.jpg} (or {@code .png}). A page's
 * text and a list entry refer to a picture by one of them; the site finds the picture by its number.
 */
public final class MediaPaths {

    private static final Pattern PATH = Pattern.compile("/media/([0-9]{1,18})/([0-9a-f]{12})/([0-9]{1,5})\\.(jpg|png)");

    private MediaPaths() {
    }

    public static String of(long id, String fingerprint, int width, String contentType) {
        return "/media/" + id + "/" + fingerprint + "/" + width + ("image/png".equals(contentType) ? ".png" : ".jpg");
    }

    /** The picture's number when this is the address of a library picture. */
    public static Optional<Long> idOf(String path) {
        Matcher m = path == null ? null : PATH.matcher(path);
        return m != null && m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** The parts of a library address: number, fingerprint and width. */
    public static Optional<Request> parse(String path) {
        Matcher m = path == null ? null : PATH.matcher(path);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Request(Long.parseLong(m.group(1)), m.group(2), Integer.parseInt(m.group(3))));
    }

    /** One file asked for by its address. */
    public record Request(long id, String fingerprint, int width) {
    }
}
