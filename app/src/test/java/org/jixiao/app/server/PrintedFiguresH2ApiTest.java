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
import org.springframework.test.context.TestPropertySource;

/**
 * 报告印数核对 over HTTP: an evaluation's detail carries every printed figure that departs from the computed one, and an
 * edit that moves a score away from what the report printed shows at once where it now departs.
 */
@SpringBootTest(classes = JixiaoServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:jixiao-printed-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class PrintedFiguresH2ApiTest {
    @LocalServerPort
    int port;

    private static List<String> messages(JsonNode detail) {
        return StreamSupport.stream(detail.at("/printed/differences").spliterator(), false).map(d -> d.get("message").asText()).toList();
    }

    @Test
    void theDetailShowsEveryPrintedFigureThatDepartsWithBothValues() {
        Api api = Api.signedIn(port, "pingjia", DemoData.PASSWORD);
        Response created = api.post("/api/evaluations", "application/yaml", ApiContract.example().getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String path = "/api/evaluations/" + created.json().get("id").asLong();

        JsonNode detail = api.get(path).json();
        assertThat(detail.at("/printed/checked").asInt()).isEqualTo(215);
        assertThat(detail.at("/printed/differences")).hasSize(1);
        JsonNode difference = detail.at("/printed/differences/0");
        assertThat(difference.get("field").asText()).isEqualTo("printed.projects[14].rate");
        assertThat(difference.get("line").asInt()).isEqualTo(1545);
        assertThat(difference.get("severity").asText()).isEqualTo("印数不一致");
        assertThat(difference.get("message").asText())
                .isEqualTo("项目“2021年安全生产和应急管理专项资金”预算执行率（%）：报告印 99.99，计算为 99.90（相差 0.09）");

        // 决策依据充分性 deducted 0.5 instead of the report's 0.3: the leaf, 决策管理, 管理效率 and the total now depart
        Map<String, Object> change = Map.of("path", ApiContract.LEAF, "rule", Map.of("items", List.of(Map.of("points", 0.5, "reason", "未细化任务清单"))),
                "reason", "复核后加扣 0.2 分");
        Response patched = api.patchJson(path + "/indicators", change, "\"1\"");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        JsonNode after = patched.json();
        assertThat(after.at("/total/score").decimalValue()).isEqualByComparingTo("86.58");
        assertThat(after.at("/printed/checked").asInt()).isEqualTo(215);
        assertThat(messages(after)).containsExactly(
                "综合得分：报告印 86.78，计算为 86.58（相差 0.2）",
                "综合得分率（%）：报告印 86.78，计算为 86.58（相差 0.2）",
                "指标“管理效率”得分：报告印 24.28，计算为 24.08（相差 0.2）",
                "指标“管理效率”得分率（%）：报告印 75.88，计算为 75.25（相差 0.63）",
                "指标“决策管理”得分：报告印 1.7，计算为 1.50（相差 0.2）",
                "指标“决策管理”得分率（%）：报告印 85，计算为 75.00（相差 10）",
                "指标“决策依据充分性”得分：报告印 0.70，计算为 0.50（相差 0.2）",
                "指标“决策依据充分性”得分率（%）：报告印 70.00，计算为 50.00（相差 20）",
                "项目“2021年安全生产和应急管理专项资金”预算执行率（%）：报告印 99.99，计算为 99.90（相差 0.09）");
    }
}
