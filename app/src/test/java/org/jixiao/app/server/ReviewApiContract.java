package org.jixiao.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.app.server.Api.Response;
import org.jixiao.app.server.demo.DemoData;
import org.jixiao.app.server.demo.ZiboSelfEvalDemo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review page's API (复核报告) as a client uses it, over HTTP: a Word report made by {@link ScoreReportDocx} with one
 * wrong 得分率 is kept with exactly that finding; an unreadable file is refused and nothing is kept; the data scope of
 * the uploader's organisation (and of the finance bureau over its departments); 重新复核 and deletion in the audit
 * trail. Run on H2 ({@link H2ReviewApiTest}) and on PostgreSQL ({@link PostgresReviewApiTest}).
 */
@SpringBootTest(classes = JixiaoServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ReviewApiContract {
    static final String UNIT = ZiboSelfEvalDemo.DEPARTMENT_USER;      // zbgongxin, 部门用户 of the Zibo department
    static final String BUREAU = ZiboSelfEvalDemo.FINANCE_USER;       // zbcaizheng, the bureau over that department

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api as(String username) {
        return Api.signedIn(port, username, DemoData.PASSWORD);
    }

    long upload(Api api) {
        Response created = api.upload("/api/reviews", ScoreReportDocx.FILE_NAME, ScoreReportDocx.bytes());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    static void assertProblem(Response response, int status, String detailContains) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains(detailContains);
    }

    static List<Long> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.get("id").asLong()).toList();
    }

    static List<JsonNode> findings(JsonNode result, String severity) {
        return StreamSupport.stream(result.get("findings").spliterator(), false).filter(f -> f.get("severity").asText().equals(severity))
                .toList();
    }

    static String printedError(JsonNode detail) {
        List<JsonNode> errors = findings(detail.get("result"), "error");
        assertThat(errors).hasSize(1);
        return errors.get(0).get("printed").asText();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    // ------------------------------------------------------------------ upload: the finding kept and shown

    @Test
    void aReportWithOneWrongRateIsKeptWithExactlyThatFinding() throws IOException {
        Api unit = as(UNIT);
        byte[] file = ScoreReportDocx.bytes();
        Response created = unit.upload("/api/reviews", ScoreReportDocx.FILE_NAME, file);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode detail = created.json();
        long id = detail.get("id").asLong();
        assertThat(created.header("Location").orElseThrow()).endsWith("/api/reviews/" + id);
        assertThat(detail.get("fileName").asText()).isEqualTo(ScoreReportDocx.FILE_NAME);
        assertThat(detail.get("fileSize").asLong()).isEqualTo(file.length);
        assertThat(detail.at("/organisation/name").asText()).isEqualTo(ZiboSelfEvalDemo.DEPARTMENT);
        assertThat(detail.get("createdBy").asText()).isEqualTo("工信商务局填报员");
        assertThat(detail.get("revision").asInt()).isEqualTo(1);
        assertThat(detail.get("errors").asInt()).isEqualTo(1);
        assertThat(detail.get("mayRerun").asBoolean()).isTrue();
        assertThat(detail.get("mayDelete").asBoolean()).isTrue();
        assertThat(detail.get("schema").asText()).isEqualTo("jixiao-review/1");

        JsonNode result = detail.get("result");
        assertThat(result.get("document").asText()).isEqualTo(ScoreReportDocx.FILE_NAME);
        assertThat(result.get("format").asText()).isEqualTo("Word 文档");
        assertThat(result.get("kind").asText()).isEqualTo("绩效评价报告");
        assertThat(result.at("/summary/errors").asInt()).isEqualTo(1);
        assertThat(result.at("/summary/statedTotal").asText()).isEqualTo("89");
        assertThat(result.at("/summary/statedGrade").asText()).isEqualTo("良");
        assertThat(result.at("/summary/leaves").asInt()).isEqualTo(5);
        assertThat(result.get("tables")).hasSize(1);
        assertThat(result.at("/tables/0/rows").asInt()).isEqualTo(7);
        assertThat(result.at("/tables/0/columns").asInt()).isEqualTo(5);
        List<JsonNode> errors = findings(result, "error");
        assertThat(errors).hasSize(1);
        JsonNode error = errors.get(0);
        assertThat(error.get("rule").asText()).isEqualTo("RATE");
        assertThat(error.get("level").asText()).isEqualTo("错误");
        assertThat(error.get("printed").asText()).isEqualTo(ScoreReportDocx.WRONG_RATE);
        assertThat(error.get("recomputed").asText()).isEqualTo(ScoreReportDocx.RIGHT_RATE);
        assertThat(error.at("/location/item").asText()).contains(ScoreReportDocx.INDICATOR);
        assertThat(error.get("message").asText()).contains(ScoreReportDocx.INDICATOR, "95.00", "90.00");

        // what was stored is what the user saw
        JsonNode stored = unit.get("/api/reviews/" + id).json();
        assertThat(stored.get("result")).isEqualTo(result);
        JsonNode row = StreamSupport.stream(unit.get("/api/reviews").json().spliterator(), false)
                .filter(r -> r.get("id").asLong() == id).findFirst().orElseThrow();
        assertThat(row.get("kind").asText()).isEqualTo("绩效评价报告");
        assertThat(row.get("errors").asInt()).isEqualTo(1);
        assertThat(row.get("notes").asInt()).isEqualTo(result.at("/summary/notes").asInt());
        assertThat(row.get("unchecked").asInt()).isEqualTo(result.at("/summary/unchecked").asInt());
        assertThat(row.get("createdBy").asText()).isEqualTo("工信商务局填报员");

        // the original as it came, never rendered by the browser
        Response original = unit.get("/api/reviews/" + id + "/original");
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.body()).isEqualTo(file);
        assertThat(original.header("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(original.header("Content-Security-Policy").orElseThrow()).isEqualTo("sandbox");

        // 复核意见: Word and HTML, with the printed and the recomputed rate
        Response docx = unit.get("/api/reviews/" + id + "/opinion?format=docx");
        assertThat(docx.status()).as(docx.toString()).isEqualTo(200);
        assertThat(docx.header("Content-Disposition").orElseThrow()).contains("attachment");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("复核意见：" + ScoreReportDocx.FILE_NAME, "错误 1 处", ScoreReportDocx.INDICATOR,
                    ScoreReportDocx.WRONG_RATE, ScoreReportDocx.RIGHT_RATE, "得分率 = 得分 ÷ 分值 × 100%");
        }
        Response html = unit.get("/api/reviews/" + id + "/opinion?format=html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.text()).contains("<h1>复核意见：" + ScoreReportDocx.FILE_NAME + "</h1>", "<td>" + ScoreReportDocx.WRONG_RATE + "</td>",
                "<td>" + ScoreReportDocx.RIGHT_RATE + "</td>");
        assertProblem(unit.get("/api/reviews/" + id + "/opinion?format=pdf"), 400, "docx 或 html");
    }

    // ------------------------------------------------------------------ refused uploads keep nothing

    @Test
    void anUnreadableFileIsRefusedAndNothingIsKept() {
        Api unit = as(UNIT);
        long documents = count("SELECT COUNT(*) FROM document_review");
        long entries = count("SELECT COUNT(*) FROM audit_log WHERE document_review_id IS NOT NULL");

        Response corrupt = unit.upload("/api/reviews", "损坏的报告.docx", ScoreReportDocx.corrupt());
        assertProblem(corrupt, 422, "损坏的报告.docx");
        assertThat(corrupt.json().get("title").asText()).isEqualTo("无法复核");
        assertThat(corrupt.json().get("file").asText()).isEqualTo("损坏的报告.docx");
        assertThat(corrupt.json().get("detail").asText()).doesNotContain("Exception");

        assertProblem(unit.upload("/api/reviews", "自评表.xlsx", ScoreReportDocx.bytes()), 422, "只能复核 Word 文档（.docx）、PDF");
        assertProblem(unit.upload("/api/reviews", "旧版报告.doc", ScoreReportDocx.bytes()), 422, "另存为 .docx");
        assertProblem(unit.upload("/api/reviews", "空白.txt", new byte[0]), 400, "是空的");
        assertProblem(unit.upload("/api/reviews", "文本.txt", "这是一段没有表格也没有得分的文字。".getBytes(StandardCharsets.UTF_8)), 422, "文本.txt");

        // just over the limit: Tomcat reads on to the end of a body a little too large, and answers
        Response tooLarge = unit.upload("/api/reviews", "很大的报告.pdf", new byte[20 * 1024 * 1024 + 4096]);
        assertProblem(tooLarge, 413, "超过 20 MB 的上限");

        Response withoutToken = as(UNIT).withoutCsrfHeader().upload("/api/reviews", ScoreReportDocx.FILE_NAME, ScoreReportDocx.bytes());
        assertProblem(withoutToken, 403, "CSRF");
        assertThat(new Api(port).upload("/api/reviews", ScoreReportDocx.FILE_NAME, ScoreReportDocx.bytes()).status()).isIn(401, 403);

        assertThat(count("SELECT COUNT(*) FROM document_review")).isEqualTo(documents);
        assertThat(count("SELECT COUNT(*) FROM document_review_result")).isEqualTo(count("SELECT COUNT(*) FROM document_review")
                + count("SELECT COALESCE(SUM(revision - 1), 0) FROM document_review"));
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE document_review_id IS NOT NULL")).isEqualTo(entries);
    }

    // ------------------------------------------------------------------ data scope

    @Test
    void aDocumentIsSeenByItsOrganisationItsFinanceBureauAndTheAdministratorOnly() {
        Api unit = as(UNIT);
        long id = upload(unit);

        Api bureau = as(BUREAU);
        assertThat(ids(bureau.get("/api/reviews").json())).contains(id);
        JsonNode seen = bureau.get("/api/reviews/" + id).json();
        assertThat(seen.at("/result/summary/errors").asInt()).isEqualTo(1);
        assertThat(seen.get("mayRerun").asBoolean()).isFalse();
        assertThat(seen.get("mayDelete").asBoolean()).isFalse();
        assertThat(bureau.get("/api/reviews/" + id + "/original").status()).isEqualTo(200);
        assertProblem(bureau.post("/api/reviews/" + id + "/rerun", "application/json", new byte[0]), 403, "重新复核");
        assertProblem(bureau.delete("/api/reviews/" + id), 403, "上传人或系统管理员");

        for (String outsider : List.of("caizheng", "jingfa", "pingjia")) {
            Api other = as(outsider);
            assertThat(ids(other.get("/api/reviews").json())).as(outsider).doesNotContain(id);
            assertProblem(other.get("/api/reviews/" + id), 404, "不在当前账号的数据范围内");
            assertThat(other.get("/api/reviews/" + id + "/original").status()).isEqualTo(404);
            assertThat(other.get("/api/reviews/" + id + "/opinion").status()).isEqualTo(404);
            assertThat(other.get("/api/reviews/" + id + "/history").status()).isEqualTo(404);
            assertThat(other.post("/api/reviews/" + id + "/rerun", "application/json", new byte[0]).status()).isEqualTo(404);
            assertThat(other.delete("/api/reviews/" + id).status()).isEqualTo(404);
        }

        JsonNode byAdmin = as("admin").get("/api/reviews/" + id).json();
        assertThat(byAdmin.get("mayDelete").asBoolean()).isTrue();

        // an agency's review: its colleagues see it and may review it again, the finance bureaus and units do not see it
        long agencys = upload(as("pingjia"));
        JsonNode colleague = as("lifang").get("/api/reviews/" + agencys).json();
        assertThat(colleague.get("mayRerun").asBoolean()).isTrue();
        assertThat(colleague.get("mayDelete").asBoolean()).isFalse();
        assertThat(ids(unit.get("/api/reviews").json())).doesNotContain(agencys);
        assertThat(ids(bureau.get("/api/reviews").json())).doesNotContain(agencys);
        assertThat(as("caizheng").get("/api/reviews/" + agencys).status()).isEqualTo(404);
        assertThat(ids(as("admin").get("/api/reviews").json())).contains(id, agencys);
    }

    // ------------------------------------------------------------------ the 复核意见 says what the page says

    @Test
    void theOpinionAsksForAFreshReviewWhenTheReaderNowFindsSomethingElse() {
        Api unit = as(UNIT);
        long id = upload(unit);
        // as if the reader had read this file differently when it was uploaded (an older reader)
        assertThat(jdbc.sql("UPDATE document_review_result SET result = REPLACE(result, '\"95.00\"', '\"96.00\"') WHERE review_id = ?")
                .param(id).update()).isEqualTo(1);
        assertThat(printedError(unit.get("/api/reviews/" + id).json())).isEqualTo("96.00");

        assertProblem(unit.get("/api/reviews/" + id + "/opinion?format=docx"), 409, "请先“重新复核”");
        assertThat(unit.post("/api/reviews/" + id + "/rerun", "application/json", new byte[0]).status()).isEqualTo(200);
        assertThat(printedError(unit.get("/api/reviews/" + id).json())).isEqualTo(ScoreReportDocx.WRONG_RATE);
        assertThat(unit.get("/api/reviews/" + id + "/opinion?format=html").status()).isEqualTo(200);
        // the first review stays as it was seen
        assertThat(printedError(unit.get("/api/reviews/" + id + "?revision=1").json())).isEqualTo("96.00");
    }

    // ------------------------------------------------------------------ 重新复核, history, delete

    @Test
    void reviewingAgainAddsARevisionAndEveryStepIsInTheAuditTrail() {
        Api unit = as(UNIT);
        long id = upload(unit);

        Response again = unit.post("/api/reviews/" + id + "/rerun", "application/json", new byte[0]);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        JsonNode detail = again.json();
        assertThat(detail.get("revision").asInt()).isEqualTo(2);
        assertThat(detail.get("currentRevision").asInt()).isEqualTo(2);
        assertThat(detail.get("revisions")).hasSize(2);
        assertThat(findings(detail.get("result"), "error")).hasSize(1);
        JsonNode first = unit.get("/api/reviews/" + id + "?revision=1").json();
        assertThat(first.get("revision").asInt()).isEqualTo(1);
        assertThat(first.get("currentRevision").asInt()).isEqualTo(2);
        assertThat(first.at("/result/summary/errors").asInt()).isEqualTo(1);
        assertProblem(unit.get("/api/reviews/" + id + "?revision=3"), 404, "没有第 3 次复核");
        assertThat(unit.get("/api/reviews/" + id + "/opinion").status()).isEqualTo(200);

        JsonNode history = unit.get("/api/reviews/" + id + "/history").json();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("actionLabel").asText()).isEqualTo("上传复核报告");
        assertThat(history.get(0).get("username").asText()).isEqualTo(UNIT);
        assertThat(history.get(0).get("newValue").asText()).startsWith("第 1 次复核：错误 1 处");
        assertThat(history.get(1).get("actionLabel").asText()).isEqualTo("重新复核");
        assertThat(history.get(1).get("oldValue").asText()).startsWith("第 1 次复核：错误 1 处");
        assertThat(history.get(1).get("newValue").asText()).startsWith("第 2 次复核：错误 1 处");

        assertThat(unit.delete("/api/reviews/" + id).status()).isEqualTo(204);
        assertProblem(unit.get("/api/reviews/" + id), 404, "不存在");
        assertThat(ids(unit.get("/api/reviews").json())).doesNotContain(id);
        assertThat(count("SELECT COUNT(*) FROM document_review_result WHERE review_id = " + id)).isZero();
        // the audit trail outlives the document
        List<String> actions = jdbc.sql("SELECT action FROM audit_log WHERE document_review_id = ? ORDER BY id").param(id)
                .query(String.class).list();
        assertThat(actions).containsExactly("DOCUMENT_REVIEW_UPLOAD", "DOCUMENT_REVIEW_RERUN", "DOCUMENT_REVIEW_DELETE");
        assertThat(jdbc.sql("SELECT username FROM audit_log WHERE document_review_id = ? AND action = 'DOCUMENT_REVIEW_DELETE'").param(id)
                .query(String.class).single()).isEqualTo(UNIT);
    }
}
