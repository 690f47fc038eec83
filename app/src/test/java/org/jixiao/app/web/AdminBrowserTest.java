package org.jixiao.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.app.server.Api;
import org.jixiao.app.server.demo.DemoData;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Administration and new evaluations in the browser: the administrator registers an organisation and creates a user
 * who then signs in; the agency's evaluator creates an evaluation from the 部门整体 template (it opens at 0 points,
 * every leaf 尚未评分), assesses one leaf and writes a 存在的问题 section that the Word report then prints.
 * Screenshots 40–45 go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminBrowserTest extends BrowserTest {
    static final String NEW_USER = "zhangwei";
    static final String NEW_DEPARTMENT = "威海临港经济技术开发区应急管理局";

    @Test
    @Order(1)
    void adminCreatesAUserWhoCanSignIn() throws Exception {
        withFailureScreenshot("admin", () -> {
            signIn("admin");
            click("[data-test=nav-organisations]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=organisation-table]"), DemoData.AGENCY));

            // 组织管理: register a department under the finance bureau
            click("[data-test=new-organisation]");
            type("input[data-test=organisation-name]", NEW_DEPARTMENT);
            choose("[data-test=organisation-parent]", DemoData.FINANCE + "（财政局）");
            // its short name, as documents write it, is an alias: uploads naming it find the department
            click("[data-test=organisation-aliases]");
            WebElement alias = browser.findElement(css("[data-test=organisation-aliases] input"));
            alias.sendKeys("临港区应急管理局", Keys.ENTER);
            click("[data-test=organisation-save]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=organisation-table]"), NEW_DEPARTMENT));
            assertThat(text("[data-test=organisation-table]")).contains(NEW_DEPARTMENT, DemoData.FINANCE, "别名：临港区应急管理局",
                    "别名：淄博高新区工业和信息化和商务局、淄博高新技术产业开发区工业信息化和商务局");
            screenshot("41-admin-organisations");

            // 用户管理: a department user of the new department; a duplicate name is refused under its field first
            // (once the “已登记” message, shown over the navigation, has gone)
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.className("el-message")));
            click("[data-test=nav-users]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=user-table]"), "pingjia"));
            click("[data-test=new-user]");
            type("input[data-test=user-username]", "pingjia");
            type("input[data-test=user-display-name]", "张伟");
            choose("[data-test=user-role]", "部门用户");
            choose("[data-test=user-organisation]", NEW_DEPARTMENT + "（部门）");
            type("input[data-test=user-password]", "Anfang-2026");
            click("[data-test=user-save]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=user-dialog]"), "用户名“pingjia”已被使用"));
            screenshot("40-admin-users-duplicate");
            type("input[data-test=user-username]", NEW_USER);
            click("[data-test=user-save]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=user-table]"), NEW_USER));
            assertThat(text("[data-test=user-table]")).contains("张伟", "部门用户", NEW_DEPARTMENT);
            assertThat(text("[data-test=status-" + NEW_USER + "]")).isEqualTo("正常");
            assertThat(text("[data-test=admin-log]")).contains("新建用户", "user/" + NEW_USER);
            screenshot("40-admin-users");

            // the new user signs in and sees no administration
            browser.manage().deleteAllCookies();
            browser.get(base + "/login");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(NEW_USER);
            browser.findElement(By.name("password")).sendKeys("Anfang-2026");
            click("[data-test=login-submit]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=current-user]"), "张伟"));
            assertThat(text("[data-test=current-user]")).contains("部门用户");
            assertThat(browser.findElements(css("[data-test=nav-users]"))).isEmpty();
            assertThat(browser.findElements(css("[data-test=new-evaluation]"))).isEmpty();
            browser.get(base + "/admin/users");
            wait.until(ExpectedConditions.urlToBe(base + "/evaluations"));
        });
    }

    @Test
    @Order(2)
    void evaluatorCreatesAnEvaluationFromTheTemplateAndWritesItsConclusions() throws Exception {
        withFailureScreenshot("template", () -> {
            signIn("pingjia");
            click("[data-test=new-evaluation]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=template-description]"), "管理效率 32"));
            choose("[data-test=template-department]", DemoData.SECOND_DEPARTMENT);
            choose("[data-test=template-client]", DemoData.FINANCE);
            type("input[data-test=template-title]", "社会事业局2025年度部门整体绩效评价");
            screenshot("42-new-evaluation");
            click("[data-test=create-evaluation]");

            // the new evaluation: the template's tree, 0 points until assessed
            wait.until(ExpectedConditions.textToBe(css("[data-test=evaluation-title]"), "社会事业局2025年度部门整体绩效评价"));
            assertThat(text("[data-test=total-score]")).isEqualTo("0");
            assertThat(text("[data-test=stage]")).isEqualTo("前期准备");
            assertThat(text("[data-test=indicator-table]")).contains("管理效率", "履职效能", "社会效应", "可持续发展能力", "尚未评分");

            // assess one leaf: no deductions found → full marks
            click("[data-test='indicator-决策依据充分性']");
            wait.until(ExpectedConditions.visibilityOfElementLocated(css("[data-test=unscored]")));
            type("input[data-test=change-reason]", "资料齐全，未发现问题");
            click("[data-test=save-indicator]");
            wait.until(ExpectedConditions.textToBe(css("[data-test=total-score]"), "1"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(css("[data-test=indicator-table]")));
            screenshot("44-template-tree");

            // 评价结论: a problem with its analysis
            click("#tab-prose");
            click("[data-test=prose-add-problems]");
            type("input[data-test=prose-problems-title-0]", "预算执行进度不均衡");
            type("textarea[data-test=prose-problems-text-0]", "第四季度支出占全年六成以上。\n原因是项目启动较晚、资金拨付集中在年底。");
            type("input[data-test=prose-reason]", "撰写报告初稿");
            click("[data-test=prose-save]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("el-message"), "已保存"));
            screenshot("43-prose");

            // the Word report prints it; the history names the chapter
            String url = browser.getCurrentUrl();
            long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            Api api = Api.signedIn(port, "pingjia", DemoData.PASSWORD);
            byte[] docx = api.get("/api/evaluations/" + id + "/report?format=docx").body();
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
                assertThat(new XWPFWordExtractor(document).getText()).contains("预算执行进度不均衡", "第四季度支出占全年六成以上。",
                        "原因是项目启动较晚、资金拨付集中在年底。");
            }
            click("[data-test=history-link]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=history-table]"), "撰写报告初稿"));
            assertThat(text("[data-test=history-table]")).contains("修改评价结论", "存在的问题及原因分析", "从模板新建");
            screenshot("45-prose-history");
        });
    }

    /** Replaces the input's text. */
    private void type(String selector, String value) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(css(selector)));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    /** Opens an Element Plus select and picks the option with exactly this text. */
    /**
     * Picks an option of an Element Plus select and checks the select shows it: under load a dropdown still sliding
     * into place can take the click on another option, so a wrong pick is chosen again.
     */
    private void choose(String selector, String option) {
        for (int attempt = 1; ; attempt++) {
            click(selector);
            By item = By.xpath("//li[contains(@class,'el-select-dropdown__item') and normalize-space(.)='" + option + "']");
            // other selects of the page keep their (hidden) options in the document: take the visible one
            // (and retry while the dropdown is still moving into place)
            wait.until(d -> {
                WebElement visible = d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
                if (visible == null) {
                    return false;
                }
                try {
                    visible.click();
                    return true;
                } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                    return false;
                }
            });
            try {
                new WebDriverWait(browser, Duration.ofSeconds(3)).until(d -> d.findElement(css(selector)).getText().contains(option));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    assertThat(text(selector)).as("选择框 " + selector).contains(option);
                }
            }
        }
    }
}
