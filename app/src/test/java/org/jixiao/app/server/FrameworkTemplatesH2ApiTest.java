package org.jixiao.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.jixiao.app.server.Api.Response;
import org.jixiao.app.server.demo.DemoData;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.formats.dataset.DatasetReader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The indicator library over HTTP: the four frameworks listed as templates, an evaluation created from each new one with
 * its whole tree waiting for inputs, and any evaluation's indicator system downloaded as a template.
 */
@SpringBootTest(classes = JixiaoServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:jixiao-framework-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class FrameworkTemplatesH2ApiTest {
    @LocalServerPort
    int port;

    private Api as(String username) {
        return Api.signedIn(port, username, DemoData.PASSWORD);
    }

    @Test
    void fourFrameworksAreListedAndEachStartsAnEvaluation() {
        Api evaluator = as("pingjia");
        JsonNode templates = evaluator.get("/api/templates").json();
        assertThat(StreamSupport.stream(templates.spliterator(), false).map(t -> t.get("id").asText())).containsExactly(
                "dept-overall-shandong", "dept-overall-five-dimensions", "project-self-evaluation-2020-10", "project-evaluation-decision-process");
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        templates.forEach(t -> byId.put(t.get("id").asText(), t));
        assertThat(byId.get("dept-overall-five-dimensions").get("leaves").asInt()).isEqualTo(17);
        assertThat(byId.get("dept-overall-five-dimensions").get("topLevelNames").toString())
                .contains("财政资源配置 20", "预算管理 25", "绩效管理 15", "履职效能 25", "社会效应 15");
        assertThat(byId.get("project-self-evaluation-2020-10").get("topLevelNames").toString())
                .contains("预算执行率 10", "产出指标 50", "效益指标 30", "满意度指标 10");
        assertThat(byId.get("project-self-evaluation-2020-10").get("subject").asText()).isEqualTo("项目支出");
        assertThat(byId.get("project-evaluation-decision-process").get("topLevelNames").toString())
                .contains("决策 20", "过程 20", "产出 30", "效益 30");

        long department = StreamSupport.stream(evaluator.get("/api/organisations").json().spliterator(), false)
                .filter(o -> o.get("name").asText().equals(DemoData.SECOND_DEPARTMENT)).findFirst().orElseThrow().get("id").asLong();
        for (String id : List.of("dept-overall-five-dimensions", "project-self-evaluation-2020-10", "project-evaluation-decision-process")) {
            Response created = evaluator.postJson("/api/templates/" + id + "/evaluations", Map.of("departmentId", department, "year", 2025));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            JsonNode detail = evaluator.get("/api/evaluations/" + created.json().get("id").asLong()).json();
            assertThat(detail.at("/total/weight").decimalValue()).isEqualByComparingTo("100");
            assertThat(detail.get("title").asText()).isEqualTo(DemoData.SECOND_DEPARTMENT + "2025年度" + detail.get("subject").asText() + "绩效评价报告");
            assertThat(detail.at("/total/score").decimalValue()).isEqualByComparingTo("0");
            assertThat(detail.get("warnings").toString()).contains("尚未评分");
            // the rule kinds are the framework's: no manual score anywhere
            assertThat(detail.get("indicators").toString()).doesNotContain("\"kind\":\"manual\"");
        }
        // the 6/9/11月 checkpoints keep their parameters, the base waits for the evaluation's budget
        String dataset = evaluator.get("/api/templates/dept-overall-five-dimensions/dataset").text();
        assertThat(dataset).contains("kind: checkpoints", "month: 6", "min: 45", "per: 1").doesNotContain("base: 4650", "示例县");
    }

    @Test
    void budgetFactsEnteredInTheFormRescoreTheRatioLeaves() {
        Api evaluator = as("pingjia");
        long department = StreamSupport.stream(evaluator.get("/api/organisations").json().spliterator(), false)
                .filter(o -> o.get("name").asText().equals(DemoData.SECOND_DEPARTMENT)).findFirst().orElseThrow().get("id").asLong();
        long id = evaluator.postJson("/api/templates/dept-overall-shandong/evaluations", Map.of("departmentId", department, "year", 2025))
                .json().get("id").asLong();
        String path = "/api/evaluations/" + id;
        JsonNode detail = evaluator.get(path).json();
        assertThat(detail.at("/facts/unit").asText()).isEqualTo("万元");
        assertThat(detail.at("/facts/fields/0/key").asText()).isEqualTo("initial/total");
        assertThat(detail.at("/facts/fields/0/label").asText()).isEqualTo("年初预算");
        assertThat(detail.at("/facts/fields/0/value").isNumber()).isFalse();

        // 29 approved, 30 in post: 103.45% → 1 − 3.45 × 0.1 = 0.655 → 0.66; 公用经费 23.74 ÷ 24.8 = 95.73% → 2
        Map<String, Object> values = Map.of("staff/approved", 29, "staff/actual", "30", "public_funds/budget", 24.8, "public_funds/actual", "23.74");
        JsonNode preview = evaluator.postJson(path + "/facts/preview", Map.of("values", values)).json();
        assertThat(preview.at("/total/score").decimalValue()).isEqualByComparingTo("2.66");
        assertThat(evaluator.get(path).json().get("version").asLong()).isEqualTo(1);

        Response saved = evaluator.patchJson(path + "/facts", Map.of("values", values, "reason", "按人事报表填写"), "\"1\"");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().at("/total/score").decimalValue()).isEqualByComparingTo("2.66");
        assertThat(saved.json().at("/facts/fields/5/value").decimalValue()).isEqualByComparingTo("29");
        assertThat(evaluator.get(path + "/history").json().toString()).contains("EDIT_FACTS", "/budget/staff/actual", "按人事报表填写");

        // a word where a number belongs, a negative count, a field the form does not have: 422 naming it, nothing saved
        Response word = evaluator.patchJson(path + "/facts", Map.of("values", Map.of("staff/actual", "三十")), "\"2\"");
        assertThat(word.status()).isEqualTo(422);
        assertThat(word.json().toString()).contains("values.staff/actual", "实际在职人数（人）应为数字，不能填“三十”");
        assertThat(evaluator.patchJson(path + "/facts", Map.of("values", Map.of("staff/actual", -1)), "\"2\"").json().toString())
                .contains("不能为负数");
        assertThat(evaluator.patchJson(path + "/facts", Map.of("values", Map.of("meta/year", 1)), "\"2\"").json().toString())
                .contains("不能在此修改“meta/year”");
        assertThat(evaluator.get(path).json().get("version").asLong()).isEqualTo(2);
        // the department's own account reads but does not edit
        assertThat(as("jingfa").patchJson(path + "/facts", Map.of("values", values), "\"2\"").status()).isIn(403, 404);
    }

    @Test
    void anyEvaluationsIndicatorSystemDownloadsAsATemplate() throws Exception {
        Api evaluator = as("pingjia");
        Response created = evaluator.post("/api/evaluations", "application/yaml", ApiContract.example().getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Response template = evaluator.get("/api/evaluations/" + created.json().get("id").asLong() + "/template");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.header("Content-Disposition").orElseThrow()).contains("attachment");
        String text = template.text();
        assertThat(text).contains("管理效率", "在职人员控制率", "staff_control_rate").doesNotContain("区经发局", "7490.64", "printed:", "evidence");

        // it reads as a dataset of the same 46 leaves, none scored yet
        var read = DatasetReader.read("模板.yaml", text, false);
        var result = EvaluationScorer.score(read.evaluation());
        assertThat(result.leaves()).hasSize(46);
        assertThat(result.totalScore()).isEqualByComparingTo("0");
    }
}
