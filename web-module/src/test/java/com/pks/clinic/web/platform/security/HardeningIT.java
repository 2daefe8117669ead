package com.pks.clinic.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import com.pks.clinic.web.testing.ConsoleStaff;
import com.pks.clinic.web.testing.Http;
import com.pks.clinic.web.testing.RawHttp;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.SharedSite;
import com.pks.clinic.web.testing.SiteCrawl;

/**
 * What every response of the running site carries and what it never gives away, proven over a crawl: every public
 * page, feed and resource that the pages link to, the error pages, and every console screen an Administrator can
 * reach by its links. Then the probes: traversal into the application's own files, header injection, and the
 * sockets that the server's process listens on.
 */
@ExtendWith(SharedSite.class)
class HardeningIT {

    private static final Pattern SITEMAP_PAGE = Pattern.compile("<loc>https?://[^/<]+(/[^<]*)</loc>");
    private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b\\w+Exception\\b");
    private static final Pattern STACK_FRAME = Pattern.compile("\\tat [\\w.$]+\\(");

    /** Console links that a crawl must not follow: they end the session or send a file, never a screen. */
    private static final Predicate<String> NOT_A_SCREEN = path -> path.contains("sign-out") || path.contains("export")
            || path.startsWith("/admin/media/choices");

    @Test
    void everyPublicPageResourceAndErrorPageCarriesTheHeadersAndGivesNothingAway(RunningSite site) {
        List<String> seeds = new ArrayList<>(List.of("/", "/contact", "/refer", "/self-check", "/news", "/feed.xml",
                "/robots.txt", "/sitemap.xml", "/health", "/admin/sign-in", "/no-such-page", "/index.xhtml",
                "/contact/received", "/jakarta.faces.resource/no-such.css.xhtml?ln=css", "/admin", "/contact/"));
        Matcher listed = SITEMAP_PAGE.matcher(Http.get(site.uri("/sitemap.xml")).body());
        while (listed.find()) {
            seeds.add(listed.group(1));
        }
        Map<String, HttpResponse<String>> crawled = SiteCrawl.from(site, seeds, Map.of(), path -> !path.startsWith("/admin"));
        assertTrue(crawled.size() > 30, "the crawl reached the site: " + crawled.keySet());
        assertTrue(crawled.keySet().stream().anyMatch(path -> path.startsWith("/jakarta.faces.resource/")),
                "and its resources");
        List<Executable> checks = new ArrayList<>();
        crawled.forEach((path, response) -> checks.add(() -> assertProtected(path, response, false)));
        assertAll(checks.stream());
    }

    @Test
    void everyConsoleScreenCarriesTheHeadersAndIsNeverStored(RunningSite site, ConsoleStaff staff) {
        staff.admin().driver().get(site.uri("/admin/").toString());
        String session = staff.admin().driver().manage().getCookieNamed("JSESSIONID").getValue();
        Map<String, HttpResponse<String>> crawled = SiteCrawl.from(site, List.of("/admin/", "/admin/no-such-screen"),
                Map.of("Cookie", "JSESSIONID=" + session), path -> path.startsWith("/admin") && !NOT_A_SCREEN.test(path));
        assertTrue(crawled.size() > 25, "the crawl reached the console: " + crawled.keySet());
        assertTrue(crawled.get("/admin/").body().contains("Dashboard"), "signed in");
        List<Executable> checks = new ArrayList<>();
        crawled.forEach((path, response) -> checks.add(() -> assertProtected(path, response, true)));
        assertAll(checks.stream());
    }

    @Test
    void theApplicationsOwnFilesCannotBeReachedByAnyPath(RunningSite site) {
        for (String path : List.of("/WEB-INF/web.xml", "/WEB-INF/./web.xml", "/web-inf/web.xml", "/WEB-INF%2fweb.xml",
                "/META-INF/MANIFEST.MF", "/META-INF/microprofile-config.properties", "/resources/../WEB-INF/web.xml",
                "/%2e%2e/WEB-INF/web.xml", "/jakarta.faces.resource/../WEB-INF/web.xml",
                "/jakarta.faces.resource/web.xml.xhtml?ln=../WEB-INF", "/jakarta.faces.resource/web.xml.xhtml?ln=..%2fWEB-INF",
                "/jakarta.faces.resource/%2e%2e/WEB-INF/web.xml.xhtml", "/jakarta.faces.resource/WEB-INF/web.xml.xhtml",
                "/jakarta.faces.resource/MANIFEST.MF.xhtml?ln=../META-INF", "/media/../WEB-INF/web.xml",
                "/WEB-INF/classes/META-INF/persistence.xml", "/WEB-INF/lib/", "/contact.xhtml/../WEB-INF/web.xml")) {
            HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(site.uri("") + path))
                    .timeout(Duration.ofSeconds(30)).build());
            assertAll(path,
                    () -> assertTrue(response.statusCode() >= 300, path + " answered " + response.statusCode()),
                    () -> assertFalse(response.body().contains("<web-app") || response.body().contains("Manifest-Version")
                            || response.body().contains("persistence-unit") || response.body().contains("clinic.data.dir"),
                            path + " gave a file away"),
                    () -> assertGivesNothingAway(path, response));
        }
    }

    @Test
    void noHeaderCanBeInjectedThroughAnAddress(RunningSite site) {
        for (String path : List.of("/index.xhtml?x=%0d%0aX-Injected:%20yes", "/contact?ref=%0d%0aX-Injected:%20yes",
                "/no-such%0d%0aX-Injected:%20yes", "/index.xhtml%0d%0aX-Injected:%20yes",
                "/contact/received?ref=A%0aX-Injected:yes", "/admin/pages/edit?slug=%0d%0aX-Injected:%20yes")) {
            HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(site.uri("") + path))
                    .timeout(Duration.ofSeconds(30)).build());
            assertAll(path,
                    () -> assertTrue(response.headers().firstValue("X-Injected").isEmpty(), response.headers().toString()),
                    () -> assertFalse(response.headers().map().values().stream().flatMap(List::stream)
                            .anyMatch(value -> value.contains("\r") || value.contains("\n")), "a header holds a line break"),
                    () -> assertGivesNothingAway(path, response));
        }
    }

    /** Addresses no browser sends get an answer that names nothing of the server, and the site keeps serving. */
    @Test
    void malformedAddressesGiveNothingAway(RunningSite site) {
        for (String target : List.of("/%zz", "/contact?%zz", "/a%00b", "/%c0%ae%c0%ae/WEB-INF/web.xml",
                "/%ff%fe%fd", "/contact?name=%ff%c0%af", "/\u00e9", "/" + "a".repeat(9000), "/..%c0%af..%c0%afetc/passwd",
                "/jakarta.faces.resource/%c0%ae%c0%ae/WEB-INF/web.xml.xhtml", "*", "/contact?x=\r\nX-Injected:yes")) {
            RawHttp.Response response = RawHttp.get(site, target);
            String shown = target.length() > 60 ? target.substring(0, 60) + "…" : target;
            assertAll(shown,
                    () -> assertTrue(response.status() < 500, shown + " answered " + response.status()),
                    () -> assertTrue(response.header("Server").isEmpty() && response.header("X-Powered-By").isEmpty()),
                    () -> assertTrue(response.header("X-Injected").isEmpty()),
                    () -> assertFalse(EXCEPTION_NAME.matcher(response.body()).find(), response.body()),
                    () -> assertFalse(STACK_FRAME.matcher(response.body()).find(), response.body()),
                    () -> assertFalse(response.body().contains("Payara") || response.body().contains("GlassFish")
                            || response.body().contains("Grizzly"), response.body()),
                    () -> assertFalse(response.body().contains("<web-app") || response.body().contains("root:")));
        }
        assertEquals(200, Http.get(site.uri("/")).statusCode(), "the site keeps serving");
    }

    @Test
    void tracingIsRefused(RunningSite site) {
        HttpResponse<String> trace = Http.send(HttpRequest.newBuilder(site.uri("/"))
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).header("X-Secret", "echo me").build());
        assertTrue(trace.statusCode() >= 400, "TRACE answered " + trace.statusCode());
        assertFalse(trace.body().contains("echo me"), "the request was echoed");
    }

    /**
     * Nothing of the server listens on any port but the site's: no admin listener, no JMX, no data grid (read from
     * the sockets that the server's own process holds, TCP and UDP, IPv4 and IPv6); and, run as the README says to
     * run it behind a proxy ({@code CLINIC_LISTEN_ADDRESS=127.0.0.1}), on the loopback address alone.
     */
    @Test
    void theServerListensOnItsOwnPortAlone(RunningSite site) throws IOException {
        Set<String> sockets = socketInodes(site.pid());
        Set<String> listening = new TreeSet<>();
        Set<InetAddress> addresses = new HashSet<>();
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            List<String> rows = Files.readAllLines(Path.of("/proc", Long.toString(site.pid()), "net", table));
            for (String row : rows.subList(1, rows.size())) {
                String[] column = row.trim().split("\\s+");
                boolean tcpListening = table.startsWith("tcp") && column[3].equals("0A");
                boolean udpBound = table.startsWith("udp");
                if ((tcpListening || udpBound) && sockets.contains(column[9])) {
                    listening.add(table.replace("6", "") + ":" + Integer.parseInt(column[1].split(":")[1], 16));
                    addresses.add(address(column[1].split(":")[0]));
                }
            }
        }
        assertEquals(Set.of("tcp:" + site.port()), listening);
        assertTrue(addresses.stream().allMatch(InetAddress::isLoopbackAddress), "listens on " + addresses);
    }

    /** An address as the kernel's tables write it: hexadecimal, in 32-bit words of the machine's byte order. */
    private static InetAddress address(String hex) throws IOException {
        byte[] bytes = HexFormat.of().parseHex(hex);
        for (int word = 0; word < bytes.length; word += 4) {
            for (int i = 0; i < 2; i++) {
                byte swapped = bytes[word + i];
                bytes[word + i] = bytes[word + 3 - i];
                bytes[word + 3 - i] = swapped;
            }
        }
        return InetAddress.getByAddress(bytes);
    }

    private static Set<String> socketInodes(long pid) throws IOException {
        Set<String> inodes = new TreeSet<>();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path descriptor : descriptors.toList()) {
                try {
                    String target = Files.readSymbolicLink(descriptor).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while it was listed
                }
            }
        }
        return inodes;
    }

    private static void assertProtected(String path, HttpResponse<String> response, boolean console) {
        String policy = header(response, "Content-Security-Policy").orElse("");
        boolean editor = path.startsWith("/admin/pages/edit") || path.startsWith("/admin/lists/edit");
        boolean preview = path.matches("/admin/(pages|lists|clinic)/draft.*");
        boolean resource = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/editor/")
                || path.startsWith("/media/"); // the public pictures, which the console's library shows too
        boolean holdsWhatPeopleTyped = !resource && (console || path.startsWith("/contact")
                || path.startsWith("/refer") || path.startsWith("/self-check"));
        assertAll(path + " (" + response.statusCode() + ")",
                () -> assertTrue(policy.contains("default-src 'self'") && policy.contains("object-src 'none'"), policy),
                () -> assertFalse(policy.contains("unsafe-eval"), policy),
                () -> assertFalse(policy.matches(".*script-src[^;]*unsafe-inline.*"), policy),
                () -> assertTrue(editor || !policy.contains("unsafe-inline"), "inline styles only in the editor"),
                () -> assertTrue(policy.contains(preview ? "frame-ancestors 'self'" : "frame-ancestors 'none'"), policy),
                () -> assertEquals(Optional.of("nosniff"), header(response, "X-Content-Type-Options")),
                () -> assertEquals(Optional.of("no-referrer"), header(response, "Referrer-Policy")),
                () -> assertTrue(header(response, "Permissions-Policy").orElse("").contains("camera=()")),
                () -> assertTrue(!holdsWhatPeopleTyped
                        || header(response, "Cache-Control").orElse("").contains("no-store"), "no-store"),
                () -> assertGivesNothingAway(path, response));
    }

    /** No server details in the headers, and in a document (not a script, whose library may name its errors) none of a failure. */
    private static void assertGivesNothingAway(String path, HttpResponse<String> response) {
        String type = header(response, "Content-Type").orElse("");
        String body = type.contains("javascript") || type.contains("css") ? "" : response.body();
        Matcher exception = EXCEPTION_NAME.matcher(body);
        assertAll(path,
                () -> assertTrue(header(response, "Server").isEmpty(), "Server header"),
                () -> assertTrue(header(response, "X-Powered-By").isEmpty(), "X-Powered-By header"),
                () -> assertFalse(exception.find(), () -> "names an exception: " + exception.group()),
                () -> assertFalse(STACK_FRAME.matcher(body).find(), "holds a stack frame"),
                () -> assertFalse(body.contains("Payara") || body.contains("GlassFish") || body.contains("Grizzly")
                        || body.contains("Mojarra"), "names the server"));
    }

    private static Optional<String> header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name);
    }
}
