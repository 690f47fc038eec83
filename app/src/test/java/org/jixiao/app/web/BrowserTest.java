package org.jixiao.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

import org.jixiao.app.server.Api;
import org.jixiao.app.server.JixiaoServer;
import org.jixiao.app.server.demo.DemoData;

/**
 * What every browser test shares: the server on a random port with its own H2 database (and demo data) in a temporary
 * folder, the system Chromium (Debian {@code chromium} + {@code chromium-driver}, never a downloaded browser) driven
 * through Selenium, and small helpers. Screenshots go to {@code target/screenshots/}. Each subclass gets its own
 * server and browser.
 */
@RequiresBrowser
public abstract class BrowserTest {
    protected static final String SKIP_REASON = "浏览器端到端测试已跳过：需要 /usr/bin/chromium 与 /usr/bin/chromedriver（apt-get install chromium "
            + "chromium-driver；.ci/run 会自动安装）以及已构建的前端（未使用 -Dskip.web）";
    protected static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    protected static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");
    protected static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    protected static Path temp;

    protected static ConfigurableApplicationContext server;
    protected static ChromeDriverService service;
    protected static WebDriver browser;
    protected static WebDriverWait wait;
    protected static String base;
    protected static int port;
    protected static Path downloads;

    /** Whether the system Chromium, its driver and the built front end are there; says what is missing if not. */
    protected static boolean browserAvailable() {
        List<String> missing = new java.util.ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM + "（apt-get install chromium）");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            missing.add(CHROMEDRIVER + "（apt-get install chromium-driver）");
        }
        if (BrowserTest.class.getResource("/static/index.html") == null) {
            missing.add("前端 static/index.html（以 -Dskip.web 构建时不含前端）");
        }
        if (!missing.isEmpty()) {
            System.err.println("[BrowserTest] 跳过浏览器端到端测试，缺少：" + String.join("；", missing));
        }
        return missing.isEmpty();
    }

    @BeforeAll
    protected static void start() throws IOException {
        server = JixiaoServer.start("--server.port=0", "--jixiao.data-dir=" + temp.resolve("data"));
        port = server.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        base = "http://127.0.0.1:" + port;
        downloads = Files.createDirectories(temp.resolve("downloads"));
        Files.createDirectories(SCREENSHOTS);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + temp.resolve("profile"), "--window-size=1440,1100", "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "zh-CN"));
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogFile(temp.resolve("chromedriver.log").toFile()).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, WAIT);
    }

    @AfterAll
    protected static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Signs in through the login page as the given demo account (after clearing any earlier session). */
    protected void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(DemoData.PASSWORD);
        click("[data-test=login-submit]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(css("[data-test=current-user]")));
    }

    /** Runs a walk-through and, when it fails, keeps a screenshot of what the browser showed as {@code failure-<name>.png}. */
    protected static void withFailureScreenshot(String name, ThrowingRunnable steps) throws Exception {
        try {
            steps.run();
        } catch (Throwable failure) {
            screenshot("failure-" + name);
            throw failure;
        }
    }

    @FunctionalInterface
    protected interface ThrowingRunnable {
        void run() throws Exception;
    }

    protected static By css(String selector) {
        return By.cssSelector(selector);
    }

    /**
     * Clicks as a user would: a passing message (ElMessage at the top of the page) that covers the element is waited out,
     * as a user waits for it to go, rather than failing the click.
     */
    protected void click(String selector) {
        wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    org.openqa.selenium.WebElement element = ExpectedConditions.elementToBeClickable(css(selector)).apply(d);
                    if (element == null) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    protected String text(String selector) {
        return browser.findElement(css(selector)).getText().trim();
    }

    /** The element's text even where it is covered (e.g. by the side panel). */
    protected String content(String selector) {
        return browser.findElement(css(selector)).getDomProperty("textContent").trim();
    }

    protected static Path awaitDownload(String suffix) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> finished(suffix).size() == 1);
        return finished(suffix).get(0);
    }

    private static List<Path> finished(String suffix) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
