package org.jixiao.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.jixiao.app.server.demo.ZiboSelfEvalDemo;
import org.jixiao.formats.selfeval.SyntheticBatch;

/**
 * The self-evaluation pages in the system Chromium: the Zibo finance bureau opens the demo batch, sees the five scores
 * (97.41 … 90.19, all 优), the eleven warnings of the review filtered by severity and the spot-check sample with its
 * coverage, downloads the summary in Excel and Word and finds the figures in them, then uploads workbooks: a bad one is
 * refused with its file and cell, a good one becomes a batch. The department sees its tables but not the sample.
 * Screenshots {@code 20-…} to {@code 27-…} go to {@code target/screenshots/}.
 */
class SelfEvalBrowserTest extends BrowserTest {
    static final List<String> ZIBO_TOTALS = List.of("97.41", "95.93", "93.54", "91.38", "90.19");

    @Test
    void financeBureauReviewsTheZiboBatchAndUploadsAnother() throws Exception {
        withFailureScreenshot("selfeval", this::walkThrough);
    }

    private void walkThrough() throws Exception {
        signIn(ZiboSelfEvalDemo.FINANCE_USER);
        click("[data-test=nav-selfevals]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=selfeval-table]"), ZiboSelfEvalDemo.BATCH));
        assertThat(text("[data-test=selfeval-count]")).isEqualTo("5");
        assertThat(text("[data-test=selfeval-table]")).contains(ZiboSelfEvalDemo.FINANCE, "优 5", "警告 11");
        screenshot("20-selfeval-list");

        // 得分: the five tables as the CLI scores them, with the charts
        click("[data-test=selfeval-link]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=score-table]"), "97.41"));
        assertThat(texts("[data-test=score-total]")).containsExactlyElementsOf(ZIBO_TOTALS);
        assertThat(texts("[data-test=score-grade]")).containsOnly("优");
        assertThat(text("[data-test=score-table]")).contains("安全生产综合管理经费", "74.14%", "7.41", "90.00", "1.94%", "0.19");
        assertThat(text("[data-test=batch-name]")).isEqualTo(ZiboSelfEvalDemo.BATCH);
        wait.until(d -> d.findElements(By.cssSelector(".echart canvas")).size() >= 2);
        settle();
        screenshot("21-selfeval-batch");

        // a table's indicators: the unit's score beside the computed one
        browser.findElements(css("[data-test=score-table] .el-table__expand-icon")).get(0).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=score-table]"), "安全检查企业家数"));
        scrollTo("[data-test=score-table]");
        settle();
        screenshot("22-selfeval-indicators");

        // 复核发现: eleven warnings, none an error
        click("#tab-findings");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=findings-table]"), "SE_LOW_EXEC_FULL"));
        assertThat(rows("[data-test=findings-table]")).isEqualTo(11);
        assertThat(text("[data-test=findings-table]")).contains("2-第三方护航商贸领域运行安全项目 › H6", "预算执行率仅 59.25%，产出和效益指标却全部得满分");
        click("[data-test=severity-错误]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=findings-table]"), "没有复核发现"));
        click("[data-test=severity-警告]");
        wait.until(ExpectedConditions.attributeContains(css("[data-test=severity-警告]"), "class", "is-active"));
        wait.until(d -> rows("[data-test=findings-table]") == 11);
        settle();
        screenshot("23-selfeval-findings");

        // 抽查样本: 2 of 5 projects, 40.00% by count and 66.68% by amount, each with its reason
        click("#tab-sample");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=sample-table]"), "非公有制企业党委党建工作经费"));
        assertThat(text("[data-test=sample-count-percent]")).isEqualTo("40.00%");
        assertThat(text("[data-test=sample-amount-percent]")).isEqualTo("66.68%");
        assertThat(texts("[data-test=sample-reason]")).hasSize(2).first().asString().startsWith("风险排序第 1 位（风险分 60.43）");
        settle();
        screenshot("24-selfeval-sample");

        // 下载汇总表: Excel and Word, with the figures
        click("[data-test=download-summary-xlsx]");
        Path xlsx = awaitDownload(".xlsx");
        assertThat(xlsx.getFileName().toString()).endsWith("-汇总表.xlsx");
        assertThat(sheetText(xlsx)).contains("2024 年度项目支出绩效自评情况汇总表", "安全生产综合管理经费", "97.41", "优");
        click("[data-test=download-summary-docx]");
        Path docx = awaitDownload(".docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("第三方护航商贸领域运行安全项目", "95.93");
        }

        // 上传: a workbook whose 批量录入 sheet lacks a required column refuses the upload, naming file and sheet
        Path synthetic = temp.resolve("synthetic");
        SyntheticBatch.generate(synthetic, 3, 7, 0.0, 5, 1000, true);
        click("[data-test=nav-selfevals]");
        click("[data-test=upload-open]");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(css("input[data-test=upload-name], [data-test=upload-name] input")));
        name.sendKeys("合成自评批次");
        chooseFiles(synthetic.resolve("part-00001.xlsx"), synthetic.resolve("zbad-00005.xlsx"));
        click("[data-test=upload-submit]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(css("[data-test=upload-problems]")));
        assertThat(text("[data-test=upload-error]")).contains("未保存任何内容");
        assertThat(text("[data-test=upload-problems]")).contains("zbad-00005.xlsx", "批量录入", "缺少必填列“全年执行数(B)”");
        screenshot("25-selfeval-upload-refused");

        // the good workbook alone becomes a batch, and the page opens it
        click(".el-dialog__footer .el-button:not(.el-button--primary)");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(css("[data-test=upload-problems]")));
        click("[data-test=upload-open]");
        name = wait.until(ExpectedConditions.visibilityOfElementLocated(css("input[data-test=upload-name], [data-test=upload-name] input")));
        name.sendKeys("合成自评批次");
        chooseFiles(synthetic.resolve("part-00001.xlsx"));
        click("[data-test=upload-submit]");
        wait.until(ExpectedConditions.textToBe(css("[data-test=batch-name]"), "合成自评批次"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=score-table]"), "合成项目3"));
        assertThat(text("[data-test=batch-tables]")).isEqualTo("3");
        assertThat(texts("[data-test=score-total]")).hasSize(3).allMatch(t -> t.matches("\\d+\\.\\d\\d"));
        screenshot("26-selfeval-uploaded");
    }

    @Test
    void theDepartmentSeesItsTablesButNotTheSample() throws Exception {
        withFailureScreenshot("selfeval-department", () -> {
            signIn(ZiboSelfEvalDemo.DEPARTMENT_USER);
            browser.get(base + "/selfevals");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=selfeval-table]"), ZiboSelfEvalDemo.BATCH));
            assertThat(browser.findElements(css("[data-test=upload-open]"))).as("部门用户不能上传").isEmpty();
            click("[data-test=selfeval-link]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=score-table]"), "90.19"));
            assertThat(browser.findElements(css("[data-test=delete-batch]"))).isEmpty();
            click("#tab-sample");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(css("#pane-sample"), "抽查样本只对汇总该批次的财政局开放"));
            settle();
        screenshot("27-selfeval-department");
            browser.manage().deleteAllCookies();
        });
    }

    /** Lets the tabs' and buttons' CSS transitions end, so that a screenshot shows the page at rest (nothing is asserted on it). */
    private static void settle() throws InterruptedException {
        Thread.sleep(500);
    }

    /** Gives files to the upload's file input (hidden by Element Plus behind its drop zone). */
    private void chooseFiles(Path... files) {
        WebElement input = browser.findElement(css(".el-dialog input[type=file]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].style.display = 'block';", input);
        input.sendKeys(String.join("\n", java.util.Arrays.stream(files).map(f -> f.toAbsolutePath().toString()).toList()));
        ((JavascriptExecutor) browser).executeScript("arguments[0].style.display = 'none';", input);
    }

    private void scrollTo(String selector) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(css(selector)));
    }

    private List<String> texts(String selector) {
        return browser.findElements(css(selector)).stream().map(e -> e.getText().trim()).toList();
    }

    private int rows(String table) {
        return browser.findElements(css(table + " .el-table__body-wrapper tbody tr")).size();
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
