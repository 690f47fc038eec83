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
import org.junit.jupiter.api.condition.EnabledIf;
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
 * The browser interface end to end, in the system Chromium (Debian {@code chromium} + {@code chromium-driver}, never
 * a downloaded browser): the server runs on a random port with its own H2 database in a temporary folder; the test signs
 * in as the agency's evaluator, opens the Weihai demo evaluation (86.78 / 良), raises a deduction of 决策依据充分性 from
 * 0.3 to 0.5, sees the total become 86.58 while typing, saves, downloads the Word report and finds 86.58 in it, and
 * opens the history. Screenshots of each page go to {@code target/screenshots/}.
 */
@EnabledIf(value = "browserAvailable", disabledReason = BrowserEndToEndTest.SKIP_REASON)
class BrowserEndToEndTest {
    static final String SKIP_REASON = "浏览器端到端测试已跳过：需要 /usr/bin/chromium 与 /usr/bin/chromedriver（apt-get install chromium "
            + "chromium-driver；.ci/run 会自动安装）以及已构建的前端（未使用 -Dskip.web）";
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path temp;

    static ConfigurableApplicationContext server;
    static ChromeDriverService service;
    static WebDriver browser;
    static WebDriverWait wait;
    static String base;
    static int port;
    static Path downloads;

    /** Whether the system Chromium, its driver and the built front end are there; says what is missing if not. */
    static boolean browserAvailable() {
        List<String> missing = new java.util.ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM + "（apt-get install chromium）");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            missing.add(CHROMEDRIVER + "（apt-get install chromium-driver）");
        }
        if (BrowserEndToEndTest.class.getResource("/static/index.html") == null) {
            missing.add("前端 static/index.html（以 -Dskip.web 构建时不含前端）");
        }
        if (!missing.isEmpty()) {
            System.err.println("[BrowserEndToEndTest] 跳过浏览器端到端测试，缺少：" + String.join("；", missing));
        }
        return missing.isEmpty();
    }

    @BeforeAll
    static void start() throws IOException {
        server = JixiaoServer.start("--server.port=0", "--jixiao.data-dir=" + temp.resolve("data"));
        port = server.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        base = "http://127.0.0.1:" + port;
        downloads = Files.createDirectories(temp.resolve("downloads"));
        Files.createDirectories(SCREENSHOTS);
        Files.deleteIfExists(SCREENSHOTS.resolve("failure.png"));

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
    static void stop() {
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

    @Test
    void evaluatorChangesADeductionSeesTheTotalChangeAndDownloadsTheReport() throws Exception {
        try {
            walkThrough();
        } catch (Throwable failure) {
            screenshot("failure"); // what the browser showed when the step failed
            throw failure;
        }
    }

    private void walkThrough() throws Exception {
        // 登录: a wrong password shows the API's message, the right one opens the list
        browser.get(base + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
        username.sendKeys("pingjia");
        browser.findElement(By.name("password")).sendKeys("falsch-2022");
        click("[data-test=login-submit]");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(css("[data-test=login-error]")));
        assertThat(error.getText()).contains("用户名或密码错误");
        screenshot("01-login");

        WebElement password = browser.findElement(By.name("password"));
        password.sendKeys(Keys.chord(Keys.CONTROL, "a"), DemoData.PASSWORD);
        click("[data-test=login-submit]");

        // 评价项目列表
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=evaluation-table]"), "威海临港经济技术开发区经济发展局"));
        assertThat(text("[data-test=list-score]")).isEqualTo("86.78");
        assertThat(text("[data-test=current-user]")).contains("闵会");
        screenshot("02-list");

        // 评价详情: 86.78 / 良, the tree, the charts
        click("[data-test=evaluation-link]");
        wait.until(ExpectedConditions.textToBe(css("[data-test=total-score]"), "86.78"));
        assertThat(text("[data-test=total-grade]")).isEqualTo("良");
        assertThat(text("[data-test=stage]")).isEqualTo("前期准备");
        wait.until(d -> d.findElements(By.cssSelector(".echart canvas")).size() >= 2);
        assertThat(text("[data-test=indicator-table]")).contains("管理效率", "决策依据充分性", "扣分点：①年度工作计划未细化为任务清单");
        screenshot("03-detail");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
                browser.findElement(css("[data-test=indicator-table]")));
        screenshot("04-indicator-tree");

        // change the deduction 0.3 → 0.5: the preview shows 86.58 while typing, nothing saved yet
        click("[data-test='indicator-决策依据充分性']");
        WebElement points = wait.until(ExpectedConditions.visibilityOfElementLocated(css("input[data-test=deduction-points-0]")));
        assertThat(points.getDomProperty("value")).isEqualTo("0.3");
        points.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0.5");
        browser.findElement(css("input[data-test=change-reason]")).sendKeys("复核后调整扣分");
        wait.until(ExpectedConditions.textToBe(css("[data-test=preview-total]"), "86.58"));
        // the page's total (behind the side panel) shows the preview as well
        assertThat(content("[data-test=total-score]")).isEqualTo("86.58");
        assertThat(text("[data-test=preview-leaf-score]")).isEqualTo("0.5");
        assertThat(content("[data-test=total-grade]")).isEqualTo("良");
        screenshot("05-detail-editing");

        // save with the evaluation's version; the page shows the saved total
        click("[data-test=save-indicator]");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(css("[data-test=indicator-panel]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".el-message"), "已保存"));
        assertThat(text("[data-test=total-score]")).isEqualTo("86.58");
        assertThat(text("[data-test=indicator-table]")).contains("扣0.5分");

        // someone else saves in between: the next save of the stale page is refused with the conflict message
        click("[data-test='indicator-决策依据充分性']");
        points = wait.until(ExpectedConditions.visibilityOfElementLocated(css("input[data-test=deduction-points-0]")));
        assertThat(points.getDomProperty("value")).isEqualTo("0.5");
        Api administrator = Api.signedIn(port, "admin", DemoData.PASSWORD);
        var other = administrator.patchJson(indicatorsEndpoint(), Map.of("path", "/indicators/0/children/0/children/1",
                "evidence", "管理员补充：党组会议纪要已核对。", "reason", "补充佐证"), "\"2\"");
        assertThat(other.status()).as(other.toString()).isEqualTo(200);
        points.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0.6");
        wait.until(ExpectedConditions.textToBe(css("[data-test=preview-total]"), "86.48"));
        click("[data-test=save-indicator]");
        WebElement conflict = wait.until(ExpectedConditions.visibilityOfElementLocated(css("[data-test=save-error]")));
        assertThat(conflict.getText()).contains("该指标已被他人修改，请刷新后重试");
        screenshot("06-conflict");
        click("[data-test=refresh-after-conflict]");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(css("[data-test=indicator-panel]")));
        wait.until(ExpectedConditions.textToBe(css("[data-test=total-score]"), "86.58"));

        // the Word report, downloaded by the browser, carries the new total
        click("[data-test=download-docx]");
        Path report = awaitDownload(".docx");
        try (InputStream in = Files.newInputStream(report); XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("86.58").doesNotContain("86.78");
        }

        // 修改记录
        click("[data-test=history-link]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=history-table]"), "复核后调整扣分"));
        assertThat(text("[data-test=history-table]")).contains("决策依据充分性", "扣0.3分", "扣0.5分", "pingjia", "admin", "补充佐证");
        screenshot("07-history");

        // a page of the application reloads (the server answers its routes with index.html)
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=history-table]"), "复核后调整扣分"));

        // back on the evaluation, the evaluator moves it to the next stage
        click("[data-test=history-back]");
        wait.until(ExpectedConditions.textToBe(css("[data-test=total-score]"), "86.58"));
        WebElement next = wait.until(ExpectedConditions.elementToBeClickable(css("[data-test=stage-action]")));
        assertThat(next.getText()).contains("推进到「评价实施」");
        next.click();
        wait.until(ExpectedConditions.elementToBeClickable(css(".el-message-box__btns .el-button--primary"))).click();
        wait.until(ExpectedConditions.textToBe(css("[data-test=stage]"), "评价实施"));
        assertThat(text("[data-test=stage-action]")).contains("报告撰写");
    }

    @Test
    void departmentUserSeesItsEvaluationReadOnly() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys("jingfa");
        browser.findElement(By.name("password")).sendKeys(DemoData.PASSWORD);
        click("[data-test=login-submit]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=evaluation-table]"), "威海临港经济技术开发区经济发展局"));
        click("[data-test=evaluation-link]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(css("[data-test=total-grade]")));
        assertThat(browser.findElements(css("[data-test=stage-action]"))).as("部门用户不能推进阶段").isEmpty();
        click("[data-test='indicator-决策依据充分性']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(css("[data-test=read-only]")));
        assertThat(browser.findElement(css("input[data-test=deduction-points-0]")).isEnabled()).isFalse();
        assertThat(browser.findElements(css("[data-test=save-indicator]"))).isEmpty();
        assertThat(text(".el-drawer__title")).isEqualTo("查看指标：决策依据充分性");
        screenshot("08-department-read-only");
        browser.manage().deleteAllCookies();
    }

    /** The PATCH endpoint of the evaluation the browser shows (its address is /evaluations/{id}). */
    private static String indicatorsEndpoint() {
        Matcher m = Pattern.compile("/evaluations/(\\d+)").matcher(browser.getCurrentUrl());
        assertThat(m.find()).as(browser.getCurrentUrl()).isTrue();
        return "/api/evaluations/" + m.group(1) + "/indicators";
    }

    private static By css(String selector) {
        return By.cssSelector(selector);
    }

    private void click(String selector) {
        wait.until(ExpectedConditions.elementToBeClickable(css(selector))).click();
    }

    private String text(String selector) {
        return browser.findElement(css(selector)).getText().trim();
    }

    /** The element's text even where it is covered (e.g. by the side panel). */
    private String content(String selector) {
        return browser.findElement(css(selector)).getDomProperty("textContent").trim();
    }

    private static Path awaitDownload(String suffix) {
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

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
