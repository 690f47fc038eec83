package org.jixiao.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.StreamSupport;

import org.jixiao.app.server.Api;
import org.jixiao.app.server.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Budget facts entered in the browser's form: an evaluation created from the Shandong template scores 0; the evaluator
 * enters 编制数 29, 实际在职人数 30, 公用经费 预算 24.8 / 实际 23.74 in 预算数据 and sees the ratio leaves score while typing
 * (在职人员控制率 103.45%: 1 − 3.45 × 0.1 = 0.66; 公用经费控制率 95.73%: full 2) and after saving (total 2.66).
 * Screenshot {@code 14-facts-form.png}.
 */
class FactsFormBrowserTest extends BrowserTest {
    private static final String STAFF_LEAF = "/indicators/0/children/1/children/0/children/1";
    private static final String PUBLIC_FUNDS_LEAF = "/indicators/0/children/2/children/0/children/0";

    @Test
    void evaluatorFillsTheBudgetFactsAndTheRatioLeavesScore() throws Exception {
        Api api = Api.signedIn(port, "pingjia", DemoData.PASSWORD);
        long department = StreamSupport.stream(api.get("/api/organisations").json().spliterator(), false)
                .filter(o -> o.get("name").asText().equals(DemoData.SECOND_DEPARTMENT)).findFirst().orElseThrow().get("id").asLong();
        long id = api.postJson("/api/templates/dept-overall-shandong/evaluations", Map.of("departmentId", department, "year", 2025))
                .json().get("id").asLong();

        withFailureScreenshot("facts", () -> {
            signIn("pingjia");
            browser.get(base + "/evaluations/" + id);
            wait.until(ExpectedConditions.textToBe(css("[data-test=total-score]"), "0"));
            click("#tab-facts");
            fill("staff/approved", "29");
            fill("staff/actual", "30");
            fill("public_funds/budget", "24.8");
            fill("public_funds/actual", "23.74");

            // the preview, nothing saved yet
            wait.until(ExpectedConditions.textToBe(css("[data-test=total-score]"), "2.66"));
            click("#tab-indicators");
            assertThat(content("[data-test='score-" + STAFF_LEAF + "']")).isEqualTo("0.66");
            assertThat(content("[data-test='score-" + PUBLIC_FUNDS_LEAF + "']")).isEqualTo("2");
            assertThat(api.get("/api/evaluations/" + id).json().get("version").asLong()).isEqualTo(1);

            click("#tab-facts");
            browser.findElement(css("input[data-test=facts-reason]")).sendKeys("按人事和财务报表填写");
            screenshot("14-facts-form");
            click("[data-test=save-facts]");
            wait.until(d -> api.get("/api/evaluations/" + id).json().get("version").asLong() == 2);
            var detail = api.get("/api/evaluations/" + id).json();
            assertThat(detail.at("/total/score").decimalValue()).isEqualByComparingTo("2.66");
            assertThat(api.get("/api/evaluations/" + id + "/dataset").text()).contains("approved: 29", "actual: 30", "budget: 24.8");
            assertThat(api.get("/api/evaluations/" + id + "/history").json().toString()).contains("修改预算数据", "/budget/staff/approved",
                    "按人事和财务报表填写");
            assertThat(content("[data-test=total-score]")).isEqualTo("2.66");
        });
    }

    private void fill(String key, String value) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(css("input[data-test='fact-" + key + "']")));
        input.clear();
        input.sendKeys(value);
    }
}
