package org.jixiao.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.jixiao.app.server.Api.Response;
import org.jixiao.app.server.demo.DemoData;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.formats.dataset.DatasetReader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The REST API as a client uses it, over HTTP with session and CSRF cookies, against the demo data. Run on H2
 * ({@link H2ApiTest}) and on PostgreSQL ({@link PostgresApiTest}). Tests that change data work on their own copy of the
 * Weihai evaluation, so they do not depend on each other.
 */
@SpringBootTest(classes = JixiaoServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ApiContract {
    static final String PASSWORD = DemoData.PASSWORD;
    static final Path EXAMPLE = Path.of("..", "examples", "weihai-econ-2022.yaml");
    /** 决策依据充分性 (weight 1, one deduction of 0.3 → 0.70) */
    static final String LEAF = "/indicators/0/children/0/children/0";

    @LocalServerPort
    int port;

    Api as(String username) {
        return Api.signedIn(port, username, PASSWORD);
    }

    static String example() {
        try {
            return Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the Weihai evaluation uploaded by the agency's evaluator, for the given department. */
    long createCopy(String department) {
        String text = example().replace("department: " + DemoData.DEPARTMENT, "department: " + department);
        Response created = as("pingjia").post("/api/evaluations", "application/yaml", text.getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    long demoId(Api api) {
        JsonNode list = api.get("/api/evaluations?unit=" + urlEncode("经济发展局")).json();
        return StreamSupport.stream(list.spliterator(), false).filter(e -> e.get("version").asLong() == 1)
                .mapToLong(e -> e.get("id").asLong()).min().orElseThrow();
    }

    static String urlEncode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static void assertProblem(Response response, int status, String detailContains) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains(detailContains);
    }

    // ------------------------------------------------------------------ login, CSRF (throttling: SecurityApiContract)

    @Test
    void loginStartsASessionAndNamesTheUser() {
        Api api = new Api(port);
        assertProblem(api.get("/api/evaluations"), 401, "请先登录");
        Response login = api.login("caizheng", PASSWORD);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("roleLabel").asText()).isEqualTo("财政局审核");
        assertThat(login.json().get("organisationName").asText()).isEqualTo(DemoData.FINANCE);
        assertThat(api.cookie("JSESSIONID")).isNotBlank();
        assertThat(api.get("/api/auth/me").json().get("username").asText()).isEqualTo("caizheng");

        assertThat(api.postJson("/api/auth/logout", Map.of()).status()).isEqualTo(204);
        assertThat(api.get("/api/auth/me").status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordIsRefusedInChinese() {
        Api api = new Api(port);
        assertProblem(api.login("caizheng", "wrong-password"), 401, "用户名或密码错误");
        assertProblem(api.login("nobody", "wrong-password"), 401, "用户名或密码错误");
        assertThat(api.login("caizheng", "wrong-password").text()).isEqualTo(api.login("nobody", "wrong-password").text());
    }

    @Test
    void changingRequestsNeedTheCsrfToken() {
        Api api = as("pingjia");
        long id = demoId(api);
        Response withoutToken = api.withoutCsrfHeader().postJson("/api/evaluations/" + id + "/indicators/preview",
                Map.of("path", LEAF, "rule", Map.of("items", List.of())));
        assertProblem(withoutToken, 403, "X-XSRF-TOKEN");
        // a login without the token is refused too
        assertProblem(new Api(port).withoutCsrfHeader().postJson("/api/auth/login", Map.of("username", "admin", "password", PASSWORD)),
                403, "CSRF");
        Response token = new Api(port).get("/api/auth/csrf");
        assertThat(token.json().get("headerName").asText()).isEqualTo("X-XSRF-TOKEN");
        assertThat(token.header("Set-Cookie").orElse("")).contains("XSRF-TOKEN=" + token.json().get("token").asText());
    }

    // ------------------------------------------------------------------ evaluations: read

    @Test
    void listComputesTotalAndGradeAndFilters() {
        Api api = as("caizheng");
        JsonNode all = api.get("/api/evaluations").json();
        JsonNode demo = StreamSupport.stream(all.spliterator(), false)
                .filter(e -> e.get("department").get("name").asText().equals(DemoData.DEPARTMENT)).findFirst().orElseThrow();
        assertThat(demo.get("totalScore").decimalValue()).isEqualByComparingTo("86.78");
        assertThat(demo.get("grade").asText()).isEqualTo("良");
        assertThat(demo.get("year").asInt()).isEqualTo(2022);
        assertThat(demo.get("agency").get("name").asText()).isEqualTo(DemoData.AGENCY);

        assertThat(api.get("/api/evaluations?year=2021").json()).isEmpty();
        assertThat(api.get("/api/evaluations?year=2022").json()).isNotEmpty();
        JsonNode byUnit = api.get("/api/evaluations?unit=" + urlEncode("经济发展局")).json();
        assertThat(byUnit).isNotEmpty().allMatch(e -> e.get("department").get("name").asText().contains("经济发展局"));
        JsonNode archived = api.get("/api/evaluations?stage=" + urlEncode("归档")).json();
        assertThat(archived).allMatch(e -> e.get("stage").asText().equals("归档"));
        assertProblem(api.get("/api/evaluations?stage=" + urlEncode("完成")), 400, "阶段“完成”无效");
    }

    @Test
    void detailHasTheScoredTreeRatiosAndTargets() {
        Api api = as("jingfa");
        long id = demoId(api);
        Response response = api.get("/api/evaluations/" + id);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).hasValueSatisfying(tag -> assertThat(tag).matches("\"\\d+\""));
        JsonNode detail = response.json();
        assertThat(detail.at("/total/score").decimalValue()).isEqualByComparingTo("86.78");
        assertThat(detail.at("/total/grade").asText()).isEqualTo("良");
        assertThat(detail.at("/stage").asText()).isEqualTo("前期准备");
        assertThat(detail.at("/indicators/0/name").asText()).isEqualTo("管理效率");
        assertThat(detail.at("/indicators/0/score").decimalValue()).isEqualByComparingTo("24.28");
        JsonNode leaf = detail.at("/indicators/0/children/0/children/0");
        assertThat(leaf.get("path").asText()).isEqualTo(LEAF);
        assertThat(leaf.get("name").asText()).isEqualTo("决策依据充分性");
        assertThat(leaf.get("score").decimalValue()).isEqualByComparingTo("0.70");
        assertThat(leaf.get("explanation").asText()).startsWith("扣分点：①").endsWith("得0.7分。");
        assertThat(leaf.at("/rule/items/0/points").decimalValue()).isEqualByComparingTo("0.3");
        JsonNode execution = StreamSupport.stream(detail.get("ratios").spliterator(), false)
                .filter(r -> r.get("id").asText().equals("budget_execution_rate")).findFirst().orElseThrow();
        assertThat(execution.get("derivation").asText()).isEqualTo("9,738.4 ÷ 10,039.31 × 100% = 97.00%");
        assertThat(detail.at("/monthly/months")).hasSize(12);
        assertThat(detail.at("/monthly/fund").asText()).isEqualTo("一般公共预算");
        assertThat(detail.at("/monthly/months/0/schedulePercent").decimalValue()).isEqualByComparingTo("8.33");
        assertThat(detail.at("/monthly/months/0/progressPercent").decimalValue()).isEqualByComparingTo("1.50");
        assertThat(detail.at("/monthly/months/11/progressPercent").decimalValue()).isEqualByComparingTo("100");
        assertThat(detail.get("targets")).isNotEmpty();
        assertThat(detail.at("/targets/0/sentence").asText()).contains("目标值");
        // 表9: 49 projects, totals summed from the rows, the idle project at 0%
        assertThat(detail.at("/projects/rows")).hasSize(49);
        assertThat(detail.at("/projects/adjusted").decimalValue()).isEqualByComparingTo("8925.68");
        assertThat(detail.at("/projects/executed").decimalValue()).isEqualByComparingTo("8844.97");
        assertThat(detail.at("/projects/ratePercent").decimalValue()).isEqualByComparingTo("99.10");
        assertThat(detail.at("/projects/rows/27/name").asText()).isEqualTo("2021年完善化工园区安全和环保信息平台");
        assertThat(detail.at("/projects/rows/27/path").asText()).isEqualTo("/projects/27");
        assertThat(detail.at("/projects/rows/27/ratePercent").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void reviewListsTheReviewersQuestionsAndFollowsEdits() {
        Api api = as("pingjia");
        long id = createCopy(DemoData.DEPARTMENT);
        Response response = api.get("/api/evaluations/" + id + "/review");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode review = response.json();
        // 12 targets at ≥ 150% and one project with nothing spent; December, the months behind schedule and the
        // adjustment rate were already deducted for, so they are information pointing to the indicator
        assertThat(review.at("/counts/错误").asLong()).isZero();
        assertThat(review.at("/counts/警告").asLong()).isEqualTo(13);
        assertThat(review.at("/counts/提示").asLong()).isEqualTo(3);
        List<JsonNode> findings = StreamSupport.stream(review.get("findings").spliterator(), false).toList();
        assertThat(findings.get(0).get("severityLabel").asText()).isEqualTo("警告");
        JsonNode conservative = findings.stream().filter(f -> f.get("path").asText().equals("/targets/3")).findFirst().orElseThrow();
        assertThat(conservative.get("code").asText()).isEqualTo("EV_CONSERVATIVE");
        assertThat(conservative.get("message").asText()).isEqualTo("“扶持高质量发展企业数量”目标值≥10家，实际完成40家，完成率400%，指标值设置过于保守");
        JsonNode adjustment = findings.stream().filter(f -> f.get("code").asText().equals("EV_ADJUSTMENT_HIGH")).findFirst().orElseThrow();
        assertThat(adjustment.get("severityLabel").asText()).isEqualTo("提示");
        assertThat(adjustment.get("printed").asText()).isEqualTo("7.38%");
        assertThat(adjustment.get("location").asText()).isEqualTo("标准比率 › 预算调整率");

        // the evaluator withdraws the 预算调整率 deduction: the question is open again, as a warning
        String adjustmentLeaf = adjustment.get("path").asText();
        Response edited = api.patchJson("/api/evaluations/" + id + "/indicators",
                Map.of("path", adjustmentLeaf, "rule", Map.of("items", List.of()), "reason", "复核：调整有正当理由"), "\"1\"");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        JsonNode after = api.get("/api/evaluations/" + id + "/review").json();
        assertThat(after.at("/counts/警告").asLong()).isEqualTo(14);
        assertThat(after.get("version").asLong()).isEqualTo(2);
        assertThat(StreamSupport.stream(after.get("findings").spliterator(), false)
                .filter(f -> f.get("code").asText().equals("EV_ADJUSTMENT_HIGH")).findFirst().orElseThrow()
                .get("severityLabel").asText()).isEqualTo("警告");

        // out of scope: not found, as for the evaluation itself
        assertProblem(as("shiye").get("/api/evaluations/" + id + "/review"), 404, "不存在");
    }

    @Test
    void scoreExportAndReports() throws Exception {
        Api api = as("pingjia");
        long id = demoId(api);
        JsonNode score = api.get("/api/evaluations/" + id + "/score").json();
        assertThat(score.at("/total/score").decimalValue()).isEqualByComparingTo("86.78");
        assertThat(score.at("/total/rate").decimalValue()).isEqualByComparingTo("86.78");
        assertThat(score.at("/indicators/1/score").decimalValue()).isEqualByComparingTo("37.50");

        Response export = api.get("/api/evaluations/" + id + "/dataset");
        assertThat(export.contentType()).startsWith("application/yaml");
        assertThat(export.header("Content-Disposition").orElse("")).contains("attachment").contains(".yaml");
        var read = DatasetReader.read("export.yaml", export.text(), false);
        assertThat(EvaluationScorer.score(read.evaluation()).totalScore()).isEqualByComparingTo("86.78");

        Response docx = api.get("/api/evaluations/" + id + "/report?format=docx");
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.contentType()).contains("wordprocessingml");
        assertThat(new String(docx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.body()))) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText();
            assertThat(text).contains("86.78").contains("良");
        }
        Response html = api.get("/api/evaluations/" + id + "/report?format=html");
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.text()).contains("86.78");
        assertProblem(api.get("/api/evaluations/" + id + "/report?format=pdf"), 400, "docx 或 html");
    }

    // ------------------------------------------------------------------ evaluations: create

    @Test
    void uploadAsYamlJsonOrFile() throws Exception {
        Api api = as("pingjia");
        String text = example().replace("department: " + DemoData.DEPARTMENT, "department: " + DemoData.SECOND_DEPARTMENT);
        Response yaml = api.post("/api/evaluations", "application/yaml", text.getBytes(StandardCharsets.UTF_8));
        assertThat(yaml.status()).as(yaml.toString()).isEqualTo(201);
        assertThat(yaml.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/evaluations/" + yaml.json().get("id")));
        assertThat(yaml.json().at("/department/name").asText()).isEqualTo(DemoData.SECOND_DEPARTMENT);
        assertThat(yaml.json().at("/total/score").decimalValue()).isEqualByComparingTo("86.78");
        assertThat(yaml.json().at("/stage").asText()).isEqualTo("前期准备");

        String json = Api.JSON.writeValueAsString(new YAMLMapper().readTree(text));
        Response fromJson = api.post("/api/evaluations", "application/json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(fromJson.status()).as(fromJson.toString()).isEqualTo(201);
        assertThat(fromJson.json().at("/total/grade").asText()).isEqualTo("良");

        Response file = api.upload("/api/evaluations", "社会事业局.yaml", text.getBytes(StandardCharsets.UTF_8));
        assertThat(file.status()).as(file.toString()).isEqualTo(201);
        assertThat(file.json().at("/total/score").decimalValue()).isEqualByComparingTo("86.78");
        JsonNode history = api.get("/api/evaluations/" + file.json().get("id") + "/history").json();
        assertThat(history.get(0).get("action").asText()).isEqualTo("CREATE");
        assertThat(history.get(0).get("newValue").asText()).isEqualTo("社会事业局.yaml");
    }

    @Test
    void aBadDatasetIsRefusedWithLocatedProblemsAndNothingIsSaved() {
        Api api = as("pingjia");
        int before = api.get("/api/evaluations").json().size();
        // 决策管理 (weight 2) gets a leaf of weight 5: the children no longer add up
        String broken = example().replaceFirst("(?m)^(\\s+- name: 决策依据充分性\\n\\s+)weight: 1", "$1weight: 5");
        assertThat(broken).isNotEqualTo(example());
        Response response = api.post("/api/evaluations", "application/yaml", broken.getBytes(StandardCharsets.UTF_8));
        assertProblem(response, 422, "未保存任何内容");
        JsonNode problems = response.json().get("problems");
        assertThat(problems).isNotEmpty();
        JsonNode first = problems.get(0);
        assertThat(first.get("line").asInt()).isPositive();
        assertThat(first.get("field").asText()).startsWith("indicators[0]");
        assertThat(first.get("message").asText()).contains("分值");

        Response syntax = api.upload("/api/evaluations", "坏.yaml", "format: jixiao.evaluation/1\nmeta: [\n".getBytes(StandardCharsets.UTF_8));
        assertProblem(syntax, 422, "未保存任何内容");
        assertThat(syntax.json().at("/problems/0/message").asText()).contains("YAML 格式错误");

        String unknownDepartment = example().replace("department: " + DemoData.DEPARTMENT, "department: 不存在的局");
        Response unknown = api.post("/api/evaluations", "application/yaml", unknownDepartment.getBytes(StandardCharsets.UTF_8));
        assertProblem(unknown, 422, "尚未登记");
        assertThat(unknown.json().at("/problems/0/field").asText()).isEqualTo("meta.department");
        assertThat(unknown.json().at("/problems/0/line").asInt()).isPositive();

        assertThat(api.get("/api/evaluations").json().size()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ evaluations: edit, lock, audit

    @Test
    void changingADeductionRescoresAndIsRecordedInTheHistory() {
        long id = createCopy(DemoData.DEPARTMENT);
        Api api = as("pingjia");
        Map<String, Object> change = Map.of("path", LEAF, "rule", Map.of("items", List.of(Map.of("points", 0.5, "reason", "未细化任务清单"))),
                "reason", "复核后加扣 0.2 分");

        JsonNode preview = api.postJson("/api/evaluations/" + id + "/indicators/preview", change).json();
        assertThat(preview.at("/total/score").decimalValue()).isEqualByComparingTo("86.58");
        assertThat(api.get("/api/evaluations/" + id).json().at("/total/score").decimalValue()).isEqualByComparingTo("86.78");

        Response patched = api.patchJson("/api/evaluations/" + id + "/indicators", change, "\"1\"");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.header("ETag")).hasValue("\"2\"");
        assertThat(patched.json().at("/total/score").decimalValue()).isEqualByComparingTo("86.58");
        assertThat(patched.json().at("/total/grade").asText()).isEqualTo("良");
        assertThat(patched.json().at("/indicators/0/children/0/children/0/explanation").asText()).contains("未细化任务清单，扣0.5分");

        JsonNode history = api.get("/api/evaluations/" + id + "/history").json();
        JsonNode rule = find(history, "EDIT_INDICATOR");
        assertThat(rule.get("field").asText()).isEqualTo(LEAF + "/rule");
        assertThat(rule.get("oldValue").asText()).contains("0.3");
        assertThat(rule.get("newValue").asText()).contains("0.5").contains("未细化任务清单");
        assertThat(rule.get("reason").asText()).isEqualTo("复核后加扣 0.2 分");
        assertThat(rule.get("username").asText()).isEqualTo("pingjia");
        assertThat(rule.get("displayName").asText()).isEqualTo("闵会");
        assertThat(rule.get("at").asText()).isNotBlank();
        JsonNode score = find(history, "SCORE_CHANGE");
        assertThat(score.get("oldValue").asText()).isEqualTo("0.70");
        assertThat(score.get("newValue").asText()).isEqualTo("0.50");

        Response evidence = api.patchJson("/api/evaluations/" + id + "/indicators",
                Map.of("path", LEAF, "evidence", "现场核查：工作计划未分解。", "version", 2), null);
        assertThat(evidence.status()).as(evidence.toString()).isEqualTo(200);
        assertThat(evidence.json().at("/indicators/0/children/0/children/0/evidence").asText()).isEqualTo("现场核查：工作计划未分解。");
        assertThat(api.get("/api/evaluations/" + id + "/dataset").text()).contains("现场核查：工作计划未分解。");
    }

    @Test
    void aStaleVersionIsAConflictNotASilentOverwrite() {
        long id = createCopy(DemoData.DEPARTMENT);
        Api first = as("pingjia");
        Api second = as("admin");
        Map<String, Object> a = Map.of("path", LEAF, "rule", Map.of("items", List.of(Map.of("points", 0.5, "reason", "甲的扣分"))));
        Map<String, Object> b = Map.of("path", LEAF, "rule", Map.of("items", List.of(Map.of("points", 0.1, "reason", "乙的扣分"))));
        assertThat(first.patchJson("/api/evaluations/" + id + "/indicators", a, "\"1\"").status()).isEqualTo(200);
        Response stale = second.patchJson("/api/evaluations/" + id + "/indicators", b, "\"1\"");
        assertProblem(stale, 409, "该指标已被他人修改，请刷新后重试");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);
        assertThat(second.get("/api/evaluations/" + id).json().at("/total/score").decimalValue()).isEqualByComparingTo("86.58");
        assertProblem(second.patchJson("/api/evaluations/" + id + "/indicators", b, null), 428, "版本号");
    }

    @Test
    void twoSimultaneousEditsOfTheSameVersionNeverBothWin() throws Exception {
        long id = createCopy(DemoData.DEPARTMENT);
        Api first = as("pingjia");
        Api second = as("admin");
        String path = "/api/evaluations/" + id + "/indicators";
        var a = java.util.concurrent.CompletableFuture.supplyAsync(() -> first.patchJson(path,
                Map.of("path", LEAF, "rule", Map.of("items", List.of(Map.of("points", 0.5, "reason", "甲")))), "\"1\""));
        var b = java.util.concurrent.CompletableFuture.supplyAsync(() -> second.patchJson(path,
                Map.of("path", LEAF, "rule", Map.of("items", List.of(Map.of("points", 0.1, "reason", "乙")))), "\"1\""));
        List<Integer> statuses = Stream.of(a.get(), b.get()).map(Response::status).sorted().toList();
        assertThat(statuses).containsExactly(200, 409);
        JsonNode after = first.get("/api/evaluations/" + id).json();
        assertThat(after.get("version").asLong()).isEqualTo(2);
        assertThat(first.get("/api/evaluations/" + id + "/history").json())
                .filteredOn(e -> e.get("action").asText().equals("EDIT_INDICATOR")).hasSize(1);
    }

    @Test
    void anEditThatBreaksTheRulesIsRefusedAndNothingChanges() {
        long id = createCopy(DemoData.DEPARTMENT);
        Api api = as("pingjia");
        Response bad = api.patchJson("/api/evaluations/" + id + "/indicators",
                Map.of("path", LEAF, "rule", Map.of("kind", "qualitative", "level", "达成", "score", 0.1)), "\"1\"");
        assertProblem(bad, 422, "未保存");
        assertThat(bad.json().get("problems")).isNotEmpty();
        assertProblem(api.patchJson("/api/evaluations/" + id + "/indicators", Map.of("path", "/indicators/0", "evidence", "x"), "\"1\""), 400,
                "不是末级指标");
        assertProblem(api.patchJson("/api/evaluations/" + id + "/indicators", Map.of("path", "/indicators/9", "evidence", "x"), "\"1\""), 404,
                "不存在");
        JsonNode after = api.get("/api/evaluations/" + id).json();
        assertThat(after.get("version").asLong()).isEqualTo(1);
        assertThat(after.at("/total/score").decimalValue()).isEqualByComparingTo("86.78");
        assertThat(api.get("/api/evaluations/" + id + "/history").json()).hasSize(1);
    }

    // ------------------------------------------------------------------ data scope

    @Test
    void aDepartmentUserCannotReadAnotherUnitsEvaluation() {
        long other = createCopy(DemoData.SECOND_DEPARTMENT);
        Api economy = as("jingfa");
        assertProblem(economy.get("/api/evaluations/" + other), 404, "不在当前账号的数据范围内");
        assertThat(economy.get("/api/evaluations/" + other + "/dataset").status()).isEqualTo(404);
        assertThat(economy.get("/api/evaluations/" + other + "/report").status()).isEqualTo(404);
        assertThat(economy.get("/api/evaluations/" + other + "/history").status()).isEqualTo(404);
        assertThat(economy.get("/api/evaluations").json())
                .allMatch(e -> e.at("/department/name").asText().equals(DemoData.DEPARTMENT));

        Api social = as("shiye");
        assertThat(social.get("/api/evaluations/" + other).status()).isEqualTo(200);
        assertThat(social.get("/api/evaluations/" + demoId(economy)).status()).isEqualTo(404);
        // a department user reads its own evaluation but does not edit it
        assertProblem(social.patchJson("/api/evaluations/" + other + "/indicators", Map.of("path", LEAF, "evidence", "x"), "\"1\""), 403,
                "不能修改");
        // the finance bureau and the agency see what they commissioned / carry out
        assertThat(as("caizheng").get("/api/evaluations/" + other).status()).isEqualTo(200);
        assertThat(as("lifang").get("/api/evaluations/" + other).status()).isEqualTo(200);
    }

    @Test
    void usersAndOrganisationsAreAdministeredByTheAdminOnly() {
        Api evaluator = as("pingjia");
        assertProblem(evaluator.get("/api/users"), 403, "无权");
        assertProblem(evaluator.postJson("/api/organisations", Map.of("name", "某局", "kind", "部门")), 403, "无权");
        assertThat(evaluator.get("/api/organisations").json()).hasSizeGreaterThanOrEqualTo(4);

        Api admin = as("admin");
        String name = "测试局" + UUID.randomUUID().toString().substring(0, 6);
        Response org = admin.postJson("/api/organisations", Map.of("name", name, "kind", "部门"));
        assertThat(org.status()).as(org.toString()).isEqualTo(201);
        assertThat(org.json().get("kindLabel").asText()).isEqualTo("部门");
        assertProblem(admin.postJson("/api/organisations", Map.of("name", name, "kind", "部门")), 409, "已存在");
        assertProblem(admin.postJson("/api/organisations", Map.of("name", "x", "kind", "公司")), 400, "组织类型");

        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        Response user = admin.postJson("/api/users", Map.of("username", username, "password", "Passwort-1", "displayName", "张三",
                "role", "DEPARTMENT_USER", "organisationId", org.json().get("id").asLong()));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        assertThat(user.json().get("roleLabel").asText()).isEqualTo("部门用户");
        assertThat(user.json().has("passwordHash")).isFalse();
        assertProblem(admin.postJson("/api/users", Map.of("username", username + "x", "password", "short", "role", "ADMIN")), 400,
                "至少 8 位");
        assertProblem(admin.postJson("/api/users", Map.of("username", username + "y", "password", "Passwort-1", "role", "财政局审核",
                "organisationId", org.json().get("id").asLong())), 400, "不匹配");
        assertThat(Api.signedIn(port, username, "Passwort-1").get("/api/evaluations").json()).isEmpty();
    }

    // ------------------------------------------------------------------ workflow

    @Test
    void theWorkflowRunsThroughThreeSignOffsAndLocksEditingAfterSubmission() {
        long id = createCopy(DemoData.DEPARTMENT);
        String path = "/api/evaluations/" + id;
        Api evaluator = as("pingjia");
        assertProblem(as("jingfa").postJson(path + "/stage", Map.of("stage", "评价实施")), 403, "部门用户");
        for (String stage : List.of("评价实施", "报告撰写", "征求意见", "三级审核")) {
            Response moved = evaluator.postJson(path + "/stage", Map.of("stage", stage));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
            assertThat(moved.json().get("stage").asText()).isEqualTo(stage);
        }
        assertProblem(evaluator.postJson(path + "/stage", Map.of("stage", "归档")), 409, "不能从“三级审核”转到“归档”");
        assertProblem(evaluator.postJson(path + "/stage", Map.of("stage", "已提交")), 409, "三级审核尚未完成");

        Api level2 = as("lifang");
        Api level3 = as("zhikong");
        assertProblem(level2.postJson(path + "/signoffs", Map.of("level", 2)), 409, "请先完成一级审核");
        assertProblem(level2.postJson(path + "/signoffs", Map.of("level", 1)), 403, "一级审核人为“闵会”");
        assertThat(evaluator.postJson(path + "/signoffs", Map.of("level", 1, "opinion", "数据与底稿一致")).status()).isEqualTo(200);
        assertThat(level2.postJson(path + "/signoffs", Map.of("level", 2)).status()).isEqualTo(200);
        Response signed = level3.postJson(path + "/signoffs", Map.of("level", 3, "opinion", "同意提交"));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.json().get("signOffs")).hasSize(3);
        assertThat(signed.json().at("/signOffs/2/displayName").asText()).isEqualTo("吕学永");
        assertThat(signed.json().at("/signOffs/0/levelLabel").asText()).isEqualTo("一级审核");

        Response submitted = level3.postJson(path + "/stage", Map.of("stage", "已提交"));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.json().get("editable").asBoolean()).isFalse();
        long version = submitted.json().get("version").asLong();
        assertProblem(evaluator.patchJson(path + "/indicators", Map.of("path", LEAF, "evidence", "x"), "\"" + version + "\""), 409,
                "评价处于“已提交”阶段，不能再修改");

        assertProblem(evaluator.postJson(path + "/stage", Map.of("stage", "归档")), 403, "不能把评价");
        Response archived = as("caizheng").postJson(path + "/stage", Map.of("stage", "归档"));
        assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
        assertThat(archived.json().get("stage").asText()).isEqualTo("归档");

        JsonNode history = evaluator.get(path + "/history").json();
        List<String> stages = StreamSupport.stream(history.spliterator(), false).filter(e -> e.get("action").asText().equals("STAGE_CHANGE"))
                .map(e -> e.get("oldValue").asText() + "→" + e.get("newValue").asText()).toList();
        assertThat(stages).containsExactly("前期准备→评价实施", "评价实施→报告撰写", "报告撰写→征求意见", "征求意见→三级审核", "三级审核→已提交",
                "已提交→归档");
        assertThat(history).filteredOn(e -> e.get("action").asText().equals("SIGN_OFF")).hasSize(3);
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        Api api = new Api(port);
        Response docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/evaluations")).isTrue();
        assertThat(paths.has("/api/evaluations/{id}/indicators")).isTrue();
        assertThat(paths.has("/api/evaluations/{id}/history")).isTrue();
        assertThat(paths.has("/api/users")).isTrue();
        assertThat(docs.json().at("/info/title").asText()).isEqualTo("绩效 Jixiao API");
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    static JsonNode find(JsonNode history, String action) {
        return StreamSupport.stream(history.spliterator(), false).filter(e -> e.get("action").asText().equals(action)).findFirst()
                .orElseThrow(() -> new AssertionError("修改记录中没有 " + action + "：" + history));
    }

    static long organisationId(Api api, String name) {
        return StreamSupport.stream(api.get("/api/organisations").json().spliterator(), false)
                .filter(o -> o.get("name").asText().equals(name)).findFirst().orElseThrow().get("id").asLong();
    }
}
