import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Consultation requests through the real form flow, as browsers send them: each worker is one visitor at a time, with
 * its own session, who opens /contact (GET), then sends the form (POST with its ViewState and session cookie) and
 * counts a confirmation when the site redirects to /contact/received. Each visit comes from its own address, as
 * a proxy the site trusts says it (X-Forwarded-For): the hourly limit per client stays as it is. Run by
 * bench/inquiries.sh, which counts the stored rows.
 *
 * <p>With a fourth argument, each confirmation is also opened (as the visitor's browser would, after the redirect)
 * and the reference it shows is appended to that file: what bench/crash.sh checks against the stored rows. A
 * visitor who did not see the reference was not confirmed.
 *
 * <p>usage: java bench/InquiryLoad.java BASE_URL WORKERS SECONDS [REFERENCES_FILE]
 */
public class InquiryLoad {

    private static final Pattern SAID = Pattern.compile("class=\"form-alert\"[^>]*>\\s*(?:<h2>)?<?p?>?([^<]+)");
    private static final Pattern REFERENCE = Pattern.compile("class=\"reference\">([^<]+)<");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int workers = Integer.parseInt(args[1]);
        Duration duration = Duration.ofSeconds(Long.parseLong(args[2]));
        Path references = args.length > 3 ? Path.of(args[3]) : null;
        AtomicInteger confirmed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Long> postMillis = Collections.synchronizedList(new ArrayList<>());
        List<String> firstRefusal = Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + duration.toNanos();
        long began = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (int w = 0; w < workers; w++) {
            int worker = w;
            pool.submit(() -> {
                HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER).build();
                for (int n = 0; System.nanoTime() < deadline; n++) {
                    try {
                        String form = visitor.send(HttpRequest.newBuilder(base.resolve("/contact")).build(),
                                HttpResponse.BodyHandlers.ofString()).body();
                        Matcher state = VIEW_STATE.matcher(form);
                        if (!state.find()) {
                            refused.incrementAndGet();
                            continue;
                        }
                        long sent = System.nanoTime();
                        String address = "10." + worker + "." + (n / 250 % 250) + "." + (n % 250 + 1);
                        HttpResponse<String> answer = visitor.send(HttpRequest.newBuilder(base.resolve("/contact"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("X-Forwarded-For", address)
                                .POST(HttpRequest.BodyPublishers.ofString(fields(state.group(1), worker, n))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        postMillis.add((System.nanoTime() - sent) / 1_000_000);
                        boolean received = answer.statusCode() / 100 == 3 && answer.headers().firstValue("Location")
                                .orElse("").contains("/contact/received");
                        if (received && references != null) {
                            received = keepReference(visitor, base.resolve(answer.headers().firstValue("Location")
                                    .orElseThrow()), references);
                        }
                        (received ? confirmed : refused).incrementAndGet();
                        if (!received && firstRefusal.isEmpty()) {
                            Matcher said = SAID.matcher(answer.body());
                            firstRefusal.add(answer.statusCode() + (said.find() ? ": " + said.group(1) : ""));
                        }
                    } catch (Exception failed) {
                        refused.incrementAndGet();
                        if (firstRefusal.isEmpty()) {
                            firstRefusal.add(failed.toString());
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - began) / 1e9;
        List<Long> sorted = new ArrayList<>(postMillis);
        Collections.sort(sorted);
        long p99 = sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99)));
        System.out.printf("confirmed %d, not confirmed %d, in %.1f s: %.0f confirmed requests/s (POST p99 %d ms)%n",
                confirmed.get(), refused.get(), seconds, confirmed.get() / seconds, p99);
        firstRefusal.forEach(refusal -> System.out.println("the first not confirmed: " + refusal));
        System.out.println("CONFIRMED=" + confirmed.get());
    }

    /** Opens the confirmation and appends its reference to the file; false when no reference could be seen. */
    private static boolean keepReference(HttpClient visitor, URI confirmation, Path references) throws Exception {
        Matcher shown = REFERENCE.matcher(visitor.send(HttpRequest.newBuilder(confirmation).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        if (!shown.find()) {
            return false;
        }
        synchronized (InquiryLoad.class) {
            Files.writeString(references, shown.group(1).strip() + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        return true;
    }

    private static String fields(String viewState, int worker, int n) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("contact-form", "contact-form");
        fields.put("name", "Alex Benchmark"); // names take letters, not numbers
        fields.put("phone", "406-555-0" + (100 + worker % 900));
        fields.put("email", "");
        fields.put("preferredContact", "PHONE");
        fields.put("bestTimeToCall", "Mornings");
        fields.put("forWhom", "MYSELF");
        fields.put("message", "Benchmark request " + worker + "-" + n + ": I would like to know more about ketamine.");
        fields.put("heardAbout", "");
        fields.put("consentToContact", "on");
        fields.put("website", "");
        fields.put("send", "Send my request");
        fields.put("jakarta.faces.ViewState", viewState);
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
