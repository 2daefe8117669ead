package com.pks.clinic.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;

import com.pks.clinic.web.testing.Browser;
import com.pks.clinic.web.testing.ConsultationForm;
import com.pks.clinic.web.testing.Folders;
import com.pks.clinic.web.testing.FormRegistry;
import com.pks.clinic.web.testing.FormRegistry.Form;
import com.pks.clinic.web.testing.Http;
import com.pks.clinic.web.testing.PageForm;
import com.pks.clinic.web.testing.RawHttp;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.SiteCrawl;
import com.pks.clinic.web.testing.StaffSignIn;
import com.pks.clinic.web.testing.TestSettings;

/**
 * Hostile input in every registered form ({@link FormRegistry}) of the site and of the console: script and markup in
 * text, in attributes and in addresses, expression-language and SQL-looking text, path traversal, line breaks that
 * would start a header, a null character and oversize values; then bodies of the wrong type, oversize and invalid
 * UTF-8. Nothing executes (no page of the site or the console holds the markup afterwards), no answer names an
 * exception, a stack frame or the server, none is a 500, and the site keeps serving. CI takes a sample of the corpus
 * into all of a form's fields at once; {@code -Dhostile.corpus=full} takes the whole corpus, field by field. Runs its
 * own server: it changes whatever the forms let it.
 */
class HostileInputIT {

    private static final String PASSWORD = "quiet river lantern morning";
    private static final String ADMIN = "hostile-admin@clinic.test";

    /** Each names itself "hostile" so that a page holding it as markup is found afterwards. */
    private static final List<String> SAMPLE = List.of(
            "<script>alert('hostile-1')</script>",
            "\"><img src=x onerror=alert('hostile-2')>",
            "javascript:alert('hostile-3')",
            "#{facesContext.externalContext.sessionMap} ${7*7} hostile-4",
            "hostile-5' OR '1'='1'; DROP TABLE inquiry_request; --",
            "../../../../etc/passwd\u0000hostile-6",
            "hostile-7\r\nX-Injected: yes",
            "hostile-8 " + "A".repeat(20_000));

    private static final List<String> MORE = List.of(
            "<svg/onload=alert('hostile-9')>",
            "<a href=\"javascript:alert('hostile-10')\">x</a>",
            "<iframe src=\"https://elsewhere.example\"></iframe>hostile-11",
            "'\"><script src=//elsewhere.example/hostile-12.js></script>",
            "<style>@import 'https://elsewhere.example/hostile-13.css'</style>",
            "hostile-14 %0d%0aSet-Cookie:%20a=b",
            "..%2f..%2f..%2fWEB-INF%2fweb.xml hostile-15",
            "hostile-16 \u202e\u0000\ufeff\ud83d\ude00 \u00e9\u00e8",
            "<!--#exec cmd=\"/bin/id\"--> hostile-17",
            "{{7*7}} <%= 7*7 %> hostile-18",
            "hostile-19'; SELECT * FROM admin_account; --",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert('hostile-20')>",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgnaG9zdGlsZS0yMScpPC9zY3JpcHQ+",
            "hostile-22 " + "\u00e9".repeat(60_000));

    private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b\\w+Exception\\b");
    private static final Pattern STACK_FRAME = Pattern.compile("\\tat [\\w.$]+\\(");

    private static RunningSite site;
    private static String cookie;
    private static String reference;

    @BeforeAll
    static void aSiteOfItsOwnWithAnAdministratorAndAnInquiry() throws Exception {
        Path data = TestSettings.dataDirectory("hostile");
        Folders.wipe(data);
        site = RunningSite.start(data);
        try (Browser browser = Browser.ofSize(1280, 900)) {
            StaffSignIn.setUpFirstAdministrator(browser, site, "Harper Hostile", ADMIN, PASSWORD);
            reference = ConsultationForm.sendValid(browser, site, "Hostilebase");
            StaffSignIn.signIn(browser, site, ADMIN, PASSWORD);
            cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            // a colleague, so that the accounts screen shows the forms of another's account
            browser.driver().get(site.uri("/admin/accounts").toString());
            browser.type("displayName", "Casey Colleague");
            browser.type("username", "hostile-colleague@clinic.test");
            browser.driver().findElement(By.cssSelector("#roles input[value='EDITOR']")).click();
            browser.submit("add-button");
            assertTrue(browser.text("main").contains("hostile-colleague@clinic.test"), "the colleague is added");
        }
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void everyRegisteredFormTakesHostileInputWithoutHarm() {
        boolean full = "full".equals(System.getProperty("hostile.corpus"));
        List<String> corpus = full ? Stream.concat(SAMPLE.stream(), MORE.stream()).toList() : SAMPLE;
        List<Executable> checks = new ArrayList<>();
        Set<String> attacked = new TreeSet<>();
        for (Form form : FormRegistry.FORMS) {
            if (form.address() == null || form.fields().isEmpty()) {
                continue;
            }
            for (String payload : corpus) {
                List<Set<String>> rounds = full ? form.fields().stream().map(Set::of).toList() : List.of(form.fields());
                for (Set<String> fields : rounds) {
                    HttpResponse<String> answer = send(form, fields, payload);
                    String where = form.view() + "#" + form.id() + " " + fields + " ← " + shown(payload);
                    checks.add(() -> assertHarmless(where, answer.statusCode(), answer.headers().map(), answer.body(),
                            payload));
                    attacked.add(form.view() + "#" + form.id());
                }
            }
        }
        assertAll(checks.stream());
        assertEquals(FormRegistry.FORMS.stream().filter(form -> form.address() != null && !form.fields().isEmpty())
                .count(), attacked.size(), "every form the suite can open was attacked: " + attacked);
        assertNothingStoredExecutes();
    }

    @Test
    void bodiesOfTheWrongTypeSizeOrEncodingAreRefusedWithoutHarm() {
        String form = "POST /contact HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: %s\r\n"
                + "Content-Length: %d\r\n\r\n";
        List<byte[]> bodies = List.of(
                "{\"name\":\"hostile\",\"jakarta.faces.ViewState\":\"x\"}".getBytes(StandardCharsets.UTF_8),
                "<contact><name>hostile</name></contact>".getBytes(StandardCharsets.UTF_8),
                "name=%FF%FE%C0%AF%ED%A0%80hostile&contact-form=contact-form".getBytes(StandardCharsets.US_ASCII),
                ("name=" + "A".repeat(12 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII));
        List<String> types = List.of("application/json", "text/xml", "application/x-www-form-urlencoded; charset=UTF-8",
                "application/x-www-form-urlencoded");
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            byte[] head = String.format(form, types.get(i), bodies.get(i).length).getBytes(StandardCharsets.US_ASCII);
            byte[] request = new byte[head.length + bodies.get(i).length];
            System.arraycopy(head, 0, request, 0, head.length);
            System.arraycopy(bodies.get(i), 0, request, head.length, bodies.get(i).length);
            RawHttp.Response answer = RawHttp.send(site, request);
            String where = types.get(i) + ", " + bodies.get(i).length + " bytes";
            checks.add(() -> assertHarmless(where, answer.status(), answer.headers(), answer.body(), "hostile"));
        }
        String part = "--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nhostile\r\n--b--\r\n";
        RawHttp.Response multipart = RawHttp.send(site, ("POST /contact HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: "
                + part.length() + "\r\n\r\n" + part).getBytes(StandardCharsets.US_ASCII));
        checks.add(() -> assertHarmless("multipart", multipart.status(), multipart.headers(), multipart.body(),
                "hostile"));
        assertAll(checks.stream());
        assertEquals(200, Http.get(site.uri("/health")).statusCode(), "the site keeps serving");
    }

    /** One post (or GET) of the form as its page gives it, with these fields set to the payload. */
    private static HttpResponse<String> send(Form form, Set<String> fields, String payload) {
        String address = form.address().replace(FormRegistry.INQUIRY, reference);
        boolean console = address.startsWith("/admin") && !address.startsWith("/admin/sign-in");
        HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .version(HttpClient.Version.HTTP_1_1) // as browsers speak to a site without TLS
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest.Builder open = HttpRequest.newBuilder(site.uri(address)).timeout(Duration.ofSeconds(30));
        if (console) {
            open.header("Cookie", cookie);
        }
        HttpResponse<String> page = send(visitor, open.build());
        if (form.isGet()) {
            String query = fields.stream().map(field -> field + "=" + URLEncoder.encode(payload, StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpRequest.Builder search = HttpRequest.newBuilder(URI.create(site.uri(address)
                    + (address.contains("?") ? "&" : "?") + query)).timeout(Duration.ofSeconds(30));
            if (console) {
                search.header("Cookie", cookie);
            }
            return send(visitor, search.build());
        }
        PageForm shown = PageForm.withId(page.body(), form.id());
        Map<String, String> changes = new HashMap<>();
        fields.forEach(field -> shown.namesOf(field).forEach(name -> changes.put(name, payload)));
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(site.uri("") + shown.action()))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(shown.body(changes, form.button().isEmpty() ? null
                        : shown.buttons().stream().filter(name -> name.endsWith(form.button())).findFirst()
                                .orElse(null))));
        if (console) {
            post.header("Cookie", cookie);
        }
        return send(visitor, post.build());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(request.uri() + " could not be sent", e);
        }
    }

    private static void assertHarmless(String where, int status, Map<String, List<String>> headers, String body,
                                       String payload) {
        boolean markup = payload.contains("<") || payload.contains("\"");
        assertAll(where,
                () -> assertTrue(status < 500, "answered " + status),
                () -> assertFalse(headers.keySet().stream().anyMatch(name -> name.equalsIgnoreCase("X-Injected")),
                        "a header was injected"),
                () -> assertFalse(headers.keySet().stream().anyMatch(name -> name.equalsIgnoreCase("Server")
                        || name.equalsIgnoreCase("X-Powered-By")), "the server named itself"),
                () -> assertFalse(markup && body.contains(payload), "the markup came back as markup"),
                () -> assertEquals(Optional.empty(), executable(body), "the answer holds markup that would run"),
                () -> assertFalse(EXCEPTION_NAME.matcher(body).find(), "names an exception"),
                () -> assertFalse(STACK_FRAME.matcher(body).find(), "holds a stack frame"),
                () -> assertFalse(body.contains("Payara") || body.contains("GlassFish"), "names the server"));
    }

    /** Afterwards, no page of the public site or of the console holds any of it as markup. */
    private static void assertNothingStoredExecutes() {
        assertEquals(200, Http.get(site.uri("/health")).statusCode(), "the site keeps serving");
        Map<String, HttpResponse<String>> pages = new HashMap<>(SiteCrawl.from(site, List.of("/", "/news", "/faq"),
                Map.of(), path -> !path.startsWith("/admin")));
        pages.putAll(SiteCrawl.from(site, List.of("/admin/", "/admin/inquiries/view?ref=" + reference,
                "/admin/clinic/draft", "/admin/lists?list=faq"), Map.of("Cookie", cookie),
                path -> path.startsWith("/admin") && !path.contains("sign-out") && !path.contains("export")));
        assertTrue(pages.size() > 40, "the crawl reached the site and the console: " + pages.size());
        List<Executable> checks = new ArrayList<>();
        pages.forEach((path, page) -> checks.add(() -> assertEquals(Optional.empty(),
                page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")
                        ? executable(page.body()) : Optional.empty(), path + " holds hostile markup")));
        assertAll(checks.stream());
    }

    /**
     * The first piece of the suite's markup that a browser would run or load if it drew this page: read as a browser
     * reads it (jsoup), so that the same text escaped, in a field or a message, is no finding.
     */
    private static Optional<String> executable(String html) {
        Document page = Jsoup.parse(html);
        for (Element element : page.getAllElements()) {
            if (element.tagName().equals("script") && element.data().contains("hostile")
                    || List.of("iframe", "svg", "math").contains(element.tagName()) && element.outerHtml().contains("elsewhere")
                    || element.tagName().equals("style") && element.data().contains("elsewhere")) {
                return Optional.of(element.outerHtml());
            }
            for (Attribute attribute : element.attributes()) {
                String value = attribute.getValue().toLowerCase(Locale.ROOT);
                boolean handler = attribute.getKey().startsWith("on") && value.contains("hostile");
                boolean address = List.of("href", "src", "action", "formaction").contains(attribute.getKey())
                        && (value.startsWith("javascript:") || value.startsWith("data:text/html")
                        || value.matches("(https?:)?//elsewhere\\.example.*")); // another origin, not a query
                if (handler || address || element.tagName().equals("img") && attribute.getKey().startsWith("on")) {
                    return Optional.of(element.outerHtml());
                }
            }
        }
        return Optional.empty();
    }

    private static String shown(String payload) {
        return payload.length() > 50 ? payload.substring(0, 50) + "… (" + payload.length() + ")" : payload;
    }
}
