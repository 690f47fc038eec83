package org.jixiao.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jixiao.app.server.Api.Response;
import org.jixiao.app.server.demo.DemoData;
import org.jixiao.app.server.demo.ZiboSelfEvalDemo;
import org.jixiao.formats.selfeval.SyntheticBatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The attacks of the trust probe (issue 14) that concern output, input limits and errors, each as a client makes it, with
 * the answer expected: listed in docs/security.md ("Output, input and errors"). Run on H2 ({@link SecurityH2Test}) and
 * on PostgreSQL ({@link SecurityPostgresTest}), in a JVM with a 512 MB heap (the surefire execution "security"): the
 * server has to keep serving through every hostile file here within that heap.
 */
@SpringBootTest(classes = JixiaoServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class SecurityContract {
    static final String SCRIPT = "<img src=x onerror=alert(1)>";
    static final Path ACCOUNTS = Path.of("..", "examples", "zibo-industry-2024-accounts.yaml");
    static final Path SELFEVAL = Path.of("..", "examples", "zibo-2024-selfeval", "zibo-2024-selfeval.xlsx");

    @TempDir
    static Path synthetic;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @BeforeAll
    static void generate() throws IOException {
        // 60 one-table workbooks: more than the 50 parts Tomcat allows a multipart request by default
        SyntheticBatch.generate(synthetic, 60, 11, 0.0, 0, 1, false);
    }

    Api as(String username) {
        return Api.signedIn(port, username, DemoData.PASSWORD);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertProblem(Response response, int status, String... detailContains) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        if (detailContains.length > 0) {
            assertThat(response.json().get("detail").asText()).as(response.toString()).contains(detailContains);
        }
    }

    static void assertField(Response response, int status, String field, String... detailContains) {
        if (detailContains.length == 0) {
            assertProblem(response, status, field);
        } else {
            assertProblem(response, status, detailContains);
        }
        assertThat(response.json().path("field").asText()).as(response.toString()).isEqualTo(field);
    }

    /** The server still answers a signed-in request at once. */
    void stillServes() {
        Response list = as("pingjia").get("/api/evaluations");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
    }

    long demoEvaluation(Api api) {
        return StreamSupport.stream(api.get("/api/evaluations").json().spliterator(), false).mapToLong(e -> e.get("id").asLong()).min()
                .orElseThrow();
    }

    static Response multipartFiles(Api api, String path, Map<String, byte[]> files) {
        String boundary = "----jixiao" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    // ================================================================== output is text, never markup

    @Test
    void aSubjectNameWithMarkupIsTextInTheDisclosureAndItsHtmlPage() {
        Api admin = as("admin");
        String yaml = read(ACCOUNTS).replaceFirst("\n  year: 2024\n", "\n  year: 2018\n").replace("name: 科学技术支出", "name: \"科学技术支出" + SCRIPT + "\"");
        Response created = admin.post("/api/accounts?departmentId=" + zibo(admin), "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        // the API gives the name as data (the interface shows it as text, see HostileTextBrowserTest) …
        assertThat(admin.get("/api/accounts/" + id + "/explanation").json().toString()).contains("科学技术支出" + SCRIPT);
        // … and the written page escapes it and forbids every script
        Response html = admin.get("/api/accounts/" + id + "/explanation?format=html");
        assertThat(html.status()).as(html.toString()).isEqualTo(200);
        assertThat(html.text()).contains("科学技术支出&lt;img src=x onerror=alert(1)&gt;").doesNotContain(SCRIPT)
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'");
        assertThat(html.header("Content-Security-Policy").orElseThrow()).startsWith("default-src 'none'").doesNotContain("script-src");
        assertThat(html.header("Content-Disposition").orElseThrow()).startsWith("attachment");
    }

    long zibo(Api admin) {
        JsonNode organisations = admin.get("/api/organisations").json();
        return StreamSupport.stream(organisations.spliterator(), false).filter(o -> o.get("name").asText().startsWith("淄博高新"))
                .filter(o -> o.get("kind").asText().equals("DEPARTMENT")).findFirst().orElseThrow().get("id").asLong();
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicyAndTheOtherHeaders() {
        for (Response response : List.of(new Api(port).get("/"), new Api(port).get("/evaluations"), new Api(port).get("/api/auth/csrf"),
                as("pingjia").get("/api/evaluations"), new Api(port).get("/api/evaluations"))) {
            String policy = response.header("Content-Security-Policy").orElseThrow();
            assertThat(policy).contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-eval");
            assertThat(policy.replaceAll("style-src [^;]*", "")).doesNotContain("unsafe-inline");
            assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.header("Referrer-Policy")).contains("same-origin");
            assertThat(response.header("X-Frame-Options")).contains("DENY");
            // HSTS only over HTTPS (a browser ignores it over HTTP; sending it there would pin nothing)
            assertThat(response.header("Strict-Transport-Security")).isEmpty();
        }
        // the page has no inline script the policy would have to allow
        String page = new Api(port).get("/").text();
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
    }

    // ================================================================== bounded input

    @Test
    void aBodyOverTheLimitIsRefusedWhetherItsSizeIsDeclaredOrNot() throws Exception {
        Api api = as("pingjia");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // declared: 30 MB of YAML, refused on its Content-Length before it is read
        HttpRequest declared = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/evaluations"))
                .header("Content-Type", "application/yaml").header("Cookie", "JSESSIONID=" + api.cookie("JSESSIONID") + "; XSRF-TOKEN="
                        + api.cookie("XSRF-TOKEN")).header("X-XSRF-TOKEN", api.cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[30 * 1024 * 1024])).build();
        HttpResponse<String> refused = http.send(declared, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
        assertThat(refused.body()).contains("20 MB 的上限");
        // not declared (chunked): counted while it streams and stopped at the limit
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/evaluations"))
                .header("Content-Type", "application/yaml").header("Cookie", "JSESSIONID=" + api.cookie("JSESSIONID") + "; XSRF-TOKEN="
                        + api.cookie("XSRF-TOKEN")).header("X-XSRF-TOKEN", api.cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new RepeatingStream("meta: x\n".getBytes(StandardCharsets.UTF_8), 30L << 20)))
                .build();
        HttpResponse<String> stopped = http.send(chunked, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(413);
        assertThat(stopped.body()).contains("20 MB 的上限");
        assertThat(api.get("/api/evaluations").json().size()).isEqualTo(as("pingjia").get("/api/evaluations").json().size());
        stillServes();
    }

    /** {@code length} bytes of one pattern, made while read. */
    static final class RepeatingStream extends InputStream {
        private final byte[] pattern;
        private final long length;
        private long position;

        RepeatingStream(byte[] pattern, long length) {
            this.pattern = pattern;
            this.length = length;
        }

        @Override
        public int read() {
            return position < length ? pattern[(int) (position++ % pattern.length)] : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = pattern[(int) (position++ % pattern.length)];
            }
            return n;
        }
    }

    @Test
    void aWorkbookWhoseSharedStringsExpandWithoutBoundIsRefusedWithTheLimit() {
        // 1.5 GB of shared strings in a few MB: refused by its compression ratio long before it is read
        byte[] bomb = HostileFiles.zipBomb("xl/sharedStrings.xml", 1536, "<si><t>a</t></si>");
        assertThat(bomb.length).isLessThan(20 * 1024 * 1024);
        Response selfEval = multipartFiles(as(ZiboSelfEvalDemo.FINANCE_USER), "/api/selfevals", Map.of("炸弹.xlsx", bomb));
        assertProblem(selfEval, 422, "未保存");
        assertThat(selfEval.text()).contains("压缩比超过 100 倍的上限");
        Response accounts = as("admin").upload("/api/accounts?departmentId=" + zibo(as("admin")), "炸弹.xlsx", bomb);
        assertProblem(accounts, 422);
        assertThat(accounts.text()).contains("压缩比超过 100 倍的上限");
        stillServes();
    }

    @Test
    void aWorkbookWithTooManySharedStringsOrRowsIsRefusedWithTheLimit() {
        Api bureau = as(ZiboSelfEvalDemo.FINANCE_USER);
        // 600,000 distinct strings that do not compress: no ratio to catch them, their number does
        Response strings = multipartFiles(bureau, "/api/selfevals", Map.of("字符串.xlsx", HostileFiles.workbook(20_000, 30)));
        assertProblem(strings, 422, "未保存");
        assertThat(strings.text()).contains("共享字符串超过 500,000 个的上限");
        Response rows = multipartFiles(bureau, "/api/selfevals", Map.of("行.xlsx", HostileFiles.workbook(20_001, 1)));
        assertProblem(rows, 422, "未保存");
        assertThat(rows.text()).contains("超过 20,000 行的上限");
        stillServes();
    }

    @Test
    void aWordFileOfTooManyPartsOrTooMuchTextIsRefusedWithTheLimit() {
        Api api = as("pingjia");
        assertProblem(api.upload("/api/reviews", "部件.docx", HostileFiles.manyParts(3000)), 422, "部件超过 2000 个的上限");
        assertProblem(api.upload("/api/reviews", "炸弹.docx", HostileFiles.zipBomb("word/document.xml", 600, "<w:p><w:r><w:t>一</w:t></w:r></w:p>")),
                422, "压缩比超过 100 倍的上限");
        stillServes();
    }

    @Test
    void aPdfOfTooManyPagesIsRefusedWithTheLimit() {
        assertProblem(as("pingjia").upload("/api/reviews", "页数.pdf", HostileFiles.pdfOfPages(2001)), 422, "超过 2000 页的上限");
        stillServes();
    }

    @Test
    void billionLaughsAndDeepNestingAreRefusedWithTheLimit() {
        Api api = as("pingjia");
        // the YAML reader never expands aliases into the tree: the file is simply not a dataset
        long start = System.nanoTime();
        assertProblem(api.post("/api/evaluations", "application/yaml", HostileFiles.billionLaughs().getBytes(StandardCharsets.UTF_8)), 422,
                "未保存");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
        String deepYaml = "format: jixiao.evaluation/1\nx: " + "[".repeat(200) + "]".repeat(200) + "\n";
        Response deep = api.post("/api/evaluations", "application/yaml", deepYaml.getBytes(StandardCharsets.UTF_8));
        assertProblem(deep, 422, "未保存");
        assertThat(deep.text()).contains("嵌套层数超过 64 层的上限");
        long id = demoEvaluation(api);
        Response deepJson = api.postJson("/api/evaluations/" + id + "/indicators/preview",
                "{\"path\":\"/indicators/0\",\"rule\":" + HostileFiles.deepJson(5000) + "}");
        assertProblem(deepJson, 400, "嵌套层数超过 64 层的上限");
        stillServes();
    }

    @Test
    void anExternalEntityInAWordFileIsNeverResolved() {
        Response review = as("pingjia").upload("/api/reviews", "实体.docx", HostileFiles.docxWithExternalEntity("/etc/passwd"));
        assertThat(review.status()).as(review.toString()).isIn(201, 422);
        assertThat(review.text()).doesNotContain("root:");
    }

    // ================================================================== no 500 for anything a client sends

    @Test
    void aReasonOver1000CharactersIsRefusedNamingTheField() {
        Api api = as("pingjia");
        long id = demoEvaluation(api);
        long version = api.get("/api/evaluations/" + id).json().get("version").asLong();
        Response patch = api.patchJson("/api/evaluations/" + id + "/indicators",
                Map.of("path", ApiContract.LEAF, "evidence", "依据", "reason", "理".repeat(1001), "version", version), null);
        assertField(patch, 422, "reason", "修改原因（reason）不能超过 1000 个字（实际 1001 个字）");
        assertField(api.postJson("/api/evaluations/" + id + "/stage", Map.of("stage", "评价实施", "reason", "理".repeat(1001), "version", version)),
                422, "reason", "不能超过 1000 个字");
        assertThat(api.get("/api/evaluations/" + id).json().get("version").asLong()).isEqualTo(version);
    }

    @Test
    void numbersNoComputationCanUseAreRefusedNamingTheField() {
        Api api = as("pingjia");
        long id = demoEvaluation(api);
        long version = api.get("/api/evaluations/" + id).json().get("version").asLong();
        for (String number : List.of("1e400", "1e999999999", "-1e400", "123456789012345678")) {
            Response patch = api.patchJson("/api/evaluations/" + id + "/indicators", "{\"path\":\"" + ApiContract.LEAF
                    + "\",\"rule\":{\"items\":[{\"points\":" + number + ",\"reason\":\"x\"}]},\"reason\":\"试\",\"version\":" + version + "}", null);
            assertField(patch, 422, "rule.items[0].points", "数值超出可处理的范围");
        }
        assertField(api.postJson("/api/evaluations/" + id + "/stage", "{\"stage\":\"评价实施\",\"version\":1e400}"), 400, "version");
        // the same number in an uploaded dataset: the file's line and field
        String yaml = read(ApiContract.EXAMPLE).replace("points: 0.3,", "points: 1e999999999,");
        Response upload = api.post("/api/evaluations", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertProblem(upload, 422);
        assertThat(upload.text()).contains("数值超出可处理的范围").contains("\"field\":\"indicators[0].children[0].children[0].rule.items[0].points\"");
    }

    @Test
    void malformedJsonAndWrongTypesAre400NamingTheField() {
        Api api = as("pingjia");
        long id = demoEvaluation(api);
        assertProblem(api.postJson("/api/evaluations/" + id + "/stage", "{\"stage\":"), 400, "无法解析");
        assertField(api.postJson("/api/evaluations/" + id + "/signoffs", "{\"level\":[1]}"), 400, "level", "字段 level");
        // found by the JSON API fuzz target: a field given twice (a record cannot take both) was a 500
        assertField(api.postJson("/api/evaluations/" + id + "/signoffs", "{\"level\":1,\"opinion\":\"甲\",\"opinion\":\"乙\"}"), 400,
                "opinion", "字段 opinion 重复出现");
    }

    @Test
    void aTruncatedMultipartBodyIs400() {
        byte[] cut = ("--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.xlsx\"\r\n\r\nPK\u0003\u0004")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(as(ZiboSelfEvalDemo.FINANCE_USER).post("/api/selfevals", "multipart/form-data; boundary=b", cut), 400, "不完整");
        assertProblem(as("pingjia").post("/api/reviews", "multipart/form-data; boundary=b", cut), 400, "不完整");
    }

    @Test
    void aNulCharacterIsRefusedInEveryTextInput() {
        String nul = "甲\u0000乙";
        Api api = as("pingjia");
        long id = demoEvaluation(api);
        long version = api.get("/api/evaluations/" + id).json().get("version").asLong();
        List<Response> answers = new ArrayList<>();
        answers.add(new Api(port).login(nul, "x"));                                                                          // 1 sign-in (JSON)
        Api form = new Api(port);
        form.get("/api/auth/csrf");
        answers.add(form.post("/api/auth/login", "application/x-www-form-urlencoded",
                ("username=%00admin&password=" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8)));                      // 2 sign-in (form)
        answers.add(api.patchJson("/api/evaluations/" + id + "/indicators",
                Map.of("path", ApiContract.LEAF, "evidence", nul, "reason", "试", "version", version), null));                  // 3 evidence
        answers.add(api.patchJson("/api/evaluations/" + id + "/indicators",
                Map.of("path", ApiContract.LEAF, "evidence", "依据", "reason", nul, "version", version), null));                // 4 reason
        answers.add(api.get("/api/evaluations?unit=%00"));                                                                  // 5 query
        answers.add(api.postJson("/api/evaluations/" + id + "/signoffs", Map.of("level", 1, "opinion", nul)));              // 6 opinion
        answers.add(api.patchJson("/api/evaluations/" + id + "/meta", Map.of("title", nul, "reason", "试", "version", version), null)); // 7 title
        answers.add(api.post("/api/evaluations", "application/yaml",
                read(ApiContract.EXAMPLE).replace("department_short: 区经发局", "department_short: \"区经\\0发局\"").getBytes(StandardCharsets.UTF_8))); // 8 dataset
        answers.add(api.upload("/api/reviews", "报告\u0000.docx", bytes(Path.of("..", "corpus", "real-reports", "r01-sichuan-ziyang-2024-adbloan.docx")))); // 9 file name
        answers.add(multipartFiles(as(ZiboSelfEvalDemo.FINANCE_USER), "/api/selfevals?name=%00", Map.of("自评.xlsx", bytes(SELFEVAL))));  // 10 batch name
        answers.add(as("admin").postJson("/api/organisations", Map.of("name", nul, "kind", "部门")));                        // 11 organisation
        answers.add(as("admin").postJson("/api/organisations", Map.of("name", "合法名称", "kind", "部门", "aliases", List.of(nul)))); // 12 alias
        answers.add(as("admin").post("/api/accounts?departmentId=" + zibo(as("admin")), "application/json",
                ("{\"format\":\"jixiao.final-accounts/1\",\"meta\":{\"department\":\"" + "甲\\u0000乙" + "\"}}").getBytes(StandardCharsets.UTF_8))); // 13 JSON dataset
        for (int i = 0; i < answers.size(); i++) {
            Response answer = answers.get(i);
            if (i == 8) {
                // a NUL in a multipart header: the container cannot parse the part at all
                assertProblem(answer, 400, "上传的内容不完整或格式有误");
                continue;
            }
            assertThat(answer.status()).as("input %d: %s", i + 1, answer).isEqualTo(422);
            assertThat(answer.text()).as("input %d", i + 1).contains("U+0000");
        }
        assertThat(api.get("/api/evaluations/" + id).json().get("version").asLong()).isEqualTo(version);
    }

    @Test
    void namesOverTheirLimitAre422NamingTheField() {
        Api bureau = as(ZiboSelfEvalDemo.FINANCE_USER);
        assertField(multipartFiles(bureau, "/api/selfevals?name=" + ApiContract.urlEncode("批".repeat(301)), Map.of("自评.xlsx", bytes(SELFEVAL))),
                422, "name", "批次名称（name）不能超过 300 个字");
        assertField(multipartFiles(bureau, "/api/selfevals", Map.of("名".repeat(300) + ".xlsx", bytes(SELFEVAL))), 422, "files", "文件名过长");
        Api evaluator = as("pingjia");
        String yaml = read(ApiContract.EXAMPLE).replaceFirst("title: [^\n]*", "title: " + "题".repeat(301));
        assertField(evaluator.post("/api/evaluations", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8)), 422, "meta.title",
                "不能超过 300 个字（实际 301 个）");
        assertField(evaluator.post("/api/evaluations?fileName=" + ApiContract.urlEncode("名".repeat(256)), "application/yaml",
                read(ApiContract.EXAMPLE).getBytes(StandardCharsets.UTF_8)), 422, "fileName", "不能超过 255 个字");
        // a long file name still makes a default batch name that fits
        String longName = "名".repeat(250) + ".xlsx";
        Response created = multipartFiles(bureau, "/api/selfevals?year=2019", Map.of(longName, bytes(SELFEVAL)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("name").asText().length()).isLessThanOrEqualTo(300);
    }

    @Test
    void sixtyWorkbooksAreOneUploadAndMoreThanTheLimitAreRefusedClearly() throws IOException {
        Api bureau = as(ZiboSelfEvalDemo.FINANCE_USER);
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var list = Files.list(synthetic)) {
            list.filter(file -> file.toString().endsWith(".xlsx")).sorted().forEach(file -> files.put(file.getFileName().toString(), bytes(file)));
        }
        assertThat(files).hasSize(60);
        Response sixty = multipartFiles(bureau, "/api/selfevals?year=2017", files);
        assertThat(sixty.status()).as(sixty.toString()).isEqualTo(201);
        assertThat(sixty.json().get("tables")).hasSize(60);

        Map<String, byte[]> tooMany = new LinkedHashMap<>();
        for (int i = 0; i < 201; i++) {
            tooMany.put("工作簿" + i + ".xlsx", new byte[] {1});
        }
        Response refused = multipartFiles(bureau, "/api/selfevals", tooMany);
        assertProblem(refused, 413, "一次最多上传 200 个文件", "jixiao.limits.files-per-upload");
        Map<String, byte[]> wayTooMany = new LinkedHashMap<>();
        for (int i = 0; i < 400; i++) {
            wayTooMany.put("工作簿" + i + ".xlsx", new byte[] {1});
        }
        assertProblem(multipartFiles(bureau, "/api/selfevals", wayTooMany), 413, "一次最多上传 200 个文件");
    }

    @Test
    void anExhaustedConnectionPoolIs503WithRetryAfterAndRequestsWithoutTheDatabaseGoOn() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        Api api = as("pingjia");
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                held.add(pool.getConnection());
            }
            long start = System.nanoTime();
            Response busy = api.get("/api/evaluations");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertProblem(busy, 503, "请稍后重试");
            assertThat(busy.header("Retry-After")).contains("5");
            assertThat(millis).as("answered within a few seconds").isLessThan(10_000);
            // what needs no database is served as usual meanwhile (the interface: 404 in a build without it)
            assertThat(new Api(port).get("/api/auth/csrf").status()).isEqualTo(200);
            assertThat(new Api(port).get("/").status()).isIn(200, 404);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertThat(api.get("/api/evaluations").status()).isEqualTo(200);
    }

    // ================================================================== attacks that held: kept so

    @Test
    void sqlInTextParametersIsOnlyText() {
        Api api = as("pingjia");
        for (String injection : List.of("' OR '1'='1", "%'; DROP TABLE evaluation; --", "\\' UNION SELECT password_hash FROM app_user --")) {
            Response list = api.get("/api/evaluations?unit=" + ApiContract.urlEncode(injection));
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            assertThat(list.json()).isEmpty();
        }
        assertThat(api.get("/api/evaluations").json()).isNotEmpty();
    }

    @Test
    void aPathInAnUploadedFileNameIsDropped() {
        Api api = as("pingjia");
        Response review = api.upload("/api/reviews", "../../../../etc/报告.docx",
                bytes(Path.of("..", "corpus", "real-reports", "r01-sichuan-ziyang-2024-adbloan.docx")));
        assertThat(review.status()).as(review.toString()).isEqualTo(201);
        assertThat(review.json().get("fileName").asText()).isEqualTo("报告.docx");
        Response original = api.get("/api/reviews/" + review.json().get("id").asLong() + "/original");
        assertThat(original.header("Content-Disposition").orElseThrow()).doesNotContain("..").doesNotContain("/");
        assertThat(original.header("Content-Security-Policy")).contains("sandbox");
    }

    @Test
    void aFormulaInANameIsExportedAsTextNeverAsAFormula() throws IOException {
        Api admin = as("admin");
        String formula = "=HYPERLINK(\"http://example.invalid\",\"点此\")";
        String yaml = read(ACCOUNTS).replaceFirst("\n  year: 2024\n", "\n  year: 2016\n").replace("name: 科学技术支出", "name: '" + formula + "'");
        Response created = admin.post("/api/accounts?departmentId=" + zibo(admin), "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Response workbook = admin.get("/api/accounts/" + created.json().get("id").asLong() + "/workbook");
        assertThat(workbook.status()).isEqualTo(200);
        boolean found = false;
        try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(workbook.body()))) {
            for (var sheet : read.getSheets().toList()) {
                for (var row : sheet.read()) {
                    for (var cell : row) {
                        if (cell != null && formula.equals(cell.getRawValue())) {
                            found = true;
                            assertThat(cell.getType()).isNotEqualTo(CellType.FORMULA);
                        }
                        assertThat(cell == null || cell.getType() != CellType.FORMULA || !String.valueOf(cell.getFormula()).contains("HYPERLINK"))
                                .isTrue();
                    }
                }
            }
        }
        assertThat(found).as("the name is in the workbook, as text").isTrue();
    }
}
