package org.jixiao.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jixiao.app.server.Api;
import org.jixiao.app.server.demo.DemoData;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Trust in the browser: a user changes their own password in the 修改密码 dialog, which ends their session elsewhere; the
 * administrator's 安全审计 page verifies the audit trail and lists failed sign-ins and refused requests. Screenshots 46–47
 * go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityBrowserTest extends BrowserTest {
    static final String USER = "wangfang";

    @Test
    @Order(1)
    void aUserChangesTheirPasswordAndTheirOtherSessionEnds() throws Exception {
        withFailureScreenshot("password", () -> {
            Api admin = Api.signedIn(port, "admin", DemoData.PASSWORD);
            long department = java.util.stream.StreamSupport.stream(admin.get("/api/organisations").json().spliterator(), false)
                    .filter(o -> o.get("name").asText().equals(DemoData.DEPARTMENT)).findFirst().orElseThrow().get("id").asLong();
            assertThat(admin.postJson("/api/users", Map.of("username", USER, "password", "Anfang-2026", "displayName", "王芳",
                    "role", "部门用户", "organisationId", department)).status()).isEqualTo(201);
            Api elsewhere = Api.signedIn(port, USER, "Anfang-2026");
            // a refused request, for the administrator's page below
            assertThat(elsewhere.get("/api/users").status()).isEqualTo(403);

            browser.manage().deleteAllCookies();
            browser.get(base + "/login");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(USER);
            browser.findElement(By.name("password")).sendKeys("Anfang-2026");
            click("[data-test=login-submit]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=current-user]"), "王芳"));

            click("[data-test=change-password]");
            type("input[data-test=password-current]", "Falsch-2026");
            type("input[data-test=password-new]", "Zweites-2026");
            type("input[data-test=password-confirm]", "Zweites-2026");
            click("[data-test=password-save]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("el-form-item__error"), "当前密码不正确"));
            screenshot("46-change-password");
            type("input[data-test=password-current]", "Anfang-2026");
            click("[data-test=password-save]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("el-message"), "密码已修改"));

            // the other session has ended; this one goes on
            assertThat(elsewhere.get("/api/auth/me").status()).isEqualTo(401);
            browser.get(base + "/evaluations");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=current-user]"), "王芳"));
            assertThat(new Api(port).login(USER, "Anfang-2026").status()).isEqualTo(401);
            assertThat(new Api(port).login(USER, "Zweites-2026").status()).isEqualTo(200);
        });
    }

    @Test
    @Order(2)
    void theAdministratorVerifiesTheAuditTrailAndSeesFailedSignInsAndRefusals() throws Exception {
        withFailureScreenshot("security", () -> {
            for (int i = 0; i < 3; i++) {
                new Api(port).login("kaoshi", "guess-" + i);
            }
            signIn("admin");
            click("[data-test=nav-security]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=login-failures]"), "kaoshi"));
            assertThat(text("[data-test=refusals]")).contains(USER, "管理用户", "只有系统管理员可以管理用户");
            click("[data-test=audit-verify]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(css("[data-test=audit-verify-result]"), "操作日志完整"));
            assertThat(text("[data-test=audit-last-hash]")).containsPattern("[0-9a-f]{64}");
            screenshot("47-security");
        });
    }

    private void type(String selector, String value) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(css(selector)));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }
}
