package vn.congso.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (never a downloaded browser), with
 * axe-core from the class path. Skipped where Chromium is not installed, unless
 * {@code -Dcongso.test.browser=required} (CI) makes its absence a failure.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final WebDriver driver;
    private final String baseUrl;
    private final Path profile;

    private Browser(String baseUrl, boolean javaScript) throws IOException {
        this.baseUrl = baseUrl;
        this.profile = Files.createTempDirectory("congso-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--window-size=1280,1024", "--lang=vi", "--user-data-dir=" + profile);
        if (!javaScript) {
            // the page's own scripts never run; WebDriver's executeScript still inspects the page
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public static Browser open(int port) {
        return open(port, true);
    }

    /** A browser whose pages run no JavaScript of their own, as with scripts turned off or blocked. */
    public static Browser openWithoutJavaScript(int port) {
        return open(port, false);
    }

    private static Browser open(int port, boolean javaScript) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if ("required".equals(System.getProperty("congso.test.browser"))) {
            assertThat(installed).as("Chromium and chromedriver are required (apt-get install chromium chromium-driver)").isTrue();
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed: browser tests skipped");
        try {
            return new Browser("http://localhost:" + port, javaScript);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void logIn(String username, String password) {
        go("/dang-nhap");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        clickAndWait(By.cssSelector("main form button[type=submit]"));
    }

    public void logOut() {
        clickAndWait(By.cssSelector("form[action$='/dang-xuat'] button"));
    }

    /** Clicks something that loads a new page and waits until the old page is gone. */
    public void clickAndWait(By target) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> isGone(oldPage));
    }

    /**
     * Whether a page element belongs to a page that has been replaced. Chromium answers a stale node
     * either as stale or, mid-navigation, with a generic "does not belong to the document" error.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    /** Runs axe-core's WCAG 2.1 A/AA rules on the current page and returns the violations (id: description). */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
                   .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' [' + v.nodes.map(n => n.target.join(' ')).join(', ') + ']')))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        return (List<String>) result;
    }

    public void screenshot(String name) {
        try {
            Path out = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(out.getParent());
            Files.write(out, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
            assertThat(in).as("axe-core webjar on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }

    public static Map<String, String> demoAccounts() {
        return Map.of("admin", "ADMIN", "lanhdao", "LEADER", "truongphong", "HEAD", "canbo", "OFFICER",
                "vanthu", "CLERK", "congdan", "CITIZEN");
    }
}
