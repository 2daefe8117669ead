package com.pks.clinic.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (no browser download), with a fresh profile and the
 * flags that keep it off the network, at the window size a test asks for.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    /** A person takes at least this long; the site refuses faster submissions (clinic.inquiry.min-fill-seconds). */
    private static final Duration ELEMENT_WAIT = Duration.ofSeconds(5);
    private static final Duration HUMAN_PACE = Duration.ofMillis(TestSettings.MIN_FILL_SECONDS * 1000L + 300);

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(int width, int height, String... extraArguments) {
        try {
            profile = Files.createTempDirectory("clinic-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                        "--user-data-dir=" + profile, "--window-size=" + width + "," + height)
                .addArguments(extraArguments);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** A phone (360×640, the smallest common one) or a desktop, by size. */
    public static Browser ofSize(int width, int height) {
        return new Browser(width, height);
    }

    /** A desktop browser that trusts this certificate (by its public key), as if a certificate authority had signed it. */
    public static Browser trusting(TlsProxy proxy) {
        return new Browser(1280, 900, "--ignore-certificate-errors-spki-list=" + proxy.publicKeyPin());
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Types into the field with this id, replacing what it held; when there is none, fails as {@link #text} does. */
    public void type(String id, String text) {
        WebElement field = element(id);
        field.clear();
        field.sendKeys(text);
    }

    /** The text of the element with this id; when there is none, fails with what the page says instead. */
    public String text(String id) {
        return element(id).getText();
    }

    /**
     * The element with this id, waited for a few seconds: under the full suite's load a fresh browser's first page
     * was twice read before its body was in place, though the page then held the element.
     */
    private WebElement element(String id) {
        try {
            return new WebDriverWait(driver, ELEMENT_WAIT).until(page -> page.findElements(By.id(id)).stream()
                    .findFirst().orElse(null));
        } catch (TimeoutException absent) {
            throw new AssertionError("No #" + id + " on " + driver.getCurrentUrl() + ", which says: "
                    + driver.findElement(By.tagName("body")).getText());
        }
    }

    public void click(String id) {
        driver.findElement(By.id(id)).click();
    }

    /**
     * Presses the submit button with this id and waits for the answer page to replace the form. The click is
     * dispatched by script: chromedriver's own click can fail when the page it submits is already gone ("node does
     * not belong to the document"), which made form tests flaky.
     */
    public void submit(String buttonId) {
        WebElement button = driver.findElement(By.id(buttonId));
        driver.executeScript("arguments[0].click();", button);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        // gone from the page: chromedriver says so as "stale", or, when the page changed under it, as "node does
        // not belong to the document"
        wait.until(page -> {
            try {
                button.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        wait.until(page -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    /**
     * The same, once as long as a person takes to fill a form in has passed since the page came: the site counts
     * from when it drew the form, which is before the browser had the answer's first byte.
     */
    public void submitAtHumanPace(String buttonId) {
        Number since = (Number) driver.executeScript("return performance.now()"
                + " - performance.getEntriesByType('navigation')[0].responseStart;");
        long wait = HUMAN_PACE.toMillis() - since.longValue();
        try {
            Thread.sleep(Math.max(0, wait));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        submit(buttonId);
    }

    /** Errors the page wrote to the console (failed loads, script errors, CSP refusals). */
    public List<LogEntry> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
    }

    /** Saves what the browser shows under target/screenshots, for a person to look at. */
    public void screenshot(String name) {
        try {
            // it.data.dir is target/it-data/fork-N: the screenshots of both test JVMs land in target/screenshots
            Path out = Path.of(TestSettings.required("it.data.dir")).getParent().resolveSibling("screenshots")
                    .resolve(name + ".png");
            Files.createDirectories(out.getParent());
            Files.write(out, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
