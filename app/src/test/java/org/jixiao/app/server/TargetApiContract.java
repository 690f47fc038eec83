package org.jixiao.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.jixiao.app.server.Api.Response;
import org.jixiao.app.server.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Entering the actual values (实际完成值) of performance targets: {@code PATCH /api/evaluations/{id}/targets} and its preview,
 * on copies of the Weihai evaluation and on an evaluation from the template. Run on H2 ({@link TargetH2ApiTest}) and
 * PostgreSQL ({@link TargetPostgresApiTest}).
 */
@SpringBootTest(classes = JixiaoServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class TargetApiContract {
    /** 扶持制造业高质量发展企业情况: weight 2, scored on T1-04 alone (≥10家, actual 40家 → full marks). */
    static final String LEAF_NAME = "扶持制造业高质量发展企业情况";

    @LocalServerPort
    int port;

    Api as(String username) {
        return Api.signedIn(port, username, DemoData.PASSWORD);
    }

    long createCopy() {
        Response created = as("pingjia").post("/api/evaluations", "application/yaml", ApiContract.example().getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    static JsonNode leaf(JsonNode indicators, String name) {
        for (JsonNode indicator : indicators) {
            if (indicator.get("name").asText().equals(name)) {
                return indicator;
            }
            JsonNode found = indicator.has("children") ? leaf(indicator.get("children"), name) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    static JsonNode target(JsonNode detail, String id) {
        return StreamSupport.stream(detail.get("targets").spliterator(), false).filter(t -> id.equals(t.path("id").asText())).findFirst()
                .orElseThrow();
    }

    static List<JsonNode> entries(JsonNode history, String action) {
        return StreamSupport.stream(history.spliterator(), false).filter(e -> e.get("action").asText().equals(action)).toList();
    }

    @Test
    void aMissedTargetRescoresItsLeafAndTheTotalAndIsRecorded() {
        long id = createCopy();
        Api api = as("pingjia");
        String path = "/api/evaluations/" + id;
        JsonNode detail = api.get(path).json();
        assertThat(detail.at("/total/score").decimalValue()).isEqualByComparingTo("86.78");
        JsonNode t104 = target(detail, "T1-04");
        assertThat(t104.get("path").asText()).isEqualTo("/targets/3");
        assertThat(t104.get("operator").asText()).isEqualTo("≥");
        assertThat(t104.get("value").decimalValue()).isEqualByComparingTo("10");
        assertThat(t104.get("unit").asText()).isEqualTo("家");
        assertThat(t104.get("actualValue").asText()).isEqualTo("40");
        assertThat(t104.get("quantitative").asBoolean()).isTrue();
        assertThat(leaf(detail.get("indicators"), LEAF_NAME).get("score").decimalValue()).isEqualByComparingTo("2");

        // 7 of 10: share 7 ÷ 10 = 0.7, the leaf 2 × 0.7 = 1.40, the total 86.78 − 2 + 1.40 = 86.18 (still 良)
        Map<String, Object> change = Map.of("id", "T1-04", "actual", 7, "source", "专项资金分配明细表（复核）", "reason", "复核后按实际扶持企业计");
        JsonNode preview = api.postJson(path + "/targets/preview", change).json();
        assertThat(preview.at("/total/score").decimalValue()).isEqualByComparingTo("86.18");
        assertThat(leaf(preview.get("indicators"), LEAF_NAME).get("score").decimalValue()).isEqualByComparingTo("1.40");
        assertThat(target(preview, "T1-04").get("met").asBoolean()).isFalse();
        // the preview saved nothing
        assertThat(api.get(path).json().get("version").asLong()).isEqualTo(1);

        Response patched = api.patchJson(path + "/targets", change, "\"1\"");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.header("ETag")).hasValue("\"2\"");
        JsonNode after = patched.json();
        assertThat(after.at("/total/score").decimalValue()).isEqualByComparingTo("86.18");
        assertThat(after.at("/total/grade").asText()).isEqualTo("良");
        JsonNode scoredLeaf = leaf(after.get("indicators"), LEAF_NAME);
        assertThat(scoredLeaf.get("score").decimalValue()).isEqualByComparingTo("1.40");
        assertThat(scoredLeaf.get("explanation").asText()).contains("实际完成7家", "完成率70%", "目标未完成", "2 × 70% = 1.4分");
        JsonNode edited = target(after, "T1-04");
        assertThat(edited.get("actual").asText()).isEqualTo("7家");
        assertThat(edited.get("met").asBoolean()).isFalse();
        assertThat(edited.get("completionPercent").decimalValue()).isEqualByComparingTo("70");
        assertThat(edited.get("source").asText()).isEqualTo("专项资金分配明细表（复核）");
        assertThat(api.get(path + "/dataset").text()).contains("actual: 7\n", "source: 专项资金分配明细表（复核）");

        JsonNode history = api.get(path + "/history").json();
        List<JsonNode> targetEntries = entries(history, "EDIT_TARGET");
        assertThat(targetEntries).hasSize(2);
        JsonNode actual = targetEntries.stream().filter(e -> e.get("field").asText().equals("/targets/3/actual")).findFirst().orElseThrow();
        assertThat(actual.get("oldValue").asText()).isEqualTo("40");
        assertThat(actual.get("newValue").asText()).isEqualTo("7");
        assertThat(actual.get("reason").asText()).isEqualTo("复核后按实际扶持企业计");
        assertThat(actual.get("username").asText()).isEqualTo("pingjia");
        assertThat(targetEntries.stream().map(e -> e.get("field").asText())).contains("/targets/3/source");
        List<JsonNode> scores = entries(history, "SCORE_CHANGE");
        assertThat(scores).hasSize(1);
        assertThat(scores.get(0).get("field").asText()).isEqualTo(scoredLeaf.get("path").asText() + "/score");
        assertThat(scores.get(0).get("oldValue").asText()).isEqualTo("2.00");
        assertThat(scores.get(0).get("newValue").asText()).isEqualTo("1.40");

        // the number as text is accepted too; 12 ≥ 10 meets the target again: full marks, back to 86.78
        Response met = api.patchJson(path + "/targets", Map.of("id", "T1-04", "actual", "12", "version", 2), null);
        assertThat(met.status()).as(met.toString()).isEqualTo(200);
        assertThat(met.json().at("/total/score").decimalValue()).isEqualByComparingTo("86.78");
        assertThat(target(met.json(), "T1-04").get("actual").asText()).isEqualTo("12家");
    }

    @Test
    void aQualitativeTargetTakesTheEvaluatorsWordAndAMissedEqualTargetEarnsNothing() {
        long id = createCopy();
        Api api = as("pingjia");
        String path = "/api/evaluations/" + id;
        JsonNode b08 = target(api.get(path).json(), "B-08");
        assertThat(b08.get("quantitative").asBoolean()).isFalse();
        assertThat(b08.get("operator").asText()).isEqualTo("定性");
        assertThat(b08.get("actualValue").asText()).isEqualTo("完成");

        // 社会信用体系建设情况 (weight 2) on B-08, T1-10, T2-20: 部分完成 gives B-08 half its share,
        // (0.5 + 1 + 1) ÷ 3 = 0.833333333333, 2 × that = 1.67 (2 decimals, half up); the total 86.78 − 2 + 1.67 = 86.45
        Response partly = api.patchJson(path + "/targets", Map.of("id", "B-08", "actual", "部分达成", "reason", "维护合同尚未验收"), "\"1\"");
        assertThat(partly.status()).as(partly.toString()).isEqualTo(200);
        assertThat(target(partly.json(), "B-08").get("actualValue").asText()).isEqualTo("部分完成");
        assertThat(leaf(partly.json().get("indicators"), "社会信用体系建设情况").get("score").decimalValue()).isEqualByComparingTo("1.67");
        assertThat(partly.json().at("/total/score").decimalValue()).isEqualByComparingTo("86.45");
        assertProblem(api.patchJson(path + "/targets", Map.of("id", "B-08", "actual", "差不多"), "\"2\""), 422,
                "actual", "“完成”“部分完成”或“未完成”");

        // 安全事故发生率 (weight 2) on T1-11 “= 0 次”: one accident misses an “=” target, which earns nothing: 0.00; total 86.45 − 2 = 84.45
        Response missed = api.patchJson(path + "/targets", Map.of("id", "T1-11", "actual", 1), "\"2\"");
        assertThat(missed.status()).as(missed.toString()).isEqualTo(200);
        assertThat(leaf(missed.json().get("indicators"), "安全事故发生率").get("score").decimalValue()).isEqualByComparingTo("0");
        assertThat(missed.json().at("/total/score").decimalValue()).isEqualByComparingTo("84.45");
        assertThat(missed.json().at("/total/grade").asText()).isEqualTo("良");

        // the same value again changes nothing: no new version, no history entry
        Response same = api.patchJson(path + "/targets", Map.of("id", "T1-11", "actual", "1"), "\"3\"");
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.header("ETag")).hasValue("\"3\"");
        assertThat(entries(api.get(path + "/history").json(), "EDIT_TARGET")).hasSize(2);
    }

    @Test
    void badValuesAreRefusedWithTheFieldAndNothingIsSaved() {
        long id = createCopy();
        Api api = as("pingjia");
        String path = "/api/evaluations/" + id;
        assertProblem(api.patchJson(path + "/targets", Map.of("id", "T1-04", "actual", "四十家"), "\"1\""), 422, "actual", "实际完成值应为数字");
        assertProblem(api.patchJson(path + "/targets", Map.of("id", "T1-04", "actual", true), "\"1\""), 422, "actual", "实际完成值应为数字");
        assertProblem(api.patchJson(path + "/targets", Map.of("id", "T9-99", "actual", 3), "\"1\""), 422, "id", "“T9-99”不存在");
        assertProblem(api.patchJson(path + "/targets", Map.of("path", "/indicators/0", "actual", 3), "\"1\""), 422, "path", "不存在");
        assertProblem(api.patchJson(path + "/targets", Map.of("id", "T1-04"), "\"1\""), 422, "actual", "请填写实际完成值");
        assertProblem(api.postJson(path + "/targets/preview", Map.of("id", "T1-04", "actual", "abc")), 422, "actual", "应为数字");
        // the target value is not editable: an unknown member changes nothing
        JsonNode after = api.get(path).json();
        assertThat(after.get("version").asLong()).isEqualTo(1);
        assertThat(after.at("/total/score").decimalValue()).isEqualByComparingTo("86.78");
        assertThat(api.get(path + "/history").json()).hasSize(1);
    }

    @Test
    void versionsRolesAndSubmissionGuardTheTargets() {
        long id = createCopy();
        String path = "/api/evaluations/" + id;
        Api evaluator = as("pingjia");
        Map<String, Object> change = Map.of("id", "T1-04", "actual", 7);
        ApiContract.assertProblem(evaluator.patchJson(path + "/targets", change, null), 428, "版本号");
        assertThat(evaluator.patchJson(path + "/targets", change, "\"1\"").status()).isEqualTo(200);
        Response stale = as("admin").patchJson(path + "/targets", Map.of("id", "T1-04", "actual", 9), "\"1\"");
        ApiContract.assertProblem(stale, 409, "该指标已被他人修改，请刷新后重试");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);
        ApiContract.assertProblem(as("jingfa").patchJson(path + "/targets", change, "\"2\""), 403, "部门用户不能修改评价内容");
        ApiContract.assertProblem(as("caizheng").patchJson(path + "/targets", change, "\"2\""), 403, "不能修改评价内容");
        ApiContract.assertProblem(as("jingfa").postJson(path + "/targets/preview", change), 403, "不能修改评价内容");

        // during 三级审核 an edit voids the sign-offs; after submission nothing can be changed
        for (String stage : List.of("评价实施", "报告撰写", "征求意见", "三级审核")) {
            assertThat(evaluator.postJson(path + "/stage", Map.of("stage", stage)).status()).isEqualTo(200);
        }
        assertThat(evaluator.postJson(path + "/signoffs", Map.of("level", 1)).status()).isEqualTo(200);
        long version = evaluator.get(path).json().get("version").asLong();
        Response during = evaluator.patchJson(path + "/targets", Map.of("id", "T1-04", "actual", 8), "\"" + version + "\"");
        assertThat(during.status()).as(during.toString()).isEqualTo(200);
        assertThat(during.json().get("signOffs")).isEmpty();
        assertThat(entries(evaluator.get(path + "/history").json(), "SIGN_OFFS_CLEARED")).hasSize(1);
        assertThat(evaluator.postJson(path + "/signoffs", Map.of("level", 1)).status()).isEqualTo(200);
        assertThat(as("lifang").postJson(path + "/signoffs", Map.of("level", 2)).status()).isEqualTo(200);
        assertThat(as("zhikong").postJson(path + "/signoffs", Map.of("level", 3)).status()).isEqualTo(200);
        Response submitted = as("zhikong").postJson(path + "/stage", Map.of("stage", "已提交"));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        String current = "\"" + submitted.json().get("version").asLong() + "\"";
        ApiContract.assertProblem(evaluator.patchJson(path + "/targets", Map.of("id", "T1-04", "actual", 10), current), 409,
                "评价处于“已提交”阶段，不能再修改");
        ApiContract.assertProblem(evaluator.postJson(path + "/targets/preview", Map.of("id", "T1-04", "actual", 10)), 409, "已提交");
    }

    @Test
    void theTemplatesPlaceholderTargetScoresItsLeafOnceItHasAnActualValue() {
        Api evaluator = as("pingjia");
        long department = ApiContract.organisationId(evaluator, DemoData.SECOND_DEPARTMENT);
        Response created = evaluator.postJson("/api/templates/" + AdminApiContract.TEMPLATE + "/evaluations",
                Map.of("departmentId", department, "year", 2025));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        String path = "/api/evaluations/" + id;
        JsonNode detail = evaluator.get(path).json();
        assertThat(detail.at("/total/score").decimalValue()).isEqualByComparingTo("0");
        // 应急安全工作完成情况 (weight 4): a qualitative placeholder target written in its rule, not yet assessed
        JsonNode placeholder = StreamSupport.stream(detail.get("targets").spliterator(), false)
                .filter(t -> t.get("name").asText().equals("应急安全工作完成情况")).findFirst().orElseThrow();
        String targetPath = placeholder.get("path").asText();
        assertThat(targetPath).endsWith("/rule/target");
        assertThat(placeholder.get("operator").asText()).isEqualTo("定性");
        assertThat(placeholder.get("target").asText()).isEqualTo("完成");
        assertThat(placeholder.has("actual") && !placeholder.get("actual").isNull()).isFalse();
        String leafPath = targetPath.substring(0, targetPath.length() - "/rule/target".length());
        JsonNode before = leaf(detail.get("indicators"), "应急安全工作完成情况");
        assertThat(before.get("path").asText()).isEqualTo(leafPath);
        assertThat(before.get("explanation").asText()).contains("尚未评分");

        // 部分完成: half the points, 4 × 50% = 2.00
        Response partly = evaluator.patchJson(path + "/targets", Map.of("path", targetPath, "actual", "部分完成", "reason", "现场核查"), "\"1\"");
        assertThat(partly.status()).as(partly.toString()).isEqualTo(200);
        JsonNode scored = leaf(partly.json().get("indicators"), "应急安全工作完成情况");
        assertThat(scored.get("explanation").asText()).doesNotContain("尚未评分");
        assertThat(scored.get("score").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(partly.json().at("/total/score").decimalValue()).isEqualByComparingTo("2.00");
        JsonNode history = evaluator.get(path + "/history").json();
        JsonNode entry = entries(history, "EDIT_TARGET").get(0);
        assertThat(entry.get("field").asText()).isEqualTo(targetPath + "/actual");
        assertThat(entry.path("oldValue").asText("")).isEmpty();
        assertThat(entry.get("newValue").asText()).isEqualTo("部分完成");
        assertThat(entries(history, "SCORE_CHANGE").get(0).get("newValue").asText()).isEqualTo("2.00");
    }

    static void assertProblem(Response response, int status, String field, String detailContains) {
        ApiContract.assertProblem(response, status, detailContains);
        assertThat(response.json().get("field").asText()).isEqualTo(field);
    }
}
