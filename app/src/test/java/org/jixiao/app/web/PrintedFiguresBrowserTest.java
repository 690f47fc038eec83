package org.jixiao.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 报告印数核对 in the browser: the demo Weihai evaluation keeps the 215 figures its report prints; the evaluator opens the
 * tab and sees the one that departs from the computed figure (表9 row 15, 99.99% printed for 99.90%) with both values
 * and its dataset line. Screenshot {@code 13-printed-figures.png}.
 */
class PrintedFiguresBrowserTest extends BrowserTest {

    @Test
    void evaluatorSeesWhereTheReportsPrintedFiguresDepart() throws Exception {
        withFailureScreenshot("printed", () -> {
            signIn("pingjia");
            click("[data-test=evaluation-link]");
            wait.until(ExpectedConditions.textToBe(css("[data-test=total-score]"), "86.78"));
            click("#tab-printed");
            wait.until(ExpectedConditions.visibilityOfElementLocated(css("[data-test=printed-summary]")));
            assertThat(text("[data-test=printed-summary]")).contains("报告所印的 215 个数字", "1 处不一致");
            assertThat(text("[data-test=printed-difference]"))
                    .isEqualTo("项目“2021年安全生产和应急管理专项资金”预算执行率（%）：报告印 99.99，计算为 99.90（相差 0.09）");
            assertThat(text("[data-test=printed-table]")).contains("第 1545 行 printed.projects[14].rate");
            screenshot("13-printed-figures");
        });
    }
}
