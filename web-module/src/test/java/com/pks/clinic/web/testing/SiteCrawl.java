package com.pks.clinic.web.testing;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows the running site's links from a few addresses, as a reader would (or, with a session cookie, a member of
 * staff): every address once, each with at most two query variants (enough to reach each kind of screen, not every
 * row of every list), and the resources the pages load.
 */
public final class SiteCrawl {

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/[^\"#]*)\"");
    private static final int LIMIT = 400;
    private static final int VARIANTS_PER_PATH = 2;

    private SiteCrawl() {
    }

    /**
     * Every response reached from the seeds by links that {@code follow} lets through, by address, in the order
     * they were fetched.
     */
    public static Map<String, HttpResponse<String>> from(RunningSite site, List<String> seeds,
                                                         Map<String, String> headers, Predicate<String> follow) {
        Map<String, HttpResponse<String>> crawled = new LinkedHashMap<>();
        Map<String, Integer> variants = new HashMap<>();
        Deque<String> waiting = new ArrayDeque<>(seeds);
        while (!waiting.isEmpty() && crawled.size() < LIMIT) {
            String path = waiting.poll().replace("&amp;", "&");
            String bare = path.replaceFirst("[?;].*", "");
            if (crawled.containsKey(path) || variants.merge(bare, 1, Integer::sum) > VARIANTS_PER_PATH) {
                continue;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.uri("") + path))
                    .timeout(Duration.ofSeconds(30));
            headers.forEach(request::header);
            HttpResponse<String> response = Http.send(request.build());
            crawled.put(path, response);
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                Matcher link = LINK.matcher(response.body());
                while (link.find()) {
                    if (follow.test(link.group(1)) || isResource(link.group(1))) {
                        waiting.add(link.group(1));
                    }
                }
            }
        }
        return crawled;
    }

    private static boolean isResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/media/") || path.startsWith("/editor/");
    }
}
