package org.jixiao.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.app.server.Api.Response;
import org.jixiao.app.server.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Administration (organisations, users), evaluations created from a template, and the prose endpoint, as a client uses
 * them over HTTP. Run on H2 ({@link AdminH2ApiTest}) and PostgreSQL ({@link AdminPostgresApiTest}).
 */
@SpringBootTest(classes = JixiaoServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AdminApiContract {
    static final String PASSWORD = DemoData.PASSWORD;
    static final String TEMPLATE = "dept-overall-shandong";

    @LocalServerPort
    int port;

    Api as(String username) {
        return Api.signedIn(port, username, PASSWORD);
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    static long organisationId(Api api, String name) {
        return StreamSupport.stream(api.get("/api/organisations").json().spliterator(), false)
                .filter(o -> o.get("name").asText().equals(name)).findFirst().orElseThrow().get("id").asLong();
    }

    static void assertProblem(Response response, int status, String field, String detailContains) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains(detailContains);
        if (field != null) {
            assertThat(response.json().path("field").asText()).as(response.toString()).isEqualTo(field);
        }
    }

    static JsonNode adminEntry(Api admin, String action, String field) {
        return StreamSupport.stream(admin.get("/api/audit/administration").json().spliterator(), false)
                .filter(e -> e.get("action").asText().equals(action) && e.path("field").asText().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " " + field));
    }

    // ------------------------------------------------------------------ organisations and users

    @Test
    void adminCreatesAnOrganisationAndAUserWhoCanSignIn() {
        Api admin = as("admin");
        String name = unique("测试评价机构");
        Response org = admin.postJson("/api/organisations", Map.of("name", name, "kind", "评价机构"));
        assertThat(org.status()).as(org.toString()).isEqualTo(201);
        long orgId = org.json().get("id").asLong();
        assertThat(org.json().get("kindLabel").asText()).isEqualTo("评价机构");

        String username = unique("eval");
        Response user = admin.postJson("/api/users", Map.of("username", username, "password", "Pruefung-2026", "displayName", "新评价人员",
                "role", "AGENCY_EVALUATOR", "organisationId", orgId));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        assertThat(user.json().get("enabled").asBoolean()).isTrue();
        assertThat(user.json().get("failedAttempts").asInt()).isZero();

        Api newcomer = new Api(port);
        Response login = newcomer.login(username, "Pruefung-2026");
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().get("organisationName").asText()).isEqualTo(name);
        // a new agency sees none of the other agencies' evaluations
        assertThat(newcomer.get("/api/evaluations").json()).isEmpty();

        assertThat(adminEntry(admin, "ORGANISATION_CREATE", "organisation/" + orgId).get("newValue").asText()).contains(name, "评价机构");
        assertThat(adminEntry(admin, "USER_CREATE", "user/" + username).get("newValue").asText()).contains("评价机构评价人员", name);
    }

    @Test
    void adminRenamesAndMovesAnOrganisationButNotUnderItself() {
        Api admin = as("admin");
        long finance = organisationId(admin, DemoData.FINANCE);
        String name = unique("测试部门");
        long id = admin.postJson("/api/organisations", Map.of("name", name, "kind", "部门")).json().get("id").asLong();
        long child = admin.postJson("/api/organisations", Map.of("name", unique("下属单位"), "kind", "部门", "parentId", id)).json()
                .get("id").asLong();

        Response renamed = admin.patchJson("/api/organisations/" + id, Map.of("name", name + "（新）", "parentId", finance), null);
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo(name + "（新）");
        assertThat(renamed.json().get("parentName").asText()).isEqualTo(DemoData.FINANCE);
        assertThat(adminEntry(admin, "ORGANISATION_CHANGE", "organisation/" + id + "/name").get("oldValue").asText()).isEqualTo(name);

        assertProblem(admin.patchJson("/api/organisations/" + id, Map.of("parentId", child), null), 400, "parentId", "自己下级组织");
        assertProblem(admin.patchJson("/api/organisations/" + id, Map.of("parentId", id), null), 400, "parentId", "自己");
        assertProblem(admin.patchJson("/api/organisations/" + id, Map.of("name", DemoData.AGENCY), null), 409, "name", "已存在");
        assertProblem(admin.patchJson("/api/organisations/" + id, Map.of("kind", "评价机构"), null), 400, "kind", "不能修改");
        assertProblem(admin.patchJson("/api/organisations/" + id, Map.of("name", " "), null), 400, "name", "不能为空");

        Map<String, Object> noParent = new HashMap<>();
        noParent.put("parentId", null);
        Response cleared = admin.patchJson("/api/organisations/" + id, noParent, null);
        assertThat(cleared.json().has("parentId")).as(cleared.toString()).isFalse();
    }

    @Test
    void aliasesFindAnOrganisationByTheOtherNamesDocumentsUse() {
        Api admin = as("admin");
        String name = unique("测试发展局");
        String shortName = unique("测试局简称");
        Response created = admin.postJson("/api/organisations", Map.of("name", name, "kind", "部门", "aliases", List.of(shortName, " " + shortName + " ")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("aliases")).extracting(JsonNode::asText).containsExactly(shortName);

        // an evaluation naming the department by its alias is filed under it
        String dataset = ApiContract.example();
        Response evaluation = as("pingjia").post("/api/evaluations", "application/yaml",
                dataset.replace("department: " + DemoData.DEPARTMENT, "department: " + shortName).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(evaluation.status()).as(evaluation.toString()).isEqualTo(201);
        assertThat(evaluation.json().at("/department/name").asText()).isEqualTo(name);

        // a name or alias belongs to one organisation only
        assertProblem(admin.patchJson("/api/organisations/" + id, Map.of("aliases", List.of(DemoData.AGENCY)), null), 409, "aliases",
                "已是组织“" + DemoData.AGENCY + "”的名称或别名");
        assertProblem(admin.postJson("/api/organisations", Map.of("name", shortName, "kind", "部门")), 409, "name",
                "“" + shortName + "”已是组织“" + name + "”的别名");
        assertProblem(admin.patchJson("/api/organisations/" + id, Map.of("aliases", List.of("")), null), 400, "aliases", "不能为空");

        // the list replaces the aliases; the change is in the administration log
        String former = unique("测试局曾用名");
        Response changed = admin.patchJson("/api/organisations/" + id, Map.of("aliases", List.of(former, shortName)), null);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("aliases")).extracting(JsonNode::asText).containsExactlyInAnyOrder(former, shortName);
        JsonNode entry = adminEntry(admin, "ORGANISATION_CHANGE", "organisation/" + id + "/aliases");
        assertThat(entry.get("oldValue").asText()).isEqualTo(shortName);
        assertThat(entry.get("newValue").asText()).contains(former, shortName);
    }

    @Test
    void onlyTheAdministratorManagesOrganisationsAndUsers() {
        long department = organisationId(as("admin"), DemoData.DEPARTMENT);
        for (String username : List.of("pingjia", "caizheng", "jingfa", "lifang")) {
            Api api = as(username);
            assertThat(api.get("/api/users").status()).as(username).isEqualTo(403);
            assertThat(api.postJson("/api/users", Map.of("username", unique("x"), "password", "Pruefung-2026", "role", "部门用户",
                    "organisationId", department)).status()).as(username).isEqualTo(403);
            assertThat(api.patchJson("/api/users/1", Map.of("enabled", false), null).status()).as(username).isEqualTo(403);
            assertThat(api.postJson("/api/organisations", Map.of("name", unique("x"), "kind", "部门")).status()).isEqualTo(403);
            assertThat(api.patchJson("/api/organisations/" + department, Map.of("name", "改名"), null).status()).isEqualTo(403);
            assertThat(api.get("/api/audit/administration").status()).isEqualTo(403);
            // everyone may read the organisations (names in forms)
            assertThat(api.get("/api/organisations").status()).isEqualTo(200);
        }
        assertThat(organisationId(as("admin"), DemoData.DEPARTMENT)).isEqualTo(department);
    }

    @Test
    void badUserInputIsRefusedNamingTheField() {
        Api admin = as("admin");
        long agency = organisationId(admin, DemoData.AGENCY);
        long department = organisationId(admin, DemoData.DEPARTMENT);
        int before = admin.get("/api/users").json().size();
        assertProblem(admin.postJson("/api/users", Map.of("username", "pingjia", "password", "Pruefung-2026", "role", "部门用户",
                "organisationId", department)), 409, "username", "已被使用");
        assertProblem(admin.postJson("/api/users", Map.of("username", "a b", "password", "Pruefung-2026", "role", "部门用户",
                "organisationId", department)), 400, "username", "用户名");
        assertProblem(admin.postJson("/api/users", Map.of("username", unique("u"), "password", "short", "role", "部门用户",
                "organisationId", department)), 400, "password", "至少 8 位");
        assertProblem(admin.postJson("/api/users", Map.of("username", unique("u"), "password", "Pruefung-2026", "role", "boss",
                "organisationId", department)), 400, "role", "无效");
        // an agency evaluator must belong to an 评价机构
        assertProblem(admin.postJson("/api/users", Map.of("username", unique("u"), "password", "Pruefung-2026", "role", "评价机构评价人员",
                "organisationId", department)), 400, "organisationId", "须属于评价机构");
        assertProblem(admin.postJson("/api/users", Map.of("username", unique("u"), "password", "Pruefung-2026", "role", "部门用户")),
                400, "organisationId", "必须属于一个组织");
        assertThat(admin.get("/api/users").json()).hasSize(before);
        // the same rule on a change: nothing saved
        long pingjia = userId(admin, "pingjia");
        assertProblem(admin.patchJson("/api/users/" + pingjia, Map.of("organisationId", department, "displayName", "改名"), null), 400,
                "organisationId", "须属于评价机构");
        assertThat(user(admin, "pingjia").get("displayName").asText()).isEqualTo("闵会");
        assertThat(user(admin, "pingjia").get("organisationId").asLong()).isEqualTo(agency);
        // the administrator cannot lock himself out
        long self = userId(admin, "admin");
        assertProblem(admin.patchJson("/api/users/" + self, Map.of("enabled", false), null), 400, "enabled", "不能停用自己");
        assertProblem(admin.patchJson("/api/users/" + self, Map.of("role", "部门用户", "organisationId", department), null), 400, "role",
                "不能取消自己的系统管理员角色");
    }

    @Test
    void adminDisablesResetsAndClearsFailedSignInsOfAnAccount() {
        Api admin = as("admin");
        long department = organisationId(admin, DemoData.SECOND_DEPARTMENT);
        String username = unique("dept");
        long id = admin.postJson("/api/users", Map.of("username", username, "password", "Erstes-Passwort", "role", "部门用户",
                "organisationId", department)).json().get("id").asLong();

        assertThat(admin.patchJson("/api/users/" + id, Map.of("enabled", false), null).json().get("enabled").asBoolean()).isFalse();
        // a disabled account hears what a wrong password hears: the answer does not tell which accounts exist
        assertProblem(new Api(port).login(username, "Erstes-Passwort"), 401, null, "用户名或密码错误，或账户已停用");
        admin.patchJson("/api/users/" + id, Map.of("enabled", true, "password", "Zweites-Passwort"), null);
        assertProblem(new Api(port).login(username, "Erstes-Passwort"), 401, null, "用户名或密码错误");
        for (int i = 0; i < 2; i++) {
            new Api(port).login(username, "falsch");
        }
        // the disabled sign-in, the old password, twice a wrong one
        assertThat(user(admin, username).get("failedAttempts").asInt()).isEqualTo(4);
        assertThat(admin.patchJson("/api/users/" + id, Map.of("unlock", true), null).json().get("failedAttempts").asInt()).isZero();
        assertThat(new Api(port).login(username, "Zweites-Passwort").status()).isEqualTo(200);

        assertThat(adminEntry(admin, "USER_CHANGE", "user/" + username + "/enabled").get("newValue").asText()).isIn("停用", "启用");
        assertThat(adminEntry(admin, "USER_CHANGE", "user/" + username + "/password").get("newValue").asText()).isEqualTo("（已重置）");
        assertThat(adminEntry(admin, "USER_CHANGE", "user/" + username + "/login").get("oldValue").asText()).isEqualTo("连续登录失败 4 次");
        // no password or hash ever in the log or the list
        assertThat(admin.get("/api/audit/administration").text()).doesNotContain("Zweites-Passwort", "$2a$");
        assertThat(admin.get("/api/users").text()).doesNotContain("$2a$", "passwordHash");
    }

    static JsonNode user(Api admin, String username) {
        return StreamSupport.stream(admin.get("/api/users").json().spliterator(), false)
                .filter(u -> u.get("username").asText().equals(username)).findFirst().orElseThrow();
    }

    static long userId(Api admin, String username) {
        return user(admin, username).get("id").asLong();
    }

    // ------------------------------------------------------------------ templates

    /** An evaluation from the template, created by the agency's evaluator for the second demo department. */
    long fromTemplate(String title) {
        Api evaluator = as("pingjia");
        long department = organisationId(evaluator, DemoData.SECOND_DEPARTMENT);
        long client = organisationId(evaluator, DemoData.FINANCE);
        Response created = evaluator.postJson("/api/templates/" + TEMPLATE + "/evaluations",
                Map.of("departmentId", department, "clientId", client, "year", 2025, "title", title));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void theTemplateListsTheWeihaiFramework() {
        JsonNode templates = as("jingfa").get("/api/templates").json();
        JsonNode template = StreamSupport.stream(templates.spliterator(), false).filter(t -> t.get("id").asText().equals(TEMPLATE))
                .findFirst().orElseThrow();
        assertThat(template.get("totalWeight").decimalValue()).isEqualByComparingTo("100");
        assertThat(template.get("leaves").asInt()).isEqualTo(46);
        assertThat(template.get("topLevelNames").toString()).contains("管理效率 32", "履职效能 38", "社会效应 20", "可持续发展能力 10");
    }

    @Test
    void anEvaluationFromTheTemplateHasTheTreeAndScoresZeroUntilAssessed() {
        long id = fromTemplate("社会事业局2025年度部门整体绩效评价");
        Api evaluator = as("pingjia");
        JsonNode detail = evaluator.get("/api/evaluations/" + id).json();
        assertThat(detail.get("title").asText()).isEqualTo("社会事业局2025年度部门整体绩效评价");
        assertThat(detail.get("year").asInt()).isEqualTo(2025);
        assertThat(detail.get("stage").asText()).isEqualTo("前期准备");
        assertThat(detail.get("department").get("name").asText()).isEqualTo(DemoData.SECOND_DEPARTMENT);
        assertThat(detail.get("agency").get("name").asText()).isEqualTo(DemoData.AGENCY);
        assertThat(detail.get("client").get("name").asText()).isEqualTo(DemoData.FINANCE);
        // the template's 100-point tree, every leaf 尚未评分
        assertThat(detail.get("total").get("weight").decimalValue()).isEqualByComparingTo("100");
        assertThat(detail.get("total").get("score").decimalValue()).isEqualByComparingTo("0");
        assertThat(detail.get("total").get("grade").asText()).isEqualTo("差");
        List<BigDecimal> weights = StreamSupport.stream(detail.get("indicators").spliterator(), false)
                .map(i -> i.get("weight").decimalValue()).toList();
        assertThat(weights).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("32"), new BigDecimal("38"), new BigDecimal("20"), new BigDecimal("10"));
        JsonNode first = detail.at("/indicators/0/children/0/children/0");
        assertThat(first.get("name").asText()).isEqualTo("决策依据充分性");
        assertThat(first.get("ruleKind").asText()).isEqualTo("deductions");
        assertThat(first.get("explanation").asText()).contains("尚未评分");
        assertThat(first.get("standard").asText()).contains("扣分");
        assertThat(first.has("evidence")).isFalse();
        assertThat(detail.get("warnings").size()).isGreaterThanOrEqualTo(46);
        assertThat(detail.get("warnings").toString()).contains("尚未评分");

        // assessing a leaf scores it: no deductions → full marks for 决策依据充分性 (1 point)
        Response edited = evaluator.patchJson("/api/evaluations/" + id + "/indicators",
                Map.of("path", "/indicators/0/children/0/children/0", "rule", Map.of("items", List.of()), "reason", "未发现问题"), "\"1\"");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("total").get("score").decimalValue()).isEqualByComparingTo("1.00");
        // a qualitative rating: 决策程序规范性 达成 0.9
        Response rated = evaluator.patchJson("/api/evaluations/" + id + "/indicators",
                Map.of("path", "/indicators/0/children/0/children/1", "rule", Map.of("level", "达成", "score", 0.9)), "\"2\"");
        assertThat(rated.json().get("total").get("score").decimalValue()).isEqualByComparingTo("1.90");

        // it exports as a dataset that an upload accepts, and its report renders
        assertThat(evaluator.get("/api/evaluations/" + id + "/dataset").text()).contains("kind: qualitative", "level: 达成");
        assertThat(evaluator.get("/api/evaluations/" + id + "/report?format=docx").status()).isEqualTo(200);
        JsonNode history = evaluator.get("/api/evaluations/" + id + "/history").json();
        assertThat(history.get(0).get("reason").asText()).isEqualTo("从模板新建：部门整体绩效评价（管理效率·履职效能·社会效应·可持续发展能力）");
    }

    @Test
    void creatingFromATemplateFollowsTheUploadPermissions() {
        Api admin = as("admin");
        long department = organisationId(admin, DemoData.SECOND_DEPARTMENT);
        long agency = organisationId(admin, DemoData.AGENCY);
        String path = "/api/templates/" + TEMPLATE + "/evaluations";
        assertThat(as("jingfa").postJson(path, Map.of("departmentId", department, "year", 2025)).status()).isEqualTo(403);
        assertThat(as("lifang").postJson(path, Map.of("departmentId", department, "year", 2025)).status()).isEqualTo(403);
        // an agency creates for itself only
        String other = unique("他家机构");
        long otherAgency = admin.postJson("/api/organisations", Map.of("name", other, "kind", "评价机构")).json().get("id").asLong();
        assertThat(as("pingjia").postJson(path, Map.of("departmentId", department, "agencyId", otherAgency, "year", 2025)).status())
                .isEqualTo(403);
        assertProblem(as("pingjia").postJson(path, Map.of("year", 2025)), 400, "departmentId", "请选择被评价部门");
        assertProblem(as("pingjia").postJson(path, Map.of("departmentId", agency, "year", 2025)), 400, "departmentId", "部门");
        assertProblem(as("pingjia").postJson(path, Map.of("departmentId", department, "year", 1999)), 400, "year", "年度");
        assertProblem(as("pingjia").postJson("/api/templates/none/evaluations", Map.of("departmentId", department, "year", 2025)), 400,
                "templateId", "不存在");
        // the finance bureau commissions for itself: client defaults to its own bureau
        Response finance = as("caizheng").postJson(path, Map.of("departmentId", department, "year", 2026));
        assertThat(finance.status()).as(finance.toString()).isEqualTo(201);
        JsonNode detail = as("caizheng").get("/api/evaluations/" + finance.json().get("id").asLong()).json();
        assertThat(detail.get("client").get("name").asText()).isEqualTo(DemoData.FINANCE);
        assertThat(detail.get("title").asText()).isEqualTo(DemoData.SECOND_DEPARTMENT + "2026年度部门整体绩效评价报告");
    }

    // ------------------------------------------------------------------ prose

    @Test
    void editedProseIsInTheReportAndTheHistory() throws Exception {
        long id = fromTemplate(unique("文字部分测试"));
        Api evaluator = as("pingjia");
        String prose = "/api/evaluations/" + id + "/prose";
        Response initial = evaluator.get(prose);
        assertThat(initial.json().get("parts").findValuesAsText("key")).containsExactly("profile", "achievements", "problems", "suggestions");
        assertThat(initial.header("ETag")).contains("\"1\"");

        Map<String, Object> body = Map.of(
                "profile", List.of(Map.of("title", "组织架构", "text", "内设综合科、社会事务科2个科室。")),
                "problems", List.of(Map.of("title", "预算执行进度不均衡", "text", "第四季度支出占全年六成以上。\n原因是项目启动较晚。")),
                "suggestions", List.of(Map.of("title", "编制用款计划", "text", "按季度编制用款计划并跟踪执行。")),
                "reason", "撰写报告初稿");
        Response saved = evaluator.patchJson(prose, body, "\"1\"");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("version").asLong()).isEqualTo(2);

        Response docx = evaluator.get("/api/evaluations/" + id + "/report?format=docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text).contains("内设综合科、社会事务科2个科室。", "预算执行进度不均衡", "第四季度支出占全年六成以上。", "原因是项目启动较晚。",
                    "编制用款计划", "按季度编制用款计划并跟踪执行。");
        }

        JsonNode history = evaluator.get("/api/evaluations/" + id + "/history").json();
        JsonNode problems = StreamSupport.stream(history.spliterator(), false)
                .filter(e -> e.get("action").asText().equals("EDIT_PROSE") && e.get("field").asText().equals("findings/problems"))
                .findFirst().orElseThrow();
        assertThat(problems.get("actionLabel").asText()).isEqualTo("修改评价结论");
        assertThat(problems.has("oldValue")).isFalse();
        assertThat(problems.get("newValue").asText()).startsWith("预算执行进度不均衡\n第四季度");
        assertThat(problems.get("reason").asText()).isEqualTo("撰写报告初稿");
        assertThat(history.findValuesAsText("field")).contains("profile", "findings/suggestions").doesNotContain("findings/achievements");

        // a second edit records the old text
        evaluator.patchJson(prose, Map.of("problems", List.of(Map.of("title", "预算执行进度不均衡", "text", "改写后的分析。"))), "\"2\"");
        JsonNode last = evaluator.get("/api/evaluations/" + id + "/history").json();
        JsonNode change = last.get(last.size() - 1);
        assertThat(change.get("oldValue").asText()).contains("原因是项目启动较晚。");
        assertThat(change.get("newValue").asText()).contains("改写后的分析。");
        assertThat(change.get("reason").asText()).isEqualTo("修改“存在的问题及原因分析”");
    }

    @Test
    void proseEditsAreLockedLikeIndicatorEdits() {
        long id = fromTemplate(unique("并发测试"));
        Api evaluator = as("pingjia");
        String prose = "/api/evaluations/" + id + "/prose";
        Map<String, Object> body = Map.of("achievements", List.of(Map.of("title", "成效", "text", "第一稿")));
        assertThat(evaluator.patchJson(prose, body, "\"1\"").status()).isEqualTo(200);
        // someone else's version 1 is stale now
        Response stale = as("admin").patchJson(prose, Map.of("achievements", List.of(Map.of("text", "覆盖"))), "\"1\"");
        assertProblem(stale, 409, null, "已被他人修改");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);
        assertThat(evaluator.patchJson(prose, body, null).status()).isEqualTo(428);
        // empty text: refused naming the field, nothing saved
        assertProblem(evaluator.patchJson(prose, Map.of("problems", List.of(Map.of("title", "标题", "text", " "))), "\"2\""), 400,
                "problems[0].text", "正文不能为空");
        assertThat(evaluator.get(prose).json().get("version").asLong()).isEqualTo(2);
        // roles that may not edit
        assertThat(as("lifang").patchJson(prose, body, "\"2\"").status()).isEqualTo(403);
        assertThat(as("caizheng").patchJson(prose, body, "\"2\"").status()).isEqualTo(403);
        // a department outside the evaluation's scope does not see it
        assertThat(as("jingfa").get(prose).status()).isEqualTo(404);
    }

    @Test
    void titleAndYearAreEditableWithTheHistory() {
        long id = fromTemplate("临时标题");
        Api evaluator = as("pingjia");
        String meta = "/api/evaluations/" + id + "/meta";
        Response changed = evaluator.patchJson(meta, Map.of("title", "社会事业局2024年度部门整体绩效评价报告", "year", 2024, "reason", "委托书所写年度"),
                "\"1\"");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode detail = evaluator.get("/api/evaluations/" + id).json();
        assertThat(detail.get("title").asText()).isEqualTo("社会事业局2024年度部门整体绩效评价报告");
        assertThat(detail.get("year").asInt()).isEqualTo(2024);
        assertThat(evaluator.get("/api/evaluations?year=2024").json().findValuesAsText("title")).contains("社会事业局2024年度部门整体绩效评价报告");
        JsonNode history = evaluator.get("/api/evaluations/" + id + "/history").json();
        assertThat(history.findValuesAsText("field")).contains("meta/title", "meta/year");
        assertThat(history.get(history.size() - 1).get("oldValue").asText()).isEqualTo("2025");
        // an empty title returns to the composed one
        evaluator.patchJson(meta, Map.of("title", ""), "\"2\"");
        assertThat(evaluator.get("/api/evaluations/" + id).json().get("title").asText())
                .isEqualTo(DemoData.SECOND_DEPARTMENT + "2024年度部门整体绩效评价报告");
        assertProblem(evaluator.patchJson(meta, Map.of("year", 1900), "\"3\""), 400, "year", "评价年度");
        assertProblem(evaluator.patchJson(meta, Map.of("year", 2023), "\"1\""), 409, null, "已被他人修改");
    }

    @Test
    void proseIsLockedAfterSubmission() {
        Api admin = as("admin");
        long id = fromTemplate(unique("提交后锁定"));
        String path = "/api/evaluations/" + id;
        for (String stage : List.of("评价实施", "报告撰写", "征求意见", "三级审核")) {
            assertThat(admin.postJson(path + "/stage", Map.of("stage", stage)).status()).isEqualTo(200);
        }
        as("pingjia").postJson(path + "/signoffs", Map.of("level", 1));
        as("lifang").postJson(path + "/signoffs", Map.of("level", 2));
        as("zhikong").postJson(path + "/signoffs", Map.of("level", 3));
        Response submitted = admin.postJson(path + "/stage", Map.of("stage", "已提交"));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        long version = submitted.json().get("version").asLong();
        assertThat(admin.get(path + "/prose").json().get("editable").asBoolean()).isFalse();
        assertProblem(admin.patchJson(path + "/prose", Map.of("suggestions", List.of(Map.of("text", "迟到的建议"))), "\"" + version + "\""),
                409, null, "不能再修改");
    }
}
