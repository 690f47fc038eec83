package org.jixiao.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Entering a target's actual value (实际完成值) in the browser: the agency's evaluator opens the Weihai evaluation's
 * 绩效目标 tab, sets T1-04 (扶持高质量发展企业数量, ≥10家) from 40 to 7 家, sees the preview (86.18 良, the leaf 2 → 1.4)
 * and saves; the total and the table follow. Screenshot {@code 12-target-edit.png}.
 */
class TargetBrowserTest extends BrowserTest {

    @Test
    void evaluatorEntersAnActualValueAndTheTotalFollows() throws Exception {
        withFailureScreenshot("target", () -> {
            signIn("pingjia");
            click("[data-test=evaluation-link]");
            wait.until(ExpectedConditions.textToBe(css("[data-test=total-score]"), "86.78"));
            click("#tab-targets");
            click("[data-test=edit-target-T1-04]");
            wait.until(ExpectedConditions.textToBe(css("[data-test=target-value]"), "≥ 10 家"));
            WebElement actual = wait.until(ExpectedConditions.visibilityOfElementLocated(css("input[data-test=target-actual]")));
            assertThat(actual.getDomProperty("value")).isEqualTo("40");
            actual.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            actual.sendKeys("7");
            browser.findElement(css("input[data-test=target-source]")).sendKeys("（复核）");
            browser.findElement(css("input[data-test=target-reason]")).sendKeys("复核后按实际扶持企业计");

            // the server's preview: 2 × 7/10 = 1.4 for the leaf, 86.78 − 0.6 = 86.18 in total; nothing saved yet
            wait.until(ExpectedConditions.textToBe(css("[data-test=target-preview-total]"), "86.18"));
            assertThat(text("[data-test=target-preview-grade]")).isEqualTo("良");
            assertThat(text("[data-test=target-preview-leaf]")).isEqualTo("扶持制造业高质量发展企业情况：2 → 1.4");
            assertThat(content("[data-test=total-score]")).isEqualTo("86.78");
            screenshot("12-target-edit");

            click("[data-test=save-target]");
            wait.until(ExpectedConditions.textToBe(css("[data-test=total-score]"), "86.18"));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(css("[data-test=target-form]")));
            assertThat(text("[data-test=total-grade]")).isEqualTo("良");
            assertThat(content("[data-test=target-table]")).contains("扶持高质量发展企业数量≥10家7家70.00%未完成");
            ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");

            // the history names the target and the leaf
            click("[data-test=history-link]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=history-table]"), "复核后按实际扶持企业计"));
            assertThat(text("[data-test=history-table]")).contains("修改绩效目标", "绩效目标“扶持高质量发展企业数量”（实际完成值）",
                    "扶持制造业高质量发展企业情况（得分）");
        });
    }
}
