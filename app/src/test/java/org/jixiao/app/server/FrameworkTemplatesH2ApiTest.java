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
