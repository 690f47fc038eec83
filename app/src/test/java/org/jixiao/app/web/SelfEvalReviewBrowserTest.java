package org.jixiao.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.jixiao.app.server.demo.ZiboSelfEvalDemo;

/**
 * 自评 beside 复核 in the system Chromium: the Zibo finance bureau opens the demo batch's 自评与复核 tab (five tables, the
 * units' totals 97.41 … 90.19 and, before any reviewer's value, the same 复核), records a 复核得分 with its reason for one
 * row (安全检查企业家数 15 → 12), sees the table's 复核 total, difference and the unit's statistics change while the unit's
 * own figures stay, finds the change in the batch's 操作记录 and in the downloaded workbook and Word document, then
 * withdraws it. The department sees no 复核 tab. Screenshots {@code 28-…} to {@code 30-…}.
 */
class SelfEvalReviewBrowserTest extends BrowserTest {

    @Test
    void theBureauRecordsAReviewScoreBesideTheUnitsAndExportsIt() throws Exception {
        withFailureScreenshot("selfeval-review", this::walkThrough);
    }

    private void walkThrough() throws Exception {
        signIn(ZiboSelfEvalDemo.FINANCE_USER);
        click("[data-test=nav-selfevals]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=selfeval-table]"), ZiboSelfEvalDemo.BATCH));
        click("[data-test=selfeval-link]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=score-table]"), "97.41"));

        click("#tab-review");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=review-table]"), "安全生产综合管理经费"));
        assertThat(texts("[data-test=review-self-total]")).containsExactlyElementsOf(SelfEvalBrowserTest.ZIBO_TOTALS);
        assertThat(texts("[data-test=review-total]")).containsExactlyElementsOf(SelfEvalBrowserTest.ZIBO_TOTALS);
        assertThat(texts("[data-test=review-difference]")).containsOnly("0.00");
        assertThat(text("[data-test=unit-table]")).contains(ZiboSelfEvalDemo.DEPARTMENT);
        assertThat(text("[data-test=unit-self-average]")).isEqualTo("93.69");

        // table 1, row 3 (安全检查企业家数, 分值 15, the unit's 15): 复核 12 with a reason
        browser.findElements(css("[data-test=review-table] .el-table__expand-icon")).get(0).click();
        WebElement score = wait.until(ExpectedConditions.visibilityOfElementLocated(input("review-score-1-3")));
        assertThat(text("[data-test=review-rows-1]")).contains("预算执行率", "安全检查企业家数");
        score.sendKeys("12");
        browser.findElement(input("review-reason-1-3")).sendKeys("抽查台账只核实到 184 家");
        click("[data-test=review-save-1-3]");
        wait.until(ExpectedConditions.textToBe(css("[data-test=review-value-1-3]"), "12.00"));
        wait.until(d -> texts("[data-test=review-total]").get(0).equals("94.41"));
        assertThat(texts("[data-test=review-self-total]").get(0)).isEqualTo("97.41");
        assertThat(texts("[data-test=review-difference]").get(0)).isEqualTo("−3.00");
        assertThat(text("[data-test=review-rows-1]")).contains("抽查台账只核实到 184 家");
        // the unit: (468.45 − 3) ÷ 5 = 93.09, mean difference −0.60
        assertThat(text("[data-test=unit-review-average]")).isEqualTo("93.09");
        assertThat(text("[data-test=unit-mean-difference]")).isEqualTo("−0.60");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=review-history]"), "记录复核得分"));
        assertThat(text("[data-test=review-history]")).contains("安全检查企业家数", "12.00", "抽查台账只核实到 184 家", ZiboSelfEvalDemo.FINANCE_USER);
        Thread.sleep(500);
        screenshot("28-selfeval-review");

        // the unit's own figures are unchanged on the 得分 tab
        click("#tab-scores");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=score-table]"), "97.41"));
        assertThat(texts("[data-test=score-total]")).containsExactlyElementsOf(SelfEvalBrowserTest.ZIBO_TOTALS);

        // exported: 自评 and 复核 side by side, with the reason
        clearDownloads();
        click("[data-test=download-summary-xlsx]");
        Path xlsx = awaitDownload(".xlsx");
        // the sheets 自评与复核, 复核得分明细 and 单位差异统计 (by their headers)
        assertThat(sheetText(xlsx)).contains("复核等级", "94.41", "−3.00", "复核理由", "抽查台账只核实到 184 家", "复核平均分", "93.09", "−0.60");
        click("[data-test=download-summary-docx]");
        Path docx = awaitDownload(".docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("自评与复核", "94.41", "抽查台账只核实到 184 家");
        }
        clearDownloads();

        // withdrawn, with a reason: back to the unit's figure, and in the history
        click("#tab-review");
        click("[data-test=review-withdraw-1-3]");
        WebElement prompt = wait.until(ExpectedConditions.visibilityOfElementLocated(css(".el-message-box input")));
        prompt.sendKeys("复查后认可单位填报");
        click(".el-message-box__btns .el-button--primary");
        wait.until(d -> texts("[data-test=review-total]").get(0).equals("97.41"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=review-history]"), "撤销复核得分：复查后认可单位填报"));
        Thread.sleep(500);
        screenshot("29-selfeval-review-withdrawn");
    }

    @Test
    void theDepartmentSeesNoReviewTab() throws Exception {
        withFailureScreenshot("selfeval-review-department", () -> {
            signIn(ZiboSelfEvalDemo.DEPARTMENT_USER);
            browser.get(base + "/selfevals");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=selfeval-table]"), ZiboSelfEvalDemo.BATCH));
            click("[data-test=selfeval-link]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=score-table]"), "90.19"));
            assertThat(browser.findElements(css("#tab-review"))).isEmpty();
            screenshot("30-selfeval-review-department");
            browser.manage().deleteAllCookies();
        });
    }

    private static By input(String dataTest) {
        return css("input[data-test=" + dataTest + "], [data-test=" + dataTest + "] input");
    }

    private List<String> texts(String selector) {
        return browser.findElements(css(selector)).stream().map(e -> e.getText().trim()).toList();
    }

    private static void clearDownloads() throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    private static String sheetText(Path xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.forEach(sheet -> {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(format.formatCellValue(cell)).append('\t');
                    }
                    text.append('\n');
                }
            });
        }
        return text.toString();
    }
}
