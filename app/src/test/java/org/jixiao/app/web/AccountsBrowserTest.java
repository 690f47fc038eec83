package org.jixiao.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.jixiao.app.server.Api;
import org.jixiao.app.server.accounts.AccountsDemoData;
import org.jixiao.app.server.demo.DemoData;

/**
 * The final-accounts pages (决算公开) in the browser: the department's accountant signs in, opens the Zibo 2024 demo
 * disclosure, sees the nine tables, the review findings (six 尾差 notes) and the generated 情况说明, downloads the Word
 * 情况说明 and finds 6,096.59 in it, pastes a 情况说明 with the published errors and sees them with their quotes, and
 * tries to upload a workbook with text in a number cell (refused with its sheet!cell). Screenshots 30–36.
 */
class AccountsBrowserTest extends BrowserTest {
    static final String WRONG_TEXT = "五、一般公共预算财政拨款支出决算情况说明\n"
            + "2024年度一般公共预算财政拨款支出年初预算数为2,476.6万元，支出决算数为6,095.94万元，完成年初预算数的246.14%。"
            + "决算数大于年初预算数，主要原因是专项资金支付统计口径发生变化。其中：\n";

    @Test
    void accountantOpensTheDemoDisclosureReviewsItAndChecksAText() throws Exception {
        withFailureScreenshot("accounts", this::walkThrough);
    }

    private void walkThrough() throws Exception {
        signIn(AccountsDemoData.DEPARTMENT_USER);
        click("[data-test=nav-accounts]");

        // 决算公开 list
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=accounts-table]"), AccountsDemoData.DEPARTMENT));
        assertThat(text("[data-test=accounts-grand-total]")).isEqualTo("6,096.59");
        assertThat(text("[data-test=accounts-review-counts]")).contains("错误 0", "提示 6");
        screenshot("30-accounts-list");

        // an upload with text in a number cell: refused whole, the problem named by sheet!cell
        Path broken = temp.resolve("决算表-有错.xlsx");
        Files.write(broken, brokenWorkbook());
        click("[data-test=accounts-upload-open]");
        wait.until(ExpectedConditions.presenceOfElementLocated(css("input[data-test=accounts-upload-file]"))).sendKeys(broken.toString());
        click("[data-test=accounts-upload-submit]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(css("[data-test=accounts-upload-problems]")));
        assertThat(text("[data-test=accounts-upload-error]")).contains("未导入任何内容");
        assertThat(text("[data-test=accounts-upload-problems]")).containsPattern("决算表-有错\\.xlsx 表3![A-Z]+\\d+：").contains("一百");
        screenshot("35-accounts-upload-error");
        browser.findElement(By.cssSelector("[data-test=accounts-upload-dialog] .el-dialog__headerbtn")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(css("input[data-test=accounts-upload-file]")));

        // the disclosure: key figures, charts, the nine tables
        click("[data-test=accounts-link]");
        wait.until(ExpectedConditions.textToBe(css("[data-test=fact-grandTotal]"), "6,096.59"));
        assertThat(text("[data-test=accounts-title]")).isEqualTo(AccountsDemoData.DATA_DEPARTMENT + "2024年度部门决算");
        assertThat(text("[data-test=accounts-facts]")).contains("减少15,024.49万元，下降71.14%");
        // the page's own address reloads (the server answers the application's routes with index.html)
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(css("[data-test=fact-grandTotal]"), "6,096.59"));
        wait.until(d -> d.findElements(By.cssSelector(".echart canvas")).size() >= 2);
        screenshot("36-accounts-overview");
        assertThat(text("[data-test=accounts-table-title]")).isEqualTo("表1 收入支出决算总表");
        assertThat(text("[data-test=accounts-nine-table]")).contains("收入总计", "6,096.59", "年初结转和结余", "0.65");
        click("[data-test=accounts-table-tab-5]");
        wait.until(ExpectedConditions.textToBe(css("[data-test=accounts-table-title]"), "表5 一般公共预算财政拨款支出决算表"));
        assertThat(text("[data-test=accounts-nine-table]")).contains("2060101", "行政运行", "779.00", "6,095.94", "4,919.93");
        scrollTo("[data-test=accounts-tabs]");
        screenshot("31-accounts-tables");

        // 复核发现: no error, six 尾差 notes (6,095.94 printed, 6,095.93 the sum of the parts)
        click("#tab-review");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=accounts-findings]"), "6,095.93"));
        assertThat(browser.findElements(By.cssSelector("[data-test=accounts-findings] tbody tr"))).hasSize(6);
        assertThat(text("[data-test=accounts-findings]")).contains("提示", "尾差");
        screenshot("32-accounts-findings");

        // 情况说明: the generated text, and its Word download
        click("#tab-text");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=accounts-explanation]"),
                "2024年度收、支总计均为6,096.59万元。与2023年相比，收、支总计各减少15,024.49万元，下降71.14%。"));
        assertThat(text("[data-test=accounts-explanation]")).contains("完成年初预算数的62.92%", "占政府采购支出总额的99.81%");
        screenshot("33-accounts-text");
        scrollTo("[data-test=accounts-title]");
        click("[data-test=accounts-download-docx]");
        Path docx = awaitDownload(".docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("2024年度收、支总计均为6,096.59万元", "下降71.14%");
        }

        // 核对情况说明: a pasted paragraph with the published errors
        click("#tab-check");
        browser.findElement(css("textarea[data-test=accounts-check-text]")).sendKeys(WRONG_TEXT);
        click("[data-test=accounts-check-submit]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=accounts-check-summary]"), "错误 3"));
        assertThat(text("[data-test=accounts-check-findings]")).contains("2,476.6", "9,688.28", "246.14%", "62.92%", "大于", "小于");
        assertThat(browser.findElements(By.cssSelector("[data-test=finding-quote] mark"))).extracting(e -> e.getText())
                .containsExactly("2,476.6", "246.14%", "大于");
        scrollTo("[data-test=accounts-check-summary]");
        screenshot("34-accounts-check");
    }

    private void scrollTo(String selector) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(css(selector)));
    }

    /** The demo disclosure's workbook (as the server writes it) with the first figure of 表3 replaced by 一百. */
    private byte[] brokenWorkbook() throws Exception {
        Api api = Api.signedIn(port, AccountsDemoData.DEPARTMENT_USER, DemoData.PASSWORD);
        long id = api.get("/api/accounts").json().get(0).get("id").asLong();
        byte[] xlsx = api.get("/api/accounts/" + id + "/workbook").body();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                if (!sheet.getSheetName().startsWith("表3")) {
                    continue;
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (row.getRowNum() >= 4 && cell.getCellType() == CellType.NUMERIC) {
                            cell.setCellValue("一百");
                            ByteArrayOutputStream out = new ByteArrayOutputStream();
                            book.write(out);
                            return out.toByteArray();
                        }
                    }
                }
            }
        }
        throw new AssertionError("表3 没有数字单元格");
    }
}
