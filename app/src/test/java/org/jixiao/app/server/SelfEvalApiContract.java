package org.jixiao.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.app.server.Api.Response;
import org.jixiao.app.server.demo.DemoData;
import org.jixiao.app.server.demo.ZiboSelfEvalDemo;
import org.jixiao.formats.selfeval.SyntheticBatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The self-evaluation API as a client uses it, over HTTP, against the Zibo 2024 demo batch: the figures must be those
 * {@code jixiao selfeval import/review/sample} prints for the same workbook. Run on H2 ({@link H2SelfEvalApiTest}) and on
 * PostgreSQL ({@link PostgresSelfEvalApiTest}). Uploads use a synthetic batch ({@link SyntheticBatch}) with known bad
 * files.
 */
@SpringBootTest(classes = JixiaoServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SelfEvalApiContract {
    static final Path ZIBO = Path.of("..", "examples", "zibo-2024-selfeval", "zibo-2024-selfeval.xlsx");
    static final List<String> ZIBO_TOTALS = List.of("97.41", "95.93", "93.54", "91.38", "90.19");

    @TempDir
    static Path synthetic;

    @LocalServerPort
    int port;

    @BeforeAll
    static void generate() throws IOException {
        // part-00001.xlsx: 3 good tables (合成主管部门1…3); zbad-00001.xlsx: text in 全年执行数; zbad-00002.xlsx: 全年预算数 0
        SyntheticBatch.generate(synthetic, 3, 7, 0.0, 2, 1000, true);
    }

    Api as(String username) {
        return Api.signedIn(port, username, DemoData.PASSWORD);
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A multipart upload of several files in the field {@code files}, as the browser's upload dialog sends it. */
    static Response upload(Api api, String query, Map<String, byte[]> files) {
        String boundary = "----jixiao" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.getKey()
                        + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.write(file.getValue());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return api.post("/api/selfevals" + query, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    long demoBatch(Api api) {
        return StreamSupport.stream(api.get("/api/selfevals").json().spliterator(), false)
                .filter(b -> b.get("name").asText().equals(ZiboSelfEvalDemo.BATCH)).findFirst().orElseThrow().get("id").asLong();
    }

    static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
    }

    static void assertProblem(Response response, int status, String detailContains) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains(detailContains);
    }

    // ------------------------------------------------------------------ the demo batch, as the CLI computes it

    @Test
    void theZiboBatchIsScoredAsTheCommandLineScoresIt() {
        Api api = as(ZiboSelfEvalDemo.FINANCE_USER);
        JsonNode list = api.get("/api/selfevals").json();
        JsonNode summary = StreamSupport.stream(list.spliterator(), false)
                .filter(b -> b.get("name").asText().equals(ZiboSelfEvalDemo.BATCH)).findFirst().orElseThrow();
        assertThat(summary.get("year").asInt()).isEqualTo(2024);
        assertThat(summary.at("/financeBureau/name").asText()).isEqualTo(ZiboSelfEvalDemo.FINANCE);
        assertThat(summary.get("tables").asInt()).isEqualTo(5);
        assertThat(summary.at("/grades/优").asInt()).isEqualTo(5);
        assertThat(summary.get("errors").asInt()).isZero();
        assertThat(summary.get("warnings").asInt()).isEqualTo(11);

        JsonNode detail = api.get("/api/selfevals/" + summary.get("id").asLong()).json();
        JsonNode tables = detail.get("tables");
        assertThat(texts(tables, "project")).containsExactly("安全生产综合管理经费", "第三方护航商贸领域运行安全项目", "数字化工作经费",
                "技改装备科工作经费", "非公有制企业党委党建工作经费");
        assertThat(texts(tables, "total")).containsExactlyElementsOf(ZIBO_TOTALS);
        assertThat(texts(tables, "recordedTotal")).containsExactlyElementsOf(ZIBO_TOTALS);
        assertThat(texts(tables, "grade")).containsOnly("优");
        assertThat(texts(tables, "executionRate")).containsExactly("74.14%", "59.25%", "35.36%", "13.78%", "1.94%");
        assertThat(texts(tables, "executionPoints")).containsExactly("7.41", "5.93", "3.54", "1.38", "0.19");
        assertThat(texts(tables, "indicatorPoints")).containsOnly("90.00");
        assertThat(tables.get(1).get("budget").asText()).isEqualTo("134.00");
        assertThat(tables.get(1).get("executed").asText()).isEqualTo("79.40");
        assertThat(tables.get(0).get("sheet").asText()).isEqualTo("1-安全生产综合管理经费");
        assertThat(tables.get(0).at("/unit/name").asText()).isEqualTo(ZiboSelfEvalDemo.DEPARTMENT);
        JsonNode firstIndicator = tables.get(0).get("indicators").get(2);
        assertThat(firstIndicator.get("name").asText()).isEqualTo("安全检查企业家数");
        assertThat(firstIndicator.get("target").asText()).isEqualTo("≥230家");
        assertThat(firstIndicator.get("recordedScore").asText()).isEqualTo("15");
        assertThat(firstIndicator.get("computedScore").asText()).isEqualTo("15");
        assertThat(detail.get("wholeBatch").asBoolean()).isTrue();
        assertThat(detail.get("mayDelete").asBoolean()).isTrue();
        assertThat(texts(detail.get("workbooks"), "fileName")).containsExactly(ZiboSelfEvalDemo.WORKBOOK);
    }

    @Test
    void theFindingsAreTheElevenWarningsOfTheReview() {
        Api api = as(ZiboSelfEvalDemo.FINANCE_USER);
        long id = demoBatch(api);
        JsonNode findings = api.get("/api/selfevals/" + id + "/findings").json();
        assertThat(findings).hasSize(11);
        assertThat(texts(findings, "severity")).containsOnly("警告");
        Map<String, Long> byCode = new LinkedHashMap<>();
        findings.forEach(f -> byCode.merge(f.get("code").asText(), 1L, Long::sum));
        assertThat(byCode).containsExactlyInAnyOrderEntriesOf(Map.of("SE_UNIT", 3L, "SE_LOW_EXEC_FULL", 4L, "SE_CONSERVATIVE", 2L,
                "SE_COST_OVER_BUDGET", 2L));

        JsonNode lowExecution = StreamSupport.stream(findings.spliterator(), false)
                .filter(f -> f.get("code").asText().equals("SE_LOW_EXEC_FULL")).findFirst().orElseThrow();
        assertThat(lowExecution.get("workbook").asText()).isEqualTo(ZiboSelfEvalDemo.WORKBOOK);
        assertThat(lowExecution.get("sheet").asText()).isEqualTo("2-第三方护航商贸领域运行安全项目");
        assertThat(lowExecution.get("cell").asText()).isEqualTo("H6");
        assertThat(lowExecution.get("printed").asText()).isEqualTo("59.25%");
        assertThat(lowExecution.get("message").asText()).isEqualTo("“第三方护航商贸领域运行安全项目”预算执行率仅 59.25%，产出和效益指标却全部得满分");

        JsonNode cost = StreamSupport.stream(findings.spliterator(), false)
                .filter(f -> f.get("code").asText().equals("SE_COST_OVER_BUDGET") && f.get("sheet").asText().startsWith("3-")).findFirst()
                .orElseThrow();
        assertThat(cost.get("printed").asText()).isEqualTo("99");
        assertThat(cost.get("expected").asText()).isEqualTo("93.16");
        assertThat(cost.get("location").asText()).isEqualTo("zibo-2024-selfeval.xlsx › 3-数字化工作经费 › D13");

        assertThat(api.get("/api/selfevals/" + id + "/findings?severity=" + ApiContract.urlEncode("错误")).json()).isEmpty();
        assertThat(api.get("/api/selfevals/" + id + "/findings?severity=WARNING").json()).hasSize(11);
        assertProblem(api.get("/api/selfevals/" + id + "/findings?severity=x"), 400, "严重程度");

        Response workbook = api.get("/api/selfevals/" + id + "/findings/download");
        assertThat(workbook.status()).isEqualTo(200);
        assertThat(sheetText(workbook.body())).contains("SE_LOW_EXEC_FULL", "59.25%");
    }

    @Test
    void theSampleIsDrawnAsTheCommandLineDrawsIt() {
        Api api = as(ZiboSelfEvalDemo.FINANCE_USER);
        long id = demoBatch(api);
        JsonNode sample = api.get("/api/selfevals/" + id + "/sample").json();
        assertThat(sample.get("population").asInt()).isEqualTo(5);
        assertThat(sample.get("drawnCount").asInt()).isEqualTo(2);
        assertThat(sample.get("countPercent").asText()).isEqualTo("40.00%");
        assertThat(sample.get("amountPercent").asText()).isEqualTo("66.68%");
        assertThat(sample.get("drawnAmount").asText()).isEqualTo("472.59");
        assertThat(sample.get("populationAmount").asText()).isEqualTo("708.75");
        assertThat(sample.get("summary").asText())
                .isEqualTo("抽取 2 / 5 个项目（40.00%，下限 30%），金额 472.59 / 708.75 万元（66.68%，下限 60%），种子 1。");
        JsonNode drawn = sample.get("drawn");
        assertThat(texts(drawn, "project")).containsExactly("非公有制企业党委党建工作经费", "安全生产综合管理经费");
        assertThat(drawn.get(0).get("risk").asText()).isEqualTo("60.43");
        assertThat(drawn.get(0).get("riskRank").asInt()).isEqualTo(1);
        assertThat(drawn.get(0).get("reason").asText())
                .isEqualTo("风险排序第 1 位（风险分 60.43）：执行率 1.94% 低于 60%，自评得分 90.19 分偏高，复核发现错误 0 项、警告 2 项");
        assertThat(drawn.get(1).get("forAmount").asBoolean()).isTrue();
        assertThat(drawn.get(1).get("reason").asText()).startsWith("为满足金额覆盖率 ≥ 60% 按金额抽取（金额 410.71 万元，风险排序第 5 位）");
        assertThat(drawn.get(0).get("tableId").asLong()).isPositive();

        // other floors: every project by count
        JsonNode all = api.get("/api/selfevals/" + id + "/sample?minCount=100&minAmount=60&seed=3").json();
        assertThat(all.get("drawnCount").asInt()).isEqualTo(5);
        assertProblem(api.get("/api/selfevals/" + id + "/sample?minCount=130"), 400, "抽查比例");

        Response workbook = api.get("/api/selfevals/" + id + "/sample/download");
        assertThat(workbook.status()).isEqualTo(200);
        assertThat(sheetText(workbook.body())).contains("非公有制企业党委党建工作经费", "为满足金额覆盖率");
    }

    @Test
    void theSummaryDownloadsAsExcelAndWord() throws IOException {
        Api api = as(ZiboSelfEvalDemo.FINANCE_USER);
        long id = demoBatch(api);
        Response xlsx = api.get("/api/selfevals/" + id + "/summary?format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        assertThat(xlsx.header("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(sheetText(xlsx.body())).contains("2024 年度项目支出绩效自评情况汇总表", "安全生产综合管理经费", "97.41", "90.19", "优");

        Response docx = api.get("/api/selfevals/" + id + "/summary?format=docx");
        assertThat(docx.status()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("预算部门：" + ZiboSelfEvalDemo.DEPARTMENT, "非公有制企业党委党建工作经费", "95.93", "项目支出绩效自评表");
        }
        assertProblem(api.get("/api/selfevals/" + id + "/summary?format=pdf"), 400, "xlsx 或 docx");

        Response original = api.get("/api/selfevals/" + id + "/workbooks/" + api.get("/api/selfevals/" + id).json().at("/workbooks/0/id").asLong());
        assertThat(original.body()).isEqualTo(read(ZIBO));
    }

    // ------------------------------------------------------------------ data scope

    @Test
    void theDepartmentSeesItsOwnTablesButNotTheSampleAndOthersSeeNothing() {
        Api unit = as(ZiboSelfEvalDemo.DEPARTMENT_USER);
        long id = demoBatch(unit);
        JsonNode detail = unit.get("/api/selfevals/" + id).json();
        assertThat(detail.get("tables")).hasSize(5);
        assertThat(detail.get("wholeBatch").asBoolean()).isFalse();
        assertThat(detail.get("mayDelete").asBoolean()).isFalse();
        assertThat(unit.get("/api/selfevals/" + id + "/findings").json()).hasSize(11);
        assertThat(unit.get("/api/selfevals/" + id + "/summary").status()).isEqualTo(200);
        assertProblem(unit.get("/api/selfevals/" + id + "/sample"), 403, "抽查样本");
        assertProblem(unit.get("/api/selfevals/" + id + "/workbooks/" + detail.at("/workbooks/0/id").asLong()), 403, "原工作簿");
        assertProblem(upload(unit, "", Map.of("a.xlsx", read(ZIBO))), 403, "不能上传");

        for (String outsider : List.of("jingfa", "caizheng", "pingjia")) {
            Api other = as(outsider);
            assertThat(other.get("/api/selfevals").json()).as(outsider).isEmpty();
            assertProblem(other.get("/api/selfevals/" + id), 404, "不在当前账号的数据范围内");
            assertProblem(other.get("/api/selfevals/" + id + "/summary"), 404, "不存在");
        }
        assertThat(as("admin").get("/api/selfevals/" + id).json().get("tables")).hasSize(5);
        assertProblem(new Api(port).get("/api/selfevals"), 401, "请先登录");
    }

    @Test
    void severalWorkbooksMakeOneBatchWhoseTablesBelongToTheirUnits() {
        // a unit of the synthetic batch, registered with a user of its own
        Api admin = as("admin");
        Response org = admin.postJson("/api/organisations", Map.of("name", "合成主管部门1", "kind", "部门"));
        assertThat(org.status()).as(org.toString()).isEqualTo(201);
        Response user = admin.postJson("/api/users", Map.of("username", "hecheng1", "password", DemoData.PASSWORD, "displayName", "合成部门填报员",
                "role", "部门用户", "organisationId", org.json().get("id").asLong()));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);

        Api bureau = as(ZiboSelfEvalDemo.FINANCE_USER);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("part-00001.xlsx", read(synthetic.resolve("part-00001.xlsx")));
        files.put("淄博副本.xlsx", read(ZIBO));
        Response created = upload(bureau, "?name=" + ApiContract.urlEncode("合成批次") + "&year=2025", files);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location").orElseThrow()).endsWith("/api/selfevals/" + id);
        JsonNode tables = created.json().get("tables");
        assertThat(tables).hasSize(8);
        assertThat(created.json().get("year").asInt()).isEqualTo(2025);
        assertThat(texts(tables, "workbook")).containsExactly("part-00001.xlsx", "part-00001.xlsx", "part-00001.xlsx", "淄博副本.xlsx",
                "淄博副本.xlsx", "淄博副本.xlsx", "淄博副本.xlsx", "淄博副本.xlsx");
        // units by name: 合成主管部门1 is registered, 2 and 3 are not; four Zibo tables name the registered 工业和信息化商务局,
        // the fifth prints 工业和信息化和商务局, one of the department's registered aliases
        assertThat(tables.get(0).at("/unit/name").asText()).isEqualTo("合成主管部门1");
        assertThat(tables.get(1).has("unit")).isFalse();
        assertThat(StreamSupport.stream(tables.spliterator(), false).filter(t -> t.has("unit")).count()).isEqualTo(6);
        assertThat(tables.get(4).at("/unit/name").asText()).isEqualTo(ZiboSelfEvalDemo.DEPARTMENT);
        assertThat(texts(tables, "total").subList(3, 8)).containsExactlyElementsOf(ZIBO_TOTALS);

        Api synthetic1 = as("hecheng1");
        JsonNode own = synthetic1.get("/api/selfevals/" + id).json();
        assertThat(texts(own.get("tables"), "project")).containsExactly("合成项目1");
        assertThat(synthetic1.get("/api/selfevals").json()).hasSize(1);
        assertProblem(synthetic1.get("/api/selfevals/" + demoBatch(bureau)), 404, "不存在");
        assertThat(texts(as(ZiboSelfEvalDemo.DEPARTMENT_USER).get("/api/selfevals/" + id).json().get("tables"), "project"))
                .containsExactly("安全生产综合管理经费", "第三方护航商贸领域运行安全项目", "数字化工作经费", "技改装备科工作经费", "非公有制企业党委党建工作经费");

        // the bureau deletes it; the unit may not
        assertProblem(synthetic1.delete("/api/selfevals/" + id), 403, "删除");
        assertThat(bureau.delete("/api/selfevals/" + id).status()).isEqualTo(204);
        assertProblem(bureau.get("/api/selfevals/" + id), 404, "不存在");
        assertProblem(synthetic1.get("/api/selfevals/" + id), 404, "不存在");
    }

    @Test
    void aBadWorkbookRefusesTheWholeUploadAndSavesNothing() {
        Api bureau = as(ZiboSelfEvalDemo.FINANCE_USER);
        int before = as("admin").get("/api/selfevals").json().size();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("part-00001.xlsx", read(synthetic.resolve("part-00001.xlsx")));
        files.put("zbad-00001.xlsx", read(synthetic.resolve("zbad-00001.xlsx")));
        files.put("zbad-00002.xlsx", read(synthetic.resolve("zbad-00002.xlsx")));
        files.put("说明.docx", "不是工作簿".getBytes(StandardCharsets.UTF_8));
        Response refused = upload(bureau, "", files);
        assertProblem(refused, 422, "未保存任何内容");
        assertThat(refused.json().get("title").asText()).isEqualTo("自评表有误");
        JsonNode problems = refused.json().get("problems");
        // a cell that cannot be checked (text in 全年执行数, A = 0) refuses nothing; a file that is no workbook does
        JsonNode file = StreamSupport.stream(problems.spliterator(), false).filter(p -> p.get("code").asText().equals("IMPORT_FILE"))
                .findFirst().orElseThrow();
        assertThat(file.get("workbook").asText()).isEqualTo("说明.docx");
        assertThat(file.get("severity").asText()).isEqualTo("错误");
        assertThat(texts(problems, "workbook")).contains("说明.docx").doesNotContain("part-00001.xlsx", "zbad-00001.xlsx", "zbad-00002.xlsx");

        assertThat(as("admin").get("/api/selfevals").json()).hasSize(before);

        assertProblem(upload(bureau, "", Map.of()), 400, "至少一个");
        Map<String, byte[]> twice = new LinkedHashMap<>();
        twice.put("part-00001.xlsx", read(synthetic.resolve("part-00001.xlsx")));
        twice.put("copy/part-00001.xlsx", read(synthetic.resolve("part-00001.xlsx")));
        assertProblem(upload(bureau, "", twice), 422, "未保存任何内容");
        assertProblem(upload(as("admin"), "", Map.of("a.xlsx", read(ZIBO))), 400, "financeBureauId");
        assertProblem(upload(as("pingjia"), "", Map.of("a.xlsx", read(ZIBO))), 403, "不能上传");
        assertThat(as("admin").get("/api/selfevals").json()).hasSize(before);
    }

    @Test
    void theApiIsDescribedInTheOpenApiDocument() {
        JsonNode paths = new Api(port).get("/v3/api-docs").json().get("paths");
        assertThat(paths.has("/api/selfevals")).isTrue();
        assertThat(paths.has("/api/selfevals/{id}/sample")).isTrue();
        assertThat(paths.at("/~1api~1selfevals/post/summary").asText()).contains("上传自评表工作簿");
    }

    /** Every cell of every sheet of a workbook, as text. */
    // ------------------------------------------------------------------ 复核 shadow values

    /** A field the answer leaves out or sends as null. */
    static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    static java.util.stream.Stream<JsonNode> reviews(JsonNode tables) {
        return StreamSupport.stream(tables.spliterator(), false).map(t -> t.get("review"));
    }

    /** The row of a table in the detail answer. */
    static JsonNode reviewRow(JsonNode table, int row) {
        return table.at("/review/rows/" + row);
    }

    static Map<String, Object> reviewScore(Object score, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("score", score);
        body.put("reason", reason);
        return body;
    }

    @Test
    void theReviewersScoresStandBesideTheUnitsAreAuditedAndExported() throws IOException {
        Api bureau = as(ZiboSelfEvalDemo.FINANCE_USER);
        Response created = upload(bureau, "?name=" + ApiContract.urlEncode("复核得分批次") + "&year=2024", Map.of("zibo.xlsx", read(ZIBO)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        JsonNode detail = created.json();
        assertThat(detail.get("mayReview").asBoolean()).isTrue();
        JsonNode tables = detail.get("tables");
        // before any reviewer's value: 复核 is what the rules give, which on these tables is what the units printed
        assertThat(reviews(tables).map(r -> r.get("selfTotal").asText()).toList()).containsExactlyElementsOf(ZIBO_TOTALS);
        assertThat(reviews(tables).map(r -> r.get("reviewTotal").asText()).toList()).containsExactlyElementsOf(ZIBO_TOTALS);
        assertThat(reviewRow(tables.get(0), 0).get("name").asText()).isEqualTo("预算执行率");
        assertThat(reviewRow(tables.get(0), 0).get("self").asText()).isEqualTo("7.41");
        assertThat(reviewRow(tables.get(0), 3).get("name").asText()).isEqualTo("安全检查企业家数");
        assertThat(reviewRow(tables.get(0), 3).get("weight").asText()).isEqualTo("15");
        assertThat(detail.at("/units/0/unit").asText()).isEqualTo(ZiboSelfEvalDemo.DEPARTMENT);
        assertThat(detail.at("/units/0/meanDifference").asText()).isEqualTo("0.00");

        // table 1: 安全检查企业家数 15 → 12; table 5: one row a point lower, which takes 90.19 below 90 (优 → 良)
        long first = tables.get(0).get("id").asLong();
        long fifth = tables.get(4).get("id").asLong();
        Response recorded = bureau.putJson("/api/selfevals/" + id + "/tables/" + first + "/review/3", reviewScore("12", "抽查台账只核实到 184 家"));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.json().at("/review/reviewTotal").asText()).isEqualTo("94.41");
        assertThat(recorded.json().at("/review/difference").asText()).isEqualTo("−3.00");
        assertThat(recorded.json().at("/review/rows/3/review").asText()).isEqualTo("12.00");
        assertThat(recorded.json().at("/review/rows/3/byReviewer").asBoolean()).isTrue();
        assertThat(recorded.json().at("/review/rows/3/reason").asText()).isEqualTo("抽查台账只核实到 184 家");
        JsonNode fifthRow = null;
        for (JsonNode row : tables.get(4).at("/review/rows")) {
            if (row.get("row").asInt() > 0 && new java.math.BigDecimal(row.get("self").asText()).compareTo(java.math.BigDecimal.ONE) >= 0) {
                fifthRow = row;
                break;
            }
        }
        java.math.BigDecimal lowered = new java.math.BigDecimal(fifthRow.get("self").asText()).subtract(java.math.BigDecimal.ONE);
        assertThat(bureau.putJson("/api/selfevals/" + id + "/tables/" + fifth + "/review/" + fifthRow.get("row").asInt(),
                reviewScore(lowered, "佐证材料不全")).status()).isEqualTo(200);

        // the unit's figures are unchanged; 自评 and 复核 side by side; the statistics of the unit
        detail = bureau.get("/api/selfevals/" + id).json();
        tables = detail.get("tables");
        assertThat(texts(tables, "recordedTotal")).containsExactlyElementsOf(ZIBO_TOTALS);
        assertThat(texts(tables, "total")).containsExactlyElementsOf(ZIBO_TOTALS);
        assertThat(tables.get(0).at("/indicators/2/recordedScore").asText()).isEqualTo("15");
        assertThat(reviews(tables).map(r -> r.get("reviewTotal").asText()).toList())
                .containsExactly("94.41", "95.93", "93.54", "91.38", "89.19");
        assertThat(tables.get(4).at("/review/selfGrade").asText()).isEqualTo("优");
        assertThat(tables.get(4).at("/review/reviewGrade").asText()).isEqualTo("良");
        assertThat(tables.get(4).at("/review/gradeSteps").asInt()).isEqualTo(1);
        assertThat(tables.get(4).at("/review/gradeStepsText").asText()).isEqualTo("降 1 档");
        JsonNode unit = detail.at("/units/0");
        assertThat(detail.get("units")).hasSize(1);
        // (97.41 + 95.93 + 93.54 + 91.38 + 90.19) ÷ 5 = 93.69; less 3 + 1 = 92.89
        assertThat(unit.get("tables").asInt()).isEqualTo(5);
        assertThat(unit.get("reviewedTables").asInt()).isEqualTo(2);
        assertThat(unit.get("selfAverage").asText()).isEqualTo("93.69");
        assertThat(unit.get("reviewAverage").asText()).isEqualTo("92.89");
        assertThat(unit.get("meanDifference").asText()).isEqualTo("−0.80");
        assertThat(unit.get("maxDifference").asText()).isEqualTo("−3.00");
        assertThat(unit.get("gradeChanged").asInt()).isEqualTo(1);
        assertThat(unit.get("lowered").asInt()).isEqualTo(1);
        assertThat(unit.get("maxGradeSteps").asText()).isEqualTo("降 1 档");
        assertThat(bureau.get("/api/selfevals/" + id + "/workbooks/" + detail.at("/workbooks/0/id").asLong()).body()).isEqualTo(read(ZIBO));

        // bad values are refused with what was wrong, and nothing is recorded
        String path = "/api/selfevals/" + id + "/tables/" + first + "/review/";
        assertProblem(bureau.putJson(path + "3", reviewScore("15.5", "多给")), 422, "超过该行分值 15");
        assertProblem(bureau.putJson(path + "3", reviewScore("-1", "负分")), 422, "不能为负数");
        assertProblem(bureau.putJson(path + "3", reviewScore("10.123", "三位小数")), 422, "最多两位小数");
        assertProblem(bureau.putJson(path + "3", reviewScore("10", " ")), 422, "请填写复核理由");
        assertProblem(bureau.putJson(path + "99", reviewScore("1", "不存在的行")), 422, "第 99 行不存在");
        assertProblem(bureau.putJson(path + "0", reviewScore("10.5", "执行率")), 422, "超过该行分值 10");
        assertProblem(bureau.putJson("/api/selfevals/" + id + "/tables/999999/review/1", reviewScore("1", "别的表")), 404, "不在批次");
        assertProblem(as(ZiboSelfEvalDemo.DEPARTMENT_USER).putJson(path + "3", reviewScore("15", "单位自己改")), 403, "复核得分");
        assertThat(as("pingjia").putJson(path + "3", reviewScore("15", "评价机构")).status()).isEqualTo(404);
        assertThat(bureau.get("/api/selfevals/" + id).json().at("/tables/0/review/reviewTotal").asText()).isEqualTo("94.41");

        // the department sees its tables, without the reviewer's values
        JsonNode own = as(ZiboSelfEvalDemo.DEPARTMENT_USER).get("/api/selfevals/" + id).json();
        assertThat(absent(own.at("/tables/0/review"))).isTrue();
        assertThat(own.get("units")).isEmpty();
        assertThat(own.get("mayReview").asBoolean()).isFalse();

        // withdrawn: back to the rules' score; every change in the batch's history with old value, new value and reason
        Response withdrawn = bureau.putJson(path + "3", reviewScore(null, "复查后认可单位填报"));
        assertThat(withdrawn.json().at("/review/reviewTotal").asText()).isEqualTo("97.41");
        assertThat(withdrawn.json().at("/review/rows/3/byReviewer").asBoolean()).isFalse();
        assertProblem(bureau.putJson(path + "3", reviewScore(null, "再撤销一次")), 400, "没有复核得分");
        JsonNode history = bureau.get("/api/selfevals/" + id + "/history").json();
        List<JsonNode> reviews = StreamSupport.stream(history.spliterator(), false).filter(e -> e.get("action").asText().equals("记录复核得分")).toList();
        assertThat(reviews).hasSize(3);
        assertThat(reviews.get(0).get("field").asText()).isEqualTo("自评表 1「安全生产综合管理经费」第 3 行（安全检查企业家数）");
        assertThat(absent(reviews.get(0).path("oldValue"))).isTrue();
        assertThat(reviews.get(0).get("newValue").asText()).isEqualTo("12.00");
        assertThat(reviews.get(0).get("reason").asText()).isEqualTo("抽查台账只核实到 184 家");
        assertThat(reviews.get(0).get("username").asText()).isEqualTo(ZiboSelfEvalDemo.FINANCE_USER);
        assertThat(reviews.get(2).get("oldValue").asText()).isEqualTo("12.00");
        assertThat(absent(reviews.get(2).path("newValue"))).isTrue();
        assertThat(reviews.get(2).get("reason").asText()).isEqualTo("撤销复核得分：复查后认可单位填报");
        assertThat(StreamSupport.stream(history.spliterator(), false).map(e -> e.get("action").asText())).contains("上传自评表");
        assertThat(as(ZiboSelfEvalDemo.DEPARTMENT_USER).get("/api/selfevals/" + id + "/history").status()).isEqualTo(403);

        // exported: the workbook and the Word document carry 自评 and 复核 side by side and the unit's statistics
        String workbook = sheetText(bureau.get("/api/selfevals/" + id + "/summary?format=xlsx").body());
        // the sheets 自评与复核, 复核得分明细 and 单位差异统计 (by their headers)
        assertThat(workbook).contains("复核等级", "89.19", "降 1 档", "佐证材料不全", "复核理由", "复核平均分", "93.69", "93.49", "−0.20");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bureau.get("/api/selfevals/" + id + "/summary?format=docx").body()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("自评与复核", "单位差异统计", "复核得分明细", "90.19", "89.19", "良", "降 1 档", "佐证材料不全");
        }
        assertThat(sheetText(as(ZiboSelfEvalDemo.DEPARTMENT_USER).get("/api/selfevals/" + id + "/summary?format=xlsx").body()))
                .doesNotContain("复核等级", "佐证材料不全");
        assertThat(bureau.delete("/api/selfevals/" + id).status()).isEqualTo(204);
    }

    static String sheetText(byte[] xlsx) {
        StringBuilder text = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            workbook.forEach(sheet -> {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(format.formatCellValue(cell)).append('\t');
                    }
                    text.append('\n');
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }
}
