package org.jixiao.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.jixiao.app.server.Api.Response;
import org.jixiao.app.server.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 14, part A, attacked over HTTP the way a client would: rights that outlive their removal, refusals that leave no
 * trace, a computed score typed by hand, a login that can be turned against its users, and an audit trail that can be
 * changed unseen. Each test is one attack class of {@code docs/security.md}. Run on H2 ({@link SecurityH2ApiTest}) and
 * PostgreSQL ({@link SecurityPostgresApiTest}).
 *
 * <p>The server runs as behind a reverse proxy ({@code server.forward-headers-strategy=native}), so that each attack can
 * come from client addresses of its own ({@link Api#from}) and the address throttle of one test does not slow another.
 */
@SpringBootTest(classes = JixiaoServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "server.forward-headers-strategy=native")
abstract class SecurityApiContract {
    static final String PASSWORD = DemoData.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api as(String username) {
        return Api.signedIn(port, username, PASSWORD);
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An address of the documentation range, different for every call. */
    static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    static void assertProblem(Response response, int status, String detailContains) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains(detailContains);
    }

    static long organisationId(Api api, String name) {
        return StreamSupport.stream(api.get("/api/organisations").json().spliterator(), false)
                .filter(o -> o.get("name").asText().equals(name)).findFirst().orElseThrow().get("id").asLong();
    }

    /** A new account of the role in the organisation (by name; null for none), with the given password. */
    long createUser(String username, String password, String role, String organisation) {
        Api admin = as("admin");
        Map<String, Object> user = new HashMap<>(Map.of("username", username, "password", password, "displayName", "测试" + username,
                "role", role));
        if (organisation != null) {
            user.put("organisationId", organisationId(admin, organisation));
        }
        Response created = admin.postJson("/api/users", user);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    /** The refusals the audit trail holds for this user, newest first. */
    List<JsonNode> refusalsOf(String username) {
        return list(as("admin").get("/api/audit/refusals").json()).stream().filter(e -> e.get("username").asText().equals(username)).toList();
    }

    // ------------------------------------------------------------------ rights end with the account's change

    @Test
    void aDemotedAdministratorsOpenSessionCannotCreateAnAdministrator() {
        String boss = unique("boss");
        long id = createUser(boss, "Chef-Passwort-1", "ADMIN", null);
        Api session = Api.signedIn(port, boss, "Chef-Passwort-1");
        assertThat(session.get("/api/users").status()).isEqualTo(200);

        Response demoted = as("admin").patchJson("/api/users/" + id,
                Map.of("role", "部门用户", "organisationId", organisationId(as("admin"), DemoData.DEPARTMENT)), null);
        assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);

        // the open session ends at once: its next request, creating an administrator, is refused and creates nothing
        String newcomer = unique("evil");
        assertProblem(session.postJson("/api/users", Map.of("username", newcomer, "password", "Boese-Absicht-1", "role", "ADMIN")), 401,
                "会话已结束");
        assertThat(session.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(as("admin").get("/api/users").text()).doesNotContain(newcomer);

        // signed in again, the account has its new role only, and the refusal is in the audit trail
        Api again = Api.signedIn(port, boss, "Chef-Passwort-1");
        assertThat(again.get("/api/auth/me").json().get("roleLabel").asText()).isEqualTo("部门用户");
        assertProblem(again.postJson("/api/users", Map.of("username", newcomer, "password", "Boese-Absicht-1", "role", "ADMIN")), 403,
                "只有系统管理员可以管理用户");
        assertThat(as("admin").get("/api/users").text()).doesNotContain(newcomer);
        JsonNode refusal = refusalsOf(boss).get(0);
        assertThat(refusal.get("newValue").asText()).isEqualTo("管理用户");
        assertThat(refusal.get("reason").asText()).contains("只有系统管理员可以管理用户");
    }

    @Test
    void disablingAnAccountOrResettingItsPasswordEndsItsSessionsAtOnce() {
        String name = unique("dept");
        long id = createUser(name, "Erstes-Passwort", "部门用户", DemoData.DEPARTMENT);
        Api first = Api.signedIn(port, name, "Erstes-Passwort");
        assertThat(first.get("/api/evaluations").status()).isEqualTo(200);
        assertThat(as("admin").patchJson("/api/users/" + id, Map.of("password", "Zweites-Passwort"), null).status()).isEqualTo(200);
        assertProblem(first.get("/api/evaluations"), 401, "会话已结束");

        Api second = Api.signedIn(port, name, "Zweites-Passwort");
        assertThat(as("admin").patchJson("/api/users/" + id, Map.of("enabled", false), null).status()).isEqualTo(200);
        assertProblem(second.get("/api/evaluations"), 401, "会话已结束");

        // a change that gives no new rights (the display name) leaves the session alone
        assertThat(as("admin").patchJson("/api/users/" + id, Map.of("enabled", true), null).status()).isEqualTo(200);
        Api third = Api.signedIn(port, name, "Zweites-Passwort");
        assertThat(as("admin").patchJson("/api/users/" + id, Map.of("displayName", "新名字"), null).status()).isEqualTo(200);
        assertThat(third.get("/api/auth/me").json().get("displayName").asText()).isEqualTo("新名字");
    }

    @Test
    void movingAUserToAnotherDepartmentEndsItsSessionAndItsOldScope() {
        long other = createCopyFor(DemoData.DEPARTMENT);
        String name = unique("dept");
        long id = createUser(name, "Erstes-Passwort", "部门用户", DemoData.DEPARTMENT);
        Api session = Api.signedIn(port, name, "Erstes-Passwort");
        assertThat(session.get("/api/evaluations/" + other).status()).isEqualTo(200);
        as("admin").patchJson("/api/users/" + id, Map.of("organisationId", organisationId(as("admin"), DemoData.SECOND_DEPARTMENT)), null);
        assertProblem(session.get("/api/evaluations/" + other), 401, "会话已结束");
        assertProblem(Api.signedIn(port, name, "Erstes-Passwort").get("/api/evaluations/" + other), 404, "不在当前账号的数据范围内");
    }

    @Test
    void aUserChangesTheirOwnPasswordWhichEndsTheirOtherSessions() {
        String name = unique("own");
        createUser(name, "Altes-Passwort-1", "评价机构评价人员", DemoData.AGENCY);
        Api here = Api.signedIn(port, name, "Altes-Passwort-1");
        Api elsewhere = Api.signedIn(port, name, "Altes-Passwort-1");

        Response wrong = here.postJson("/api/auth/password", Map.of("currentPassword", "falsch", "newPassword", "Neues-Passwort-1"));
        assertProblem(wrong, 400, "当前密码不正确");
        assertThat(wrong.json().get("field").asText()).isEqualTo("currentPassword");
        Response tooShort = here.postJson("/api/auth/password", Map.of("currentPassword", "Altes-Passwort-1", "newPassword", "kurz"));
        assertProblem(tooShort, 400, "至少 8 位");
        assertThat(tooShort.json().get("field").asText()).isEqualTo("newPassword");
        assertThat(elsewhere.get("/api/auth/me").status()).isEqualTo(200);

        Response changed = here.postJson("/api/auth/password", Map.of("currentPassword", "Altes-Passwort-1", "newPassword", "Neues-Passwort-1"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        // this session goes on (and can still change things: its CSRF token was renewed), the other one has ended
        assertThat(here.get("/api/auth/me").json().get("username").asText()).isEqualTo(name);
        assertThat(here.postJson("/api/evaluations", "{}").status()).isNotIn(401, 403);
        assertProblem(elsewhere.get("/api/auth/me"), 401, "会话已结束");
        assertProblem(new Api(port).from(address()).login(name, "Altes-Passwort-1"), 401, "用户名或密码错误");
        assertThat(new Api(port).login(name, "Neues-Passwort-1").status()).isEqualTo(200);

        JsonNode entry = list(as("admin").get("/api/audit/administration").json()).stream()
                .filter(e -> e.get("action").asText().equals("PASSWORD_CHANGE") && e.get("username").asText().equals(name)).findFirst()
                .orElseThrow();
        assertThat(entry.get("newValue").asText()).isEqualTo("（已修改）");
        assertThat(as("admin").get("/api/audit/administration").text()).doesNotContain("Neues-Passwort-1");
    }

    // ------------------------------------------------------------------ every refusal is audited

    @Test
    void everyRefusalIsInTheAuditTrailWithWhoWhatAndWhy() {
        long other = createCopyFor(DemoData.SECOND_DEPARTMENT);
        String name = unique("nosy");
        createUser(name, "Neugierig-123", "部门用户", DemoData.DEPARTMENT);
        Api nosy = Api.signedIn(port, name, "Neugierig-123");
        assertProblem(nosy.get("/api/evaluations/" + other), 404, "不在当前账号的数据范围内");
        assertProblem(nosy.get("/api/audit/verify"), 403, "只有系统管理员");
        long own = createCopyFor(DemoData.DEPARTMENT);
        assertProblem(nosy.patchJson("/api/evaluations/" + own + "/indicators", Map.of("path", "/indicators/0/children/0/children/0",
                "evidence", "x"), "\"1\""), 403, "部门用户不能修改评价内容");
        assertProblem(nosy.postJson("/api/evaluations/" + own + "/stage", Map.of("stage", "评价实施")), 403, "部门用户不能把评价");

        List<JsonNode> refusals = refusalsOf(name);
        assertThat(refusals).hasSize(4);
        // newest first: the stage, the edit, the audit page, the other unit's evaluation
        assertThat(refusals.get(0).get("field").asText()).isEqualTo("evaluation/" + own);
        assertThat(refusals.get(0).get("newValue").asText()).isEqualTo("转到“评价实施”");
        assertThat(refusals.get(1).get("newValue").asText()).isEqualTo("修改评价内容");
        assertThat(refusals.get(2).get("field").asText()).isEqualTo("administration");
        assertThat(refusals.get(3).get("field").asText()).isEqualTo("evaluation/" + other);
        assertThat(refusals.get(3).get("reason").asText()).isEqualTo("不在数据范围内");
        assertThat(refusals.get(3).get("actionLabel").asText()).isEqualTo("拒绝访问");
        // the refused requests changed nothing
        assertThat(as("pingjia").get("/api/evaluations/" + own).json().get("version").asLong()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ computed means computed

    /** A copy of the Weihai evaluation for the department, uploaded by the agency's evaluator. */
    long createCopyFor(String department) {
        String text = ApiContract.example().replace("department: " + DemoData.DEPARTMENT, "department: " + department);
        Response created = as("pingjia").post("/api/evaluations", "application/yaml", text.getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** A leaf whose score a rule computes from the targets and that does not have full marks. */
    static JsonNode computedLeafBelowFullMarks(JsonNode detail) {
        List<JsonNode> leaves = new ArrayList<>();
        collectLeaves(detail.get("indicators"), leaves);
        return leaves.stream().filter(l -> l.get("ruleKind").asText().equals("proportional"))
                .filter(l -> l.get("score").decimalValue().compareTo(l.get("weight").decimalValue()) < 0).findFirst().orElseThrow();
    }

    private static void collectLeaves(JsonNode nodes, List<JsonNode> out) {
        for (JsonNode node : nodes) {
            if (node.get("leaf").asBoolean()) {
                out.add(node);
            } else {
                collectLeaves(node.get("children"), out);
            }
        }
    }

    @Test
    void anEvaluatorCannotTurnAComputedScoreIntoFullMarksByHand() {
        long id = createCopyFor(DemoData.DEPARTMENT);
        Api evaluator = as("pingjia");
        JsonNode before = evaluator.get("/api/evaluations/" + id).json();
        JsonNode leaf = computedLeafBelowFullMarks(before);
        String path = leaf.get("path").asText();
        // a valid merge patch: the old rule's fields removed (null), a manual score at full marks
        Map<String, Object> rule = new HashMap<>();
        leaf.get("rule").fieldNames().forEachRemaining(field -> rule.put(field, null));
        rule.putAll(Map.of("kind", "manual", "score", leaf.get("weight").decimalValue(), "justification", "完成良好"));
        Map<String, Object> manual = Map.of("path", path, "reason", "按实际情况评定", "rule", rule);

        assertProblem(evaluator.patchJson("/api/evaluations/" + id + "/indicators", manual, "\"1\""), 403, "不能修改指标体系");
        assertProblem(evaluator.postJson("/api/evaluations/" + id + "/indicators/preview", manual), 403, "不能修改指标体系");
        // nor by changing a parameter of the rule, nor by a score field slipped into a computed rule
        String otherBelow = "zero".equals(leaf.at("/rule/below_target").asText()) ? "proportional" : "zero";
        assertProblem(evaluator.patchJson("/api/evaluations/" + id + "/indicators",
                Map.of("path", path, "reason", "x", "rule", Map.of("below_target", otherBelow)), "\"1\""), 403, "不能修改指标体系");
        assertThat(evaluator.patchJson("/api/evaluations/" + id + "/indicators",
                Map.of("path", path, "reason", "x", "rule", Map.of("score", leaf.get("weight").decimalValue())), "\"1\"").status()).isIn(403, 422);
        // the quality reviewer of the agency may not either
        assertProblem(as("lifang").patchJson("/api/evaluations/" + id + "/indicators", manual, "\"1\""), 403, "不能修改");

        JsonNode after = evaluator.get("/api/evaluations/" + id).json();
        assertThat(after.get("version").asLong()).isEqualTo(1);
        assertThat(after.at("/total/score").decimalValue()).isEqualByComparingTo(before.at("/total/score").decimalValue());
        assertThat(list(evaluator.get("/api/evaluations/" + id + "/history").json())).hasSize(1);
        assertThat(refusalsOf("pingjia")).anyMatch(r -> r.get("field").asText().equals("evaluation/" + id)
                && r.get("newValue").asText().equals("修改指标体系"));
        // what the evaluator assesses stays the evaluator's: deductions on a deductions rule
        Response assessed = evaluator.patchJson("/api/evaluations/" + id + "/indicators", Map.of("path", ApiContract.LEAF, "rule",
                Map.of("items", List.of(Map.of("points", 0.5, "reason", "未细化任务清单")))), "\"1\"");
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(200);
    }

    @Test
    void theClientChangesTheIndicatorSystemWithAReasonAndTheHistoryAndTheReviewShowIt() {
        long id = createCopyFor(DemoData.DEPARTMENT);
        Api client = as("caizheng");
        JsonNode leaf = computedLeafBelowFullMarks(client.get("/api/evaluations/" + id).json());
        String path = leaf.get("path").asText();
        Map<String, Object> rule = Map.of("kind", "manual", "score", leaf.get("weight").decimalValue(), "justification", "经委托方同意改为专家评定");

        Response noReason = client.patchJson("/api/evaluations/" + id + "/indicators", Map.of("path", path, "rule", rule), "\"1\"");
        assertProblem(noReason, 400, "须写明原因");
        assertThat(noReason.json().get("field").asText()).isEqualTo("reason");
        // the client confirms the indicator system; it does not assess
        assertProblem(client.patchJson("/api/evaluations/" + id + "/indicators", Map.of("path", path, "evidence", "x"), "\"1\""), 403,
                "不能修改评价内容");

        Response changed = client.patchJson("/api/evaluations/" + id + "/indicators",
                Map.of("path", path, "rule", rule, "reason", "评审会决定：该项改由专家评定"), "\"1\"");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

        JsonNode history = as("pingjia").get("/api/evaluations/" + id + "/history").json();
        JsonNode entry = ApiContract.find(history, "INDICATOR_SYSTEM_CHANGE");
        assertThat(entry.get("actionLabel").asText()).isEqualTo("修改指标体系");
        assertThat(entry.get("field").asText()).isEqualTo(path + "/rule");
        assertThat(entry.get("oldValue").asText()).contains("proportional");
        assertThat(entry.get("newValue").asText()).contains("manual");
        assertThat(entry.get("reason").asText()).isEqualTo("评审会决定：该项改由专家评定");
        assertThat(entry.get("username").asText()).isEqualTo("caizheng");

        JsonNode findings = as("pingjia").get("/api/evaluations/" + id + "/review").json().get("findings");
        JsonNode finding = list(findings).stream().filter(f -> f.get("code").asText().equals("INDICATOR_SYSTEM_CHANGED")).findFirst()
                .orElseThrow(() -> new AssertionError("复核发现中没有指标体系变更：" + findings));
        assertThat(finding.get("severityLabel").asText()).isEqualTo("警告");
        assertThat(finding.get("path").asText()).isEqualTo(path);
        assertThat(finding.get("printed").asText()).isEqualTo("按目标完成比例计分");
        assertThat(finding.get("message").asText()).contains("“" + leaf.get("name").asText() + "”", "评价人员评定", "caizheng",
                "评审会决定：该项改由专家评定");
        // from now on the score is the evaluator's to give within the new rule
        Response assessed = as("pingjia").patchJson("/api/evaluations/" + id + "/indicators",
                Map.of("path", path, "rule", Map.of("score", 1, "justification", "专家评定")), "\"2\"");
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ login

    @Test
    void fiveAnonymousFailuresDoNotLockTheAdministratorOut() {
        Api attacker = new Api(port).from(address());
        for (int i = 0; i < 5; i++) {
            assertProblem(attacker.login("admin", "guess-" + i), 401, "用户名或密码错误");
        }
        // from a browser that never signed in, at another address: no wait
        Response admin = new Api(port).from(address()).login("admin", PASSWORD);
        assertThat(admin.status()).as(admin.toString()).isEqualTo(200);
    }

    @Test
    void aSustainedAttackOnTheAdministratorsAccountOrOfficeDoesNotKeepTheAdministratorOut() throws Exception {
        String office = address();
        Api browser = new Api(port).from(office);
        assertThat(browser.login("admin", PASSWORD).status()).isEqualTo(200);
        assertThat(browser.postJson("/api/auth/logout", Map.of()).status()).isEqualTo(204);

        // wrong passwords for the administrator from everywhere, until a new browser has to wait
        attackUntilThrottled(() -> new Api(port).from(address()).login("admin", "guess"));
        Response stranger = new Api(port).from(address()).login("admin", PASSWORD);
        assertThat(stranger.status()).as("a new browser waits: " + stranger).isEqualTo(429);
        // the browser the administrator signed in with before is not held up
        Response again = browser.login("admin", PASSWORD);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(browser.postJson("/api/auth/logout", Map.of()).status()).isEqualTo(204);

        // wrong passwords for many names from the administrator's office address, until the address has to wait
        attackUntilThrottled(() -> new Api(port).from(office).login(unique("spray"), "guess"));
        assertThat(new Api(port).from(office).login("jingfa", PASSWORD).status()).isEqualTo(429);
        Response fromTheOffice = browser.login("admin", PASSWORD);
        assertThat(fromTheOffice.status()).as(fromTheOffice.toString()).isEqualTo(200);
    }

    /**
     * Sends the failing attempt until the answer is 429 with at least 2 seconds to wait, so that the next request
     * certainly comes within the delay; returns how many attempts were checked (401) before the first 429.
     */
    static int attackUntilThrottled(java.util.function.Supplier<Response> attempt) throws InterruptedException {
        int checked = 0;
        boolean throttled = false;
        for (int i = 0; i < 200; i++) {
            Response answer = attempt.get();
            if (answer.status() == 429) {
                throttled = true;
                assertThat(answer.json().get("detail").asText()).contains("登录失败次数过多", "秒后再试");
                if (Long.parseLong(answer.header("Retry-After").orElseThrow()) >= 2) {
                    return checked;
                }
                Thread.sleep(100); // a delay of one second: wait it out, the next failure doubles it
            } else {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
                if (!throttled) {
                    checked++;
                }
            }
        }
        throw new AssertionError("no delay of 2 seconds after 200 failures");
    }

    long adminId() {
        return list(as("admin").get("/api/users").json()).stream().filter(u -> u.get("username").asText().equals("admin")).findFirst()
                .orElseThrow().get("id").asLong();
    }

    @Test
    void unknownUserWrongPasswordAndDisabledAccountGetOneAnswer() {
        String disabled = unique("off");
        long id = createUser(disabled, "Richtig-123", "部门用户", DemoData.DEPARTMENT);
        as("admin").patchJson("/api/users/" + id, Map.of("enabled", false), null);
        String existing = unique("on");
        createUser(existing, "Richtig-123", "部门用户", DemoData.DEPARTMENT);

        List<Response> answers = List.of(new Api(port).from(address()).login(unique("nobody"), "Richtig-123"),
                new Api(port).from(address()).login(existing, "Falsch-123"),
                new Api(port).from(address()).login(disabled, "Richtig-123"),
                new Api(port).from(address()).login(disabled, "Falsch-123"));
        for (Response answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
            assertThat(answer.json().get("title").asText()).isEqualTo("登录失败");
            assertThat(answer.json().get("detail").asText()).isEqualTo("用户名或密码错误，或账户已停用");
            assertThat(answer.json().size()).as(answer.toString()).isEqualTo(answers.get(0).json().size());
        }
    }

    @Test
    void repeatedFailuresMakeTheNextAttemptWaitLongerAndAdministratorsSeeThem() throws Exception {
        String name = unique("target");
        createUser(name, "Richtig-123", "部门用户", DemoData.DEPARTMENT);
        int refused = attackUntilThrottled(() -> new Api(port).from(address()).login(name, "falsch"));
        // five failures cost nothing, the sixth makes the next attempt wait
        assertThat(refused).isGreaterThanOrEqualTo(6);
        // while it waits even the right password is not checked
        assertThat(new Api(port).from(address()).login(name, "Richtig-123").status()).isEqualTo(429);

        Api admin = as("admin");
        JsonNode run = list(admin.get("/api/audit/login-failures").json()).stream()
                .filter(f -> f.get("kind").asText().equals("账号") && f.get("name").asText().equals(name)).findFirst().orElseThrow();
        assertThat(run.get("failures").asInt()).isGreaterThanOrEqualTo(refused);
        assertThat(run.get("delayedUntil").asText()).isNotBlank();
        JsonNode user = list(admin.get("/api/users").json()).stream().filter(u -> u.get("username").asText().equals(name)).findFirst()
                .orElseThrow();
        assertThat(user.get("failedAttempts").asInt()).isGreaterThanOrEqualTo(refused);
        assertThat(as("jingfa").get("/api/audit/login-failures").status()).isEqualTo(403);

        // the administrator clears the run: the right password works at once
        assertThat(admin.patchJson("/api/users/" + user.get("id").asLong(), Map.of("unlock", true), null).json().get("failedAttempts").asInt())
                .isZero();
        assertThat(new Api(port).from(address()).login(name, "Richtig-123").status()).isEqualTo(200);
    }

    @Test
    void parallelGuessesCheckNoMorePasswordsThanTheDelaysAllow() throws Exception {
        String name = unique("burst");
        createUser(name, "Richtig-123", "部门用户", DemoData.DEPARTMENT);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                answers.add(pool.submit(() -> new Api(port).from(address()).login(name, "falsch-" + n).status()));
            }
            int checked = 0;
            int waited = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                if (status == 401) {
                    checked++;
                } else if (status == 429) {
                    waited++;
                }
            }
            // 5 free, 1 after which the next waits 1 s, and one more each time the burst outlasts a delay (1, 2, 4 s)
            assertThat(checked).isBetween(6, 9);
            assertThat(checked + waited).isEqualTo(24);
        } finally {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ the audit trail shows tampering

    @Test
    void aChangedOrRemovedAuditEntryIsFoundAndNamed() {
        Api admin = as("admin");
        createCopyFor(DemoData.DEPARTMENT); // some entries of its own
        JsonNode intact = admin.get("/api/audit/verify").json();
        assertThat(intact.get("intact").asBoolean()).as(intact.toString()).isTrue();
        assertThat(intact.get("entries").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(intact.get("message").asText()).startsWith("操作日志完整");

        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM audit_log ORDER BY chain_seq");
        Map<String, Object> victim = rows.get(rows.size() / 2);
        Object id = victim.get("id");
        // a changed entry: the first one changed is named
        jdbc.update("UPDATE audit_log SET reason = ? WHERE id = ?", "（篡改）", id);
        try {
            JsonNode changed = admin.get("/api/audit/verify").json();
            assertThat(changed.get("intact").asBoolean()).isFalse();
            assertThat(changed.get("kind").asText()).isEqualTo("CHANGED");
            assertThat(changed.get("entryId").asLong()).isEqualTo(((Number) id).longValue());
            assertThat(changed.get("message").asText()).contains("编号 " + id, "被改动");
        } finally {
            jdbc.update("UPDATE audit_log SET reason = ? WHERE id = ?", victim.get("reason"), id);
        }
        assertThat(admin.get("/api/audit/verify").json().get("intact").asBoolean()).isTrue();

        // a removed entry: the one after the gap is named
        Map<String, Object> next = rows.get(rows.size() / 2 + 1);
        jdbc.update("DELETE FROM audit_log WHERE id = ?", id);
        try {
            JsonNode removed = admin.get("/api/audit/verify").json();
            assertThat(removed.get("kind").asText()).isEqualTo("REMOVED");
            assertThat(removed.get("entryId").asLong()).isEqualTo(((Number) next.get("id")).longValue());
            assertThat(removed.get("message").asText()).contains("被删除");
        } finally {
            reinsert(victim);
        }
        assertThat(admin.get("/api/audit/verify").json().get("intact").asBoolean()).isTrue();
    }

    private void reinsert(Map<String, Object> row) {
        List<String> columns = new ArrayList<>(row.keySet());
        jdbc.update("INSERT INTO audit_log (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", columns.stream().map(c -> "?").toList())
                + ")", columns.stream().map(row::get).toArray());
    }
}
