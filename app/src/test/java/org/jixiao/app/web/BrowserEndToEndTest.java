package org.jixiao.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.jixiao.app.server.Api;
import org.jixiao.app.server.demo.DemoData;

/**
 * The browser interface end to end, in the system Chromium (Debian {@code chromium} + {@code chromium-driver}, never
 * a downloaded browser): the server runs on a random port with its own H2 database in a temporary folder; the test signs
 * in as the agency's evaluator, opens the Weihai demo evaluation (86.78 / 良), raises a deduction of 决策依据充分性 from
 * 0.3 to 0.5, sees the total become 86.58 while typing, saves, downloads the Word report and finds 86.58 in it, and
 * opens the history, then the review findings. Screenshots of each page go to {@code target/screenshots/}.
 */
class BrowserEndToEndTest extends BrowserTest {

    @Test
    void evaluatorChangesADeductionSeesTheTotalChangeAndDownloadsTheReport() throws Exception {
        withFailureScreenshot("evaluation", this::walkThrough);
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
        // while the server writes it, the page says so; once it is there, how long it took
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=report-progress]"), "报告已生成"));
        assertThat(text("[data-test=report-progress]")).matches("报告已生成（用时 \\d+\\.\\d 秒）");
        try (InputStream in = Files.newInputStream(report); XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("86.58").doesNotContain("86.78");
        }

        // 修改记录
        click("[data-test=history-link]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=history-table]"), "复核后调整扣分"));
        assertThat(text("[data-test=history-table]")).contains("决策依据充分性", "扣0.3分", "扣0.5分", "闵会", "pingjia", "系统管理员", "补充佐证");
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

        // 复核发现: the reviewer's questions from the data; a click leads to the indicator
        assertThat(text("[data-test=review-summary]")).isEqualTo("复核：0 个错误 · 13 个警告 · 3 个提示");
        click("[data-test=review-tab]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=review-table]"), "扶持高质量发展企业数量"));
        assertThat(text("[data-test=review-table]")).contains("完成率400%，指标值设置过于保守", "2021年完善化工园区安全和环保信息平台",
                "12月支出占全年的54.23%", "已在“预算调整率”扣0.5分");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(css("[data-test=review-panel]")));
        screenshot("09-review");
        browser.findElement(css("[data-test=review-EV_PROJECT_UNEXECUTED]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=project-table] .current-row"),
                "2021年完善化工园区安全和环保信息平台"));
        assertThat(text("[data-test=project-table] .el-table__footer")).contains("合计", "8,925.68", "8,844.97", "99.10%");
        screenshot("11-projects");
        click("[data-test=review-tab]");
        click("[data-test=review-EV_ADJUSTMENT_HIGH]");
        wait.until(ExpectedConditions.textToBe(css(".el-drawer__title"), "修改指标：预算调整率"));
        screenshot("10-review-located");
    }

    @Test
    void departmentUserSeesItsEvaluationReadOnly() throws Exception {
        signIn("jingfa");
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
}
