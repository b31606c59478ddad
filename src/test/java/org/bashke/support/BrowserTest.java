package org.bashke.support;

import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browser journeys: the whole app on a random port (real embedded PostgreSQL, demo data,
 * GreenMail), driven by Debian's headless Chromium. One browser per test class; cookies are cleared
 * before each test.
 *
 * <p>Every page a journey reaches through {@link #open}, {@link #click} or {@link #submit} is checked
 * with axe-core against WCAG 2.0/2.1/2.2 A and AA the first time it is shown (each page load is a new
 * document; a form re-shown with errors counts as a new page). A violation fails the test with a
 * readable list. A failing test leaves a screenshot and the page source under
 * {@code <build dir>/browser-failures/}.
 *
 * <p>Text on screen depends on the language: find elements by id, name or CSS, and compare text with
 * {@link #message(String, Locale)} rather than with literals.
 *
 * <p>The CSP ({@code script-src 'self'}, no 'unsafe-inline') does not get in axe's way: Selenium's
 * {@code executeScript} runs through the DevTools protocol, which Chromium exempts from the page's
 * CSP, so axe is injected and run as-is (HomePageJourneyTest proves it on every build).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith({MailServerExtension.class, BrowserFailureRecorder.class})
public abstract class BrowserTest {

    /** The WCAG 2.2 AA target: every A and AA rule of 2.0, 2.1 and 2.2. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final Duration PAGE_LOAD = Duration.ofSeconds(15);
    private static final String CHECKED_MARK = "__bashkeAccessibilityChecked";

    private static ChromeDriver driver;
    private static Path profileDir;

    @LocalServerPort
    private int port;

    @Autowired
    private MessageSource messages;

    private final List<String> checkedPages = new ArrayList<>();

    @BeforeAll
    static void startBrowser() throws IOException {
        profileDir = Files.createTempDirectory("bashke-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(setting("BASHKE_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-quic", "--window-size=1280,1024", "--user-data-dir=" + profileDir.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(setting("BASHKE_CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD).scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void quitBrowser() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            deleteRecursively(profileDir);
        }
    }

    @BeforeEach
    void forgetEarlierTests() {
        checkedPages.clear();
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    // ---- navigation: each of these checks the page it lands on -------------------------------------

    /** Goes to {@code path} on the app (e.g. {@code "/organisations?region=3"}) and checks the page. */
    protected void open(String path) {
        driver.get(baseUrl() + path);
        afterPageLoad();
    }

    /** Clicks the element (link, button, …) and checks the page it leads to. */
    protected void click(By element) {
        WebElement page = driver().findElement(By.tagName("html"));
        find(element).click();
        awaitNavigation(page);
        afterPageLoad();
    }

    /**
     * Submits a form: {@code element} is its submit button (preferred: the button's name/value is sent
     * like a person's click) or the form itself. Checks the page that comes back.
     */
    protected void submit(By element) {
        WebElement target = find(element);
        WebElement page = driver().findElement(By.tagName("html"));
        if ("form".equals(target.getTagName())) {
            target.submit();
        } else {
            target.click();
        }
        awaitNavigation(page);
        afterPageLoad();
    }

    /**
     * The old page stays "complete" until the browser leaves it, so waiting for readiness alone can look at the
     * page being left. Wait until it is gone; a click that does not navigate (an htmx swap, a link to an anchor)
     * just costs the short wait.
     */
    private static void awaitNavigation(WebElement oldPage) {
        try {
            new WebDriverWait(driver, java.time.Duration.ofSeconds(3)).until(d -> {
                try {
                    oldPage.isEnabled();
                    return false;
                } catch (org.openqa.selenium.WebDriverException gone) {
                    // stale, or Chromium's "node does not belong to the document": either way the page was left
                    return true;
                }
            });
        } catch (org.openqa.selenium.TimeoutException stayedOnPage) {
            // no navigation: nothing to wait for
        }
    }

    /**
     * Checks the current page unless it has been checked since it loaded. {@link #open}, {@link #click}
     * and {@link #submit} call it; call it yourself after anything else that loads a page.
     */
    protected void afterPageLoad() {
        waitForPage();
        if (!Boolean.TRUE.equals(js().executeScript("return window." + CHECKED_MARK + " === true;"))) {
            accessibilityCheck();
        }
    }

    /** Runs axe-core on the current page now and fails with every WCAG 2.2 A/AA violation found. */
    protected void accessibilityCheck() {
        waitForPage();
        String url = driver.getCurrentUrl();
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        js().executeScript("window." + CHECKED_MARK + " = true;");
        checkedPages.add(url);
        if (results.isErrored()) {
            fail("axe-core could not check " + url + ": " + results.getErrorMessage());
        }
        if (!results.getViolations().isEmpty()) {
            fail(describe(url, results.getViolations()));
        }
    }

    /** The pages checked with axe-core in this test, in order (full URLs). */
    protected List<String> checkedPages() {
        return List.copyOf(checkedPages);
    }

    // ---- logging in through the real forms ----------------------------------------------------------

    /** Logs in with e-mail and password on {@code /login} (every page on the way is checked). */
    protected void signIn(String email, String password) {
        open("/login");
        type(By.id("email"), email);
        type(By.id("password"), password);
        submit(By.cssSelector("form[action$='/login'] button[type=submit]"));
    }

    /**
     * Logs in and completes the second factor with a code computed from the account's TOTP secret. A
     * code is accepted once: if the current one was used already (another test, same 30 s), the next
     * one is awaited.
     */
    protected void signIn(String email, String password, String totpSecret) {
        signIn(email, password);
        for (int attempt = 0; attempt < 2 && currentPath().startsWith("/login/2fa"); attempt++) {
            // a code is accepted once: reusing one this run already spent fails, and every failure counts against
            // the account's few second-factor attempts (the throttle), which many journeys of one run would exhaust
            long step = Math.floorDiv(Instant.now().getEpochSecond(), 30);
            if (attempt > 0 || step <= USED_TOTP_STEPS.getOrDefault(totpSecret, Long.MIN_VALUE)) {
                sleepUntilNextTotpStep();
            }
            Instant now = Instant.now();
            USED_TOTP_STEPS.merge(totpSecret, Math.floorDiv(now.getEpochSecond(), 30), Math::max);
            type(By.id("code"), totpCode(totpSecret, now));
            submit(By.cssSelector("form[action$='/login/2fa'] button[type=submit]"));
        }
    }

    /** The newest TOTP step whose code a journey of this run has typed, per secret. */
    private static final java.util.concurrent.ConcurrentMap<String, Long> USED_TOTP_STEPS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Logs in as the demo person of a matrix column, e.g. {@code "secretariat"}. */
    protected void signInAs(String column) {
        DemoPeople.Person person = DemoPeople.BY_ROLE.get(column);
        if (person.totpSecret().isPresent()) {
            signIn(person.email(), DemoPeople.PASSWORD, person.totpSecret().get());
        } else {
            signIn(person.email(), DemoPeople.PASSWORD);
        }
        if (currentPath().startsWith("/login")) {
            fail("could not log in as " + person.email() + "; still on " + currentPath());
        }
    }

    /** The 6-digit TOTP code (RFC 6238, SHA-1, 30 s) an authenticator app shows at {@code at}. */
    public static String totpCode(String secret, Instant at) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, Math.floorDiv(at.getEpochSecond(), 30));
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleepUntilNextTotpStep() {
        long millis = 30_000 - Math.floorMod(System.currentTimeMillis(), 30_000L) + 200;
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- forms and reading -------------------------------------------------------------------------

    /** Replaces the content of a text field. */
    protected void type(By field, String text) {
        WebElement input = find(field);
        input.clear();
        input.sendKeys(text);
    }

    /** Chooses an option of a {@code <select>} by its value (stable in every language). */
    protected void select(By field, String value) {
        new Select(find(field)).selectByValue(value);
    }

    protected WebElement find(By element) {
        return driver.findElement(element);
    }

    protected List<WebElement> findAll(By elements) {
        return driver.findElements(elements);
    }

    protected String text(By element) {
        return find(element).getText();
    }

    /** Path and query of the current page, e.g. {@code /organisations?page=2}. */
    protected String currentPath() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The {@code lang} of the {@code <html>} element, e.g. {@code sr-Cyrl}. */
    protected String pageLanguage() {
        return find(By.tagName("html")).getDomAttribute("lang");
    }

    /** Presses Tab once, as a keyboard user moves to the next focusable element. */
    protected void pressTab() {
        new Actions(driver).sendKeys(Keys.TAB).perform();
    }

    /** The element that has keyboard focus. */
    protected WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** An interface text as the app shows it in {@code locale} (Serbian Cyrillic included). */
    protected String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected static WebDriver driver() {
        return driver;
    }

    // ---- internals ---------------------------------------------------------------------------------

    private static JavascriptExecutor js() {
        return driver;
    }

    private static void waitForPage() {
        new WebDriverWait(driver, PAGE_LOAD)
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    static String describe(String url, List<Rule> violations) {
        StringBuilder sb = new StringBuilder()
                .append("axe-core found ").append(violations.size()).append(" WCAG 2.2 A/AA violation(s) on ")
                .append(url).append(':');
        for (Rule rule : violations) {
            sb.append("\n- ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
                    .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(')');
            for (CheckedNode node : rule.getNodes()) {
                sb.append("\n    at ").append(node.getTarget()).append("  ").append(abbreviate(node.getHtml()));
                if (node.getFailureSummary() != null) {
                    sb.append("\n       ").append(node.getFailureSummary().replace("\n", "\n       "));
                }
            }
        }
        return sb.toString();
    }

    private static String abbreviate(String html) {
        if (html == null) {
            return "";
        }
        String oneLine = html.replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 157) + "..." : oneLine;
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            // best effort: a file Chromium still holds is left for the OS's temp cleaning
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
