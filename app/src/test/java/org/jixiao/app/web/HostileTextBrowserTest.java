package org.jixiao.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.jixiao.app.server.Api;
import org.jixiao.app.server.Api.Response;
import org.jixiao.app.server.accounts.AccountsDemoData;
import org.jixiao.app.server.demo.DemoData;
import org.jixiao.app.server.demo.ZiboSelfEvalDemo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Hostile text in every free-text field the interface can reach — markup with an event handler, a Vue template
 * expression, a {@code javascript:} link, a script element — is planted through the API, then every page is opened and
 * the 决算 pie chart's tooltip shown: nothing of it runs ({@code window.__xss} stays unset), no element comes from it,
 * the pages still show their content, and the browser reports no violation of the Content-Security-Policy by the
 * application itself. Screenshot 90.
 */
class HostileTextBrowserTest extends BrowserTest {
    /** Each sets {@code window.__xss} if it ever runs; each is shown as the characters it is. */
    static final List<String> HOSTILE = List.of(
            "<img src=x onerror=\"window.__xss='img'\">",
            "{{constructor.constructor('window.__xss=\"vue\"')()}}",
            "javascript:window.__xss='link'",
            "<script>window.__xss='script'</script>",
            "\"><svg onload=\"window.__xss='svg'\">");

    static String hostile(int i) {
        return "测" + HOSTILE.get(i % HOSTILE.size());
    }

    @Test
    void hostileTextInEveryFieldIsShownAsTextOnEveryPage() throws Exception {
        withFailureScreenshot("hostile", this::walkThrough);
    }

    private void walkThrough() throws Exception {
        List<String> pages = plant();
        // the JSON API gives data as data; only the pages could turn it into markup
        signIn("admin");
        for (String page : pages) {
            browser.get(base + page);
            new org.openqa.selenium.support.ui.WebDriverWait(browser, WAIT).until(d -> ((JavascriptExecutor) d)
                    .executeScript("return document.querySelector('.el-loading-mask') === null && document.body.innerText.length > 50"));
            Thread.sleep(300);
            assertNothingRan(page);
        }
        // the disclosure's structure pie: its tooltip (HTML) shows a 科目 name with markup as text
        browser.get(base + pages.get(pages.size() - 1));
        wait.until(d -> d.findElements(By.cssSelector(".echart canvas")).size() >= 2);
        WebElement pie = browser.findElements(By.cssSelector(".echart")).get(1);
        String tooltip = hoverRing(pie);
        assertThat(tooltip).contains("<img src=x onerror=");
        screenshot("90-hostile-tooltip");
        assertNothingRan("tooltip");
        assertNoPolicyViolation();
    }

    /** Moves over the pie's ring until its tooltip shows the hostile 科目; returns the tooltip's text. */
    private String hoverRing(WebElement chart) {
        int width = chart.getSize().getWidth();
        int height = chart.getSize().getHeight();
        double radius = 0.48 * Math.min(width, height) / 2;
        String seen = "";
        for (int degree = 0; degree < 360; degree += 10) {
            int x = (int) (radius * Math.cos(Math.toRadians(degree)));
            int y = (int) (-0.05 * height + radius * Math.sin(Math.toRadians(degree)));
            new Actions(browser).moveToElement(chart, x, y).perform();
            seen = (String) ((JavascriptExecutor) browser).executeScript(
                    "const t = [...arguments[0].querySelectorAll('div')].find(d => d.style.position === 'absolute' && d.innerText.trim());"
                            + "return t ? t.innerText : '';", chart);
            if (seen.contains("onerror")) {
                return seen;
            }
        }
        return seen;
    }

    private void assertNothingRan(String where) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return window.__xss === undefined ? null : String(window.__xss)")).as("script ran on %s", where).isNull();
        assertThat(((Number) js.executeScript("return document.querySelectorAll('img[src=\"x\"], svg[onload], a[href^=\"javascript:\"]').length"))
                .intValue()).as("element made from data on %s", where).isZero();
        assertThat(browser.findElement(By.tagName("body")).getText()).as("page %s shows its content", where).doesNotContain("内部错误");
    }

    private void assertNoPolicyViolation() {
        List<String> violations = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue() && entry.getMessage().contains("Content Security Policy")) {
                violations.add(entry.getMessage());
            }
        }
        assertThat(violations).as("the application's own pages keep to their policy").isEmpty();
    }

    /** Puts hostile text in the free-text fields and returns the pages that show them (the disclosure last). */
    private List<String> plant() throws Exception {
        Api admin = Api.signedIn(port, "admin", DemoData.PASSWORD);
        Api evaluator = Api.signedIn(port, "pingjia", DemoData.PASSWORD);
        List<String> pages = new ArrayList<>(List.of("/evaluations", "/selfevals", "/accounts", "/reviews", "/admin/users", "/admin/organisations"));

        // administration: an organisation with a hostile name and alias, a user with a hostile display name
        Response org = admin.postJson("/api/organisations", Map.of("name", hostile(0), "kind", "部门", "aliases", List.of(hostile(1))));
        assertThat(org.status()).as(org.toString()).isEqualTo(201);
        Response user = admin.postJson("/api/users", Map.of("username", "hostile1", "password", "Passwort-1", "displayName", hostile(2),
                "role", "部门用户", "organisationId", org.json().get("id").asLong()));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);

        // an evaluation: title, evidence, a deduction's reason, the reason of a change, prose, a sign-off opinion
        long id = StreamSupport.stream(evaluator.get("/api/evaluations").json().spliterator(), false).mapToLong(e -> e.get("id").asLong())
                .min().orElseThrow();
        long version = evaluator.get("/api/evaluations/" + id).json().get("version").asLong();
        Response meta = evaluator.patchJson("/api/evaluations/" + id + "/meta", Map.of("title", hostile(3), "reason", hostile(4)), "\"" + version + "\"");
        assertThat(meta.status()).as(meta.toString()).isEqualTo(200);
        version = meta.json().get("version").asLong();
        Response leaf = evaluator.patchJson("/api/evaluations/" + id + "/indicators", Map.of("path", "/indicators/0/children/0/children/0",
                "evidence", hostile(0), "rule", Map.of("items", List.of(Map.of("points", 0.3, "reason", hostile(1)))), "reason", hostile(2)),
                "\"" + version + "\"");
        assertThat(leaf.status()).as(leaf.toString()).isEqualTo(200);
        version = leaf.json().get("version").asLong();
        Response prose = evaluator.patchJson("/api/evaluations/" + id + "/prose", Map.of(
                "profile", List.of(Map.of("title", hostile(3), "text", hostile(4))),
                "problems", List.of(Map.of("title", hostile(0), "text", hostile(1))), "reason", hostile(2)), "\"" + version + "\"");
        assertThat(prose.status()).as(prose.toString()).isEqualTo(200);
        pages.add("/evaluations/" + id);
        pages.add("/evaluations/" + id + "/history");

        // a self-evaluation batch with a hostile name and file name
        Api bureau = Api.signedIn(port, ZiboSelfEvalDemo.FINANCE_USER, DemoData.PASSWORD);
        byte[] workbook = Files.readAllBytes(Path.of("..", "examples", "zibo-2024-selfeval", "zibo-2024-selfeval.xlsx"));
        Response batch = upload(bureau, "/api/selfevals?year=2015&name=" + java.net.URLEncoder.encode(hostile(0), StandardCharsets.UTF_8),
                "files", "\"><img src=x onerror=\"window.__xss='file'\">.xlsx", workbook);
        assertThat(batch.status()).as(batch.toString()).isEqualTo(201);
        pages.add("/selfevals/" + batch.json().get("id").asLong());

        // a document review of a file with a hostile name
        Response review = evaluator.upload("/api/reviews", "<img src=x onerror=\"window.__xss='review'\">.docx",
                Files.readAllBytes(Path.of("..", "corpus", "real-reports", "r01-sichuan-ziyang-2024-adbloan.docx")));
        assertThat(review.status()).as(review.toString()).isEqualTo(201);
        pages.add("/reviews/" + review.json().get("id").asLong());

        // a disclosure whose 科目 names carry markup (they are the categories of its structure pies)
        String yaml = Files.readString(Path.of("..", "examples", "zibo-industry-2024-accounts.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("\n  year: 2024\n", "\n  year: 2014\n");
        for (String subject : List.of("科学技术支出", "社会保障和就业支出", "卫生健康支出", "节能环保支出", "资源勘探工业信息等支出")) {
            yaml = yaml.replace("name: " + subject + "\n", "name: \"" + subject + "<img src=x onerror=\\\"window.__xss='pie'\\\">\"\n");
        }
        JsonNode departments = admin.get("/api/organisations").json();
        long zibo = StreamSupport.stream(departments.spliterator(), false).filter(o -> o.get("name").asText().equals(AccountsDemoData.DEPARTMENT))
                .findFirst().orElseThrow().get("id").asLong();
        Response accounts = admin.post("/api/accounts?departmentId=" + zibo, "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(accounts.status()).as(accounts.toString()).isEqualTo(201);
        pages.add("/accounts/" + accounts.json().get("id").asLong());
        return pages;
    }

    private static Response upload(Api api, String path, String field, String fileName, byte[] content) {
        String boundary = "----jixiao" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName.replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }
}
