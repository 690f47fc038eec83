package org.jixiao.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.jixiao.app.server.ScoreReportDocx;
import org.jixiao.app.server.demo.ZiboSelfEvalDemo;

/**
 * The 复核报告 pages in the system Chromium, the way a unit uses them: a damaged file is refused with the reader's
 * message, the test report ({@link ScoreReportDocx}) is uploaded by drag-and-drop's file input and reviewed, the page
 * shows what was read (kind, table, the 89 分 and 良 it states) and the one wrong 得分率 (95.00 printed, 90.00
 * recomputed), the 复核意见 downloads in Word and HTML, 重新复核 adds a revision to the history. The finance bureau over
 * the unit sees the review read-only; the unit deletes it. Screenshots {@code 50-…} to {@code 56-…}.
 */
class ReviewBrowserTest extends BrowserTest {

    @Test
    void aUnitUploadsAReportAndSeesTheWrongRate() throws Exception {
        withFailureScreenshot("review", this::walkThrough);
    }

    private void walkThrough() throws Exception {
        Path files = Files.createDirectories(temp.resolve("reports"));
        Path corrupt = Files.write(files.resolve("损坏的报告.docx"), ScoreReportDocx.corrupt());
        Path report = Files.write(files.resolve(ScoreReportDocx.FILE_NAME), ScoreReportDocx.bytes());

        signIn(ZiboSelfEvalDemo.DEPARTMENT_USER);
        click("[data-test=nav-reviews]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(css("[data-test=review-upload]")));

        // a damaged Word file: the server's message, nothing kept
        chooseFile(corrupt);
        click("[data-test=review-upload-submit]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=review-upload-error]"), "损坏的报告.docx："));
        assertThat(text("[data-test=review-upload-error]")).contains("无法作为 Word 文档（.docx）打开");
        assertThat(text("[data-test=review-table]")).contains("还没有复核过的报告");
        settle();
        screenshot("50-review-refused");

        // the report: reviewed, and the page opens its review
        chooseFile(report);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(css("[data-test=review-upload-error]")));
        click("[data-test=review-upload-submit]");
        wait.until(ExpectedConditions.textToBe(css("[data-test=review-file]"), ScoreReportDocx.FILE_NAME));
        assertThat(browser.getCurrentUrl()).matches(".*/reviews/\\d+$");
        assertThat(text("[data-test=review-count-error]")).isEqualTo("1");
        assertThat(text("[data-test=review-summary]")).contains("绩效评价报告", "Word 文档", "识别表格 1 个", "末级 5 个",
                "报告所述综合得分 89 分，等级“良”");
        String findings = text("[data-test=review-findings]");
        assertThat(findings).contains("得分率", ScoreReportDocx.INDICATOR, ScoreReportDocx.WRONG_RATE, ScoreReportDocx.RIGHT_RATE,
                "规则：得分率 = 得分 ÷ 分值 × 100%").doesNotContain("RATE\n", "error", "note", "unchecked");
        click("[data-test=review-filter-error]");
        wait.until(d -> rows("[data-test=review-findings]") == 1);
        assertThat(text("[data-test=finding-printed]")).isEqualTo(ScoreReportDocx.WRONG_RATE);
        assertThat(text("[data-test=finding-recomputed]")).isEqualTo(ScoreReportDocx.RIGHT_RATE);
        assertThat(text("[data-test=finding-rule]")).isEqualTo("得分率");
        settle();
        screenshot("51-review-findings");

        // the tables it found
        click("#tab-tables");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=review-tables]"), "7 行 × 5 列"));
        settle();
        screenshot("52-review-tables");

        // 复核意见, Word and HTML, with the printed and the recomputed rate
        click("[data-test=review-download-docx]");
        Path docx = awaitDownload(".docx");
        assertThat(docx.getFileName().toString()).isEqualTo("复核意见-示例县农业农村局绩效评价报告.docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("复核意见：" + ScoreReportDocx.FILE_NAME, ScoreReportDocx.WRONG_RATE, ScoreReportDocx.RIGHT_RATE);
        }
        click("[data-test=review-download-html]");
        Path html = awaitDownload(".html");
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("<td>" + ScoreReportDocx.WRONG_RATE + "</td>");

        // 重新复核: a second revision, in the history
        click("[data-test=review-rerun]");
        click("#tab-history");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=review-history]"), "第 2 次复核"));
        assertThat(text("[data-test=review-history]")).contains("上传复核报告", "重新复核", "第 1 次复核：错误 1 处");
        assertThat(browser.findElements(css("[data-test=review-revision]"))).hasSize(1);
        settle();
        screenshot("53-review-history");

        // the list: file, kind, who and when, the counts
        click("[data-test=nav-reviews]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=review-table]"), ScoreReportDocx.FILE_NAME));
        assertThat(text("[data-test=review-kind]")).isEqualTo("绩效评价报告");
        assertThat(text("[data-test=review-counts]")).contains("错误 1");
        assertThat(text("[data-test=review-table]")).contains("工信商务局填报员", "第 2 次复核");
        settle();
        screenshot("54-review-list");

        // the finance bureau over the unit: the same review, read-only
        signIn(ZiboSelfEvalDemo.FINANCE_USER);
        browser.get(base + "/reviews");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=review-table]"), ScoreReportDocx.FILE_NAME));
        click("[data-test=review-link]");
        wait.until(ExpectedConditions.textToBe(css("[data-test=review-count-error]"), "1"));
        assertThat(browser.findElements(css("[data-test=review-rerun]"))).isEmpty();
        assertThat(browser.findElements(css("[data-test=review-delete]"))).isEmpty();
        settle();
        screenshot("55-review-bureau");

        // the unit deletes it
        signIn(ZiboSelfEvalDemo.DEPARTMENT_USER);
        browser.get(base + "/reviews");
        click("[data-test=review-link]");
        click("[data-test=review-delete]");
        settle();
        screenshot("56-review-delete");
        click(".el-message-box__btns .el-button--primary");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=review-table]"), "还没有复核过的报告"));
    }

    /** Lets transitions end, so that a screenshot shows the page at rest (nothing is asserted on it). */
    private static void settle() throws InterruptedException {
        Thread.sleep(500);
    }

    /** Gives a file to the upload's file input (hidden by Element Plus behind its drop zone). */
    private void chooseFile(Path file) {
        WebElement input = browser.findElement(css("[data-test=review-upload] input[type=file]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].style.display = 'block';", input);
        input.sendKeys(file.toAbsolutePath().toString());
        ((JavascriptExecutor) browser).executeScript("arguments[0].style.display = 'none';", input);
    }

    private int rows(String table) {
        return browser.findElements(css(table + " .el-table__body-wrapper tbody tr")).size();
    }
}
