package org.jixiao.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Edits typed and not saved are not lost without a word: the evaluator changes a deduction (0.3 → 0.5, preview 86.58)
 * and then goes back in the browser — the page asks first (修改尚未保存), and staying keeps the typed value and its
 * preview; closing the tab would ask too (the page cancels {@code beforeunload}); closing the panel asks, and leaving
 * without saving restores the saved total 86.78. Screenshot {@code 13-unsaved-changes.png}.
 */
class UnsavedChangesBrowserTest extends BrowserTest {

    @Test
    void leavingWithUnsavedChangesAsksFirst() throws Exception {
        withFailureScreenshot("unsaved", () -> {
            signIn("pingjia");
            click("[data-test=evaluation-link]");
            wait.until(ExpectedConditions.textToBe(css("[data-test=total-score]"), "86.78"));
            String evaluationPage = browser.getCurrentUrl();
            JavascriptExecutor js = (JavascriptExecutor) browser;
            // nothing typed yet: nothing to ask about when the tab closes
            assertThat(js.executeScript(BEFORE_UNLOAD)).isEqualTo(false);

            click("[data-test='indicator-决策依据充分性']");
            WebElement points = wait.until(ExpectedConditions.visibilityOfElementLocated(css("input[data-test=deduction-points-0]")));
            points.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0.5");
            wait.until(ExpectedConditions.textToBe(css("[data-test=preview-total]"), "86.58"));

            // back in the browser: asked first; staying keeps what was typed
            js.executeScript("window.history.back()");
            WebElement prompt = wait.until(ExpectedConditions.visibilityOfElementLocated(css(".el-message-box")));
            assertThat(prompt.getText()).contains("修改尚未保存", "离开后这些修改将丢失", "继续修改");
            screenshot("13-unsaved-changes");
            click(".el-message-box__btns button:first-child"); // 继续修改
            wait.until(ExpectedConditions.invisibilityOfElementLocated(css(".el-message-box")));
            assertThat(browser.getCurrentUrl()).isEqualTo(evaluationPage);
            assertThat(browser.findElement(css("input[data-test=deduction-points-0]")).getDomProperty("value")).isEqualTo("0.5");
            assertThat(text("[data-test=preview-total]")).isEqualTo("86.58");

            // closing the tab now would ask too
            assertThat(js.executeScript(BEFORE_UNLOAD)).isEqualTo(true);

            // 取消 in the panel asks as well; leaving without saving restores the saved figures
            click("[data-test=cancel-indicator]");
            wait.until(ExpectedConditions.visibilityOfElementLocated(css(".el-message-box")));
            click(".el-message-box__btns .el-button--primary"); // 不保存，离开
            wait.until(ExpectedConditions.invisibilityOfElementLocated(css("[data-test=indicator-panel]")));
            wait.until(ExpectedConditions.textToBe(css("[data-test=total-score]"), "86.78"));
            assertThat(js.executeScript(BEFORE_UNLOAD)).isEqualTo(false);
        });
    }

    /** Whether the page would ask before the tab closes: it cancels the beforeunload event. */
    private static final String BEFORE_UNLOAD =
            "const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;";
}
