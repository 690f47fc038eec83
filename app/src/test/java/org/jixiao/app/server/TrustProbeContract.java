package org.jixiao.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.app.server.SecurityContract.assertField;
import static org.jixiao.app.server.SecurityContract.assertProblem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jixiao.app.server.Api.Response;
import org.jixiao.app.server.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The second trust probe (issue 14): attacks the first probe did not make, as an outsider, a unit user and a dishonest
 * insider would, each with the answer expected (docs/security.md, "Second probe"). Run on H2 ({@link TrustProbeH2Test})
 * and on PostgreSQL ({@link TrustProbePostgresTest}).
 */
@SpringBootTest(classes = JixiaoServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class TrustProbeContract {
    static final Path EXAMPLE = Path.of("..", "examples", "weihai-econ-2022.yaml");
    static final Path ACCOUNTS = Path.of("..", "examples", "zibo-industry-2024-accounts.yaml");
    static final Path SELFEVAL = Path.of("..", "examples", "zibo-2024-selfeval", "zibo-2024-selfeval.xlsx");
    static final Path DOCX = Path.of("..", "corpus", "real-reports", "r01-sichuan-ziyang-2024-adbloan.docx");
    /** 安全生产综合管理经费, a project of the Zibo workbook, as its shared strings write it. */
    static final String TEMPORARY = "Probe@2026-temp";
    static final String ZIBO_PROJECT = "&#x5b89;&#x5168;&#x751f;&#x4ea7;&#x7efc;&#x5408;&#x7ba1;&#x7406;&#x7ecf;&#x8d39;";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

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

    boolean onPostgres() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long upload(Api api, String yaml) {
        Response created = api.post("/api/evaluations", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    long department(Api admin, String namePrefix) {
        return StreamSupport.stream(admin.get("/api/organisations").json().spliterator(), false)
                .filter(o -> o.get("name").asText().startsWith(namePrefix) && o.get("kind").asText().equals("DEPARTMENT")).findFirst()
                .orElseThrow().get("id").asLong();
    }

    long financeBureau(Api admin, String namePrefix) {
        return StreamSupport.stream(admin.get("/api/organisations").json().spliterator(), false)
                .filter(o -> o.get("name").asText().startsWith(namePrefix) && o.get("kind").asText().equals("FINANCE_BUREAU")).findFirst()
                .orElseThrow().get("id").asLong();
    }

    /** A copy of a zip file (xlsx, docx) with one entry's text changed and, optionally, one entry added. */
    static byte[] rewriteZip(byte[] zip, String entry, java.util.function.UnaryOperator<String> change, String extraName, byte[] extra)
            throws IOException {
        Path file = Files.createTempFile("jixiao-probe", ".zip");
        try {
            Files.write(file, zip);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean changed = entry == null;
            try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile()); ZipOutputStream copy = new ZipOutputStream(out)) {
                for (ZipEntry e : java.util.Collections.list(in.entries())) {
                    byte[] content;
                    try (InputStream stream = in.getInputStream(e)) {
                        content = stream.readAllBytes();
                    }
                    if (e.getName().equals(entry)) {
                        String text = new String(content, StandardCharsets.UTF_8);
                        String after = change.apply(text);
                        assertThat(after).as("the change applies to " + entry).isNotEqualTo(text);
                        content = after.getBytes(StandardCharsets.UTF_8);
                        changed = true;
                    }
                    copy.putNextEntry(new ZipEntry(e.getName()));
                    copy.write(content);
                    copy.closeEntry();
                }
                if (extraName != null) {
                    copy.putNextEntry(new ZipEntry(extraName));
                    copy.write(extra);
                    copy.closeEntry();
                }
            }
            assertThat(changed).isTrue();
            return out.toByteArray();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The workbook as an Excel 97–2003 .xls (values and merged cells), with a text changed in every cell holding it. */
    static byte[] asXls(byte[] xlsx, String find, String replacement) throws IOException {
        try (var in = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx));
                var out = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Sheet sheet : in) {
                org.apache.poi.ss.usermodel.Sheet copy = out.createSheet(sheet.getSheetName());
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    org.apache.poi.ss.usermodel.Row to = copy.createRow(row.getRowNum());
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        org.apache.poi.ss.usermodel.Cell c = to.createCell(cell.getColumnIndex());
                        org.apache.poi.ss.usermodel.CellType type = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                                ? cell.getCachedFormulaResultType() : cell.getCellType();
                        switch (type) {
                            case STRING -> {
                                String text = cell.getStringCellValue();
                                found |= text.contains(find);
                                c.setCellValue(text.replace(find, replacement));
                            }
                            case NUMERIC -> c.setCellValue(cell.getNumericCellValue());
                            case BOOLEAN -> c.setCellValue(cell.getBooleanCellValue());
                            default -> { }
                        }
                    }
                }
                for (org.apache.poi.ss.util.CellRangeAddress merged : sheet.getMergedRegions()) {
                    copy.addMergedRegion(merged);
                }
            }
            assertThat(found).as(find + " is in the workbook").isTrue();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.write(bytes);
            return bytes.toByteArray();
        }
    }

    static Response multipartFiles(Api api, String path, Map<String, byte[]> files, Map<String, String> fields) {
        String boundary = "----jixiao" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n" + field.getValue()
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** Sends bytes as they are (what a client library would refuse to send) and returns the whole answer. */
    String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** An answer holds nothing of the server's insides: no exception, class, SQL or stack frame. */
    static void assertNoInsides(Response response) {
        assertNoInsides(response.text());
    }

    static void assertNoInsides(String text) {
        assertThat(text).doesNotContainPattern("(?i)exception|\\bat (org|com|java|jdk)\\.|\\b(org|com|java)\\.[a-z]+\\.|\\bSQL|jdbc|hibernate|\\bh2\\b|psql|syntax error|Caused by");
    }

    // ================================================================== request records bounded

    @Test
    void everyTextFieldOfTheUserSignInAndPasswordRecordsIsBoundedNamingTheField() {
        Api admin = as("admin");
        int users = admin.get("/api/users").json().size();
        String tooLong = "a".repeat(65);
        assertField(admin.postJson("/api/users", Map.of("username", tooLong, "password", "Abcdefgh1!", "role", "ADMIN")), 422, "username",
                "用户名（username）不能超过 64 个字");
        assertField(admin.postJson("/api/users", Map.of("username", "probe-long", "password", "Abcdefgh1!", "role", "ADMIN",
                "displayName", "名".repeat(101))), 422, "displayName", "显示名（displayName）不能超过 100 个字（实际 101 个字）");
        assertField(admin.postJson("/api/users", Map.of("username", "probe-long", "password", "Abcdefgh1!", "role", "角".repeat(31))), 422,
                "role", "角色（role）不能超过 30 个字");
        // 30 Chinese characters are 90 bytes, past BCrypt's 72: was a 500
        assertField(admin.postJson("/api/users", Map.of("username", "probe-long", "password", "密码".repeat(15), "role", "ADMIN")), 422,
                "password", "密码不能超过 72 个字节（实际 90 个");
        assertThat(admin.get("/api/users").json().size()).as("nothing created").isEqualTo(users);
        long jingfa = StreamSupport.stream(admin.get("/api/users").json().spliterator(), false)
                .filter(u -> u.get("username").asText().equals("jingfa")).findFirst().orElseThrow().get("id").asLong();
        assertField(admin.patchJson("/api/users/" + jingfa, Map.of("password", "密码".repeat(15)), null), 422, "password", "72 个字节");
        assertField(admin.patchJson("/api/users/" + jingfa, Map.of("displayName", "名".repeat(101)), null), 422, "displayName",
                "不能超过 100 个字");
        assertField(admin.patchJson("/api/users/" + jingfa, Map.of("role", "x".repeat(31)), null), 422, "role", "不能超过 30 个字");

        Api stranger = new Api(port);
        stranger.get("/api/auth/csrf");
        assertField(stranger.postJson("/api/auth/login", Map.of("username", tooLong, "password", "x")), 422, "username", "不能超过 64 个字");
        assertField(stranger.postJson("/api/auth/login", Map.of("username", "admin", "password", "p".repeat(73))), 422, "password",
                "不能超过 72 个字");
        Response form = stranger.post("/api/auth/login", "application/x-www-form-urlencoded",
                ("username=" + tooLong + "&password=x").getBytes(StandardCharsets.UTF_8));
        assertField(form, 422, "username", "不能超过 64 个字");

        Api user = as("shiye");
        assertField(user.postJson("/api/auth/password", Map.of("currentPassword", DemoData.PASSWORD, "newPassword", "密码".repeat(15))), 422,
                "newPassword", "72 个字节");
        assertField(user.postJson("/api/auth/password", Map.of("currentPassword", "p".repeat(73), "newPassword", "Abcdefgh1!")), 422,
                "currentPassword", "不能超过 72 个字");
        // the administrator still signs in with the old password: nothing changed
        assertThat(as("shiye").get("/api/auth/me").status()).isEqualTo(200);

        long organisation = department(admin, "威海临港经济技术开发区经济发展局");
        List<String> aliases = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            aliases.add("别名" + i);
        }
        assertField(admin.patchJson("/api/organisations/" + organisation, Map.of("aliases", aliases), null), 422, "aliases",
                "不能超过 100 项（实际 101 项）");
    }

    @Test
    void theApiDescriptionStatesALimitForEveryTextFieldOfEveryRequestBody() {
        JsonNode docs = new Api(port).get("/v3/api-docs").json();
        JsonNode schemas = docs.at("/components/schemas");
        List<String> unbounded = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext();) {
                Map.Entry<String, JsonNode> operation = operations.next();
                JsonNode schema = operation.getValue().at("/requestBody/content/application~1json/schema");
                if (schema.isMissingNode()) {
                    continue;
                }
                String ref = schema.path("$ref").asText("");
                if (ref.isEmpty()) {
                    continue;
                }
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                checked.add(name);
                collectUnbounded(schemas, name, name, unbounded, new java.util.HashSet<>());
            }
        }
        assertThat(checked).contains("NewUser", "UserChange", "Credentials", "PasswordChange", "OrganisationChange", "NewOrganisation",
                "IndicatorPatch", "TargetPatch", "StageChange", "SignOffRequest", "MetaPatch", "ProsePatch", "FromTemplate", "TextRequest");
        assertThat(unbounded).as("text fields of request bodies without maxLength").isEmpty();
        assertThat(schemas.at("/NewUser/properties/username/maxLength").asInt()).isEqualTo(64);
        assertThat(schemas.at("/Credentials/properties/password/maxLength").asInt()).isEqualTo(72);
        assertThat(schemas.at("/OrganisationChange/properties/aliases/maxItems").asInt()).isEqualTo(100);
    }

    private static void collectUnbounded(JsonNode schemas, String name, String at, List<String> unbounded, java.util.Set<String> seen) {
        if (!seen.add(name)) {
            return;
        }
        JsonNode properties = schemas.at("/" + name + "/properties");
        for (Iterator<Map.Entry<String, JsonNode>> fields = properties.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            checkProperty(schemas, at + "." + field.getKey(), field.getValue(), unbounded, seen);
        }
    }

    private static void checkProperty(JsonNode schemas, String at, JsonNode property, List<String> unbounded, java.util.Set<String> seen) {
        if (property.has("$ref")) {
            String ref = property.get("$ref").asText();
            collectUnbounded(schemas, ref.substring(ref.lastIndexOf('/') + 1), at, unbounded, seen);
        } else if ("string".equals(property.path("type").asText()) && !property.has("enum") && !property.has("format")) {
            if (!property.has("maxLength")) {
                unbounded.add(at);
            }
        } else if ("array".equals(property.path("type").asText())) {
            if (!property.has("maxItems")) {
                unbounded.add(at + "[]");
            }
            checkProperty(schemas, at + "[]", property.path("items"), unbounded, seen);
        }
    }

    // ================================================================== the container's refusals in Chinese

    @Test
    void aMalformedAddressOrAnIllegalHeaderIsAnsweredInChineseNeverByTomcatsEnglishPage() throws IOException {
        String api = raw("GET /api/x%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(api).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json").contains("请求有误",
                "请求无法解析").doesNotContain("HTTP Status", "Bad Request", "Tomcat");
        String page = raw("GET /evaluations/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(page).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: text/html").contains("lang=\"zh-CN\"", "请求有误")
                .doesNotContain("HTTP Status", "Bad Request");
        String header = raw("GET /api/auth/csrf HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Bad: a\u0001b\r\nConnection: close\r\n\r\n");
        assertThat(header).startsWith("HTTP/1.1 400").contains("请求有误").doesNotContain("HTTP Status", "Bad Request");
        String requestLine = raw("GET /api/auth/csrf\u0007 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(requestLine).startsWith("HTTP/1.1 400").contains("请求有误").doesNotContain("HTTP Status", "Bad Request");
        String traversal = raw("GET /api/..%2f..%2fetc%2fpasswd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(traversal).startsWith("HTTP/1.1 400").contains("请求有误").doesNotContain("HTTP Status", "root:");
        // and what Spring MVC refuses itself, without a body of its own: Chinese too
        Api admin = as("admin");
        assertProblem(admin.get("/api/no-such-thing"), 404, "没有这个地址");
        Response method = admin.send("PUT", "/api/evaluations", "application/json", "{}");
        assertProblem(method, 405, "不支持 PUT 请求");
        assertProblem(admin.post("/api/users", "text/plain", "{}".getBytes(StandardCharsets.UTF_8)), 415, "不支持内容类型");
        assertThat(method.json().get("title").asText()).isEqualTo("不支持的请求方法");
    }

    // ================================================================== control characters stored before the check

    @Test
    void textWithControlCharactersStoredBeforeTheCheckIsReadWithoutFailing() {
        Api evaluator = as("pingjia");
        long id = upload(evaluator, read(EXAMPLE).replaceFirst("title: [^\n]*", "title: 控制字符遗留评价"));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String dataset = jdbc.queryForObject("SELECT dataset FROM evaluation WHERE id = ?", String.class, id);
        // as a YAML writer escapes them ("\x01", "\0") and, where the database can hold it, the character itself
        boolean postgres = onPostgres();
        String legacy = dataset.replaceFirst("title: 控制字符遗留评价", "title: \"控制字符\\\\x01遗留\\\\0评价\"")
                .replaceFirst("(\n\\s+evidence: )", "$1\u0002") + (postgres ? "" : "# \u0000\n");
        assertThat(legacy).isNotEqualTo(dataset);
        jdbc.update("UPDATE evaluation SET dataset = ?, title = ?, version = version + 1 WHERE id = ?", legacy,
                "控制字符\u0001遗留评价" + (postgres ? "" : "\u0000"), id);
        String path = "/api/evaluations/" + id;
        for (String read : List.of(path, path + "/score", path + "/review", path + "/history", path + "/prose", path + "/dataset",
                path + "/report?format=html", path + "/report?format=docx", "/api/evaluations")) {
            Response answer = evaluator.get(read);
            assertThat(answer.status()).as(read + " " + answer).isEqualTo(200);
        }
        assertThat(evaluator.get(path).json().get("title").asText()).contains("控制字符");
        assertThat(evaluator.get(path + "/report?format=html").text()).contains("控制字符\uFFFD遗留\uFFFD评价");
        // an edit of such an evaluation saves the readable text
        JsonNode detail = evaluator.get(path).json();
        String leaf = firstLeaf(detail.get("indicators"));
        Response edited = evaluator.patchJson(path + "/indicators", Map.of("path", leaf, "evidence", "已核对", "reason", "补充依据"),
                "\"" + detail.get("version").asLong() + "\"");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        String saved = jdbc.queryForObject("SELECT dataset FROM evaluation WHERE id = ?", String.class, id);
        assertThat(saved).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
        assertThat(saved).doesNotContain("\\x01", "\\0");

        Api admin = as("admin");
        String accounts = read(ACCOUNTS).replaceFirst("\n  year: 2024\n", "\n  year: 2014\n");
        Response created = admin.post("/api/accounts?departmentId=" + department(admin, "淄博高新"), "application/yaml",
                accounts.getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long accountsId = created.json().get("id").asLong();
        String stored = jdbc.queryForObject("SELECT dataset FROM final_accounts WHERE id = ?", String.class, accountsId);
        jdbc.update("UPDATE final_accounts SET dataset = ?, version = version + 1 WHERE id = ?",
                stored.replace("name: 科学技术支出", "name: \"科学技术支出\\x07\"") + (postgres ? "" : "# \u0000\n"), accountsId);
        String accountsPath = "/api/accounts/" + accountsId;
        for (String read : List.of(accountsPath, accountsPath + "/review", accountsPath + "/explanation", accountsPath + "/explanation?format=html&force=true",
                accountsPath + "/explanation?format=docx&force=true", accountsPath + "/workbook", accountsPath + "/history", "/api/accounts")) {
            Response answer = admin.get(read);
            assertThat(answer.status()).as(read + " " + answer).isEqualTo(200);
        }
        assertThat(admin.get(accountsPath + "/explanation").text()).contains("科学技术支出\uFFFD");

        // an organisation and a user renamed in the database
        long organisation = department(admin, "威海临港经济技术开发区社会事业局");
        jdbc.update("UPDATE organisation SET name = ? WHERE id = ?", "威海临港经济技术开发区社会事业局\u0003", organisation);
        jdbc.update("UPDATE app_user SET display_name = ? WHERE username = 'shiye'", "社会事业局填报员\u0001");
        try {
            for (String read : List.of("/api/organisations", "/api/users", "/api/evaluations", "/api/audit/administration")) {
                assertThat(admin.get(read).status()).as(read).isEqualTo(200);
            }
            assertThat(as("shiye").get("/api/auth/me").status()).isEqualTo(200);
        } finally {
            jdbc.update("UPDATE organisation SET name = ? WHERE id = ?", "威海临港经济技术开发区社会事业局", organisation);
            jdbc.update("UPDATE app_user SET display_name = ? WHERE username = 'shiye'", "社会事业局填报员");
        }
    }

    private static String firstLeaf(JsonNode nodes) {
        for (JsonNode node : nodes) {
            if (!node.has("children") || node.get("children").isEmpty()) {
                return node.get("path").asText();
            }
            String leaf = firstLeaf(node.get("children"));
            if (leaf != null) {
                return leaf;
            }
        }
        return null;
    }

    @Test
    void controlCharactersAreRefusedInEveryImportNamingWhereTheyAre() throws IOException {
        Api admin = as("admin");
        Api evaluator = as("pingjia");
        // a dataset: written as the character and as a YAML escape, in YAML and JSON
        Response escaped = evaluator.post("/api/evaluations", "application/yaml",
                read(EXAMPLE).replaceFirst("title: [^\n]*", "title: \"标题\\\\x01\"").getBytes(StandardCharsets.UTF_8));
        assertProblem(escaped, 422);
        assertThat(escaped.text()).contains("meta.title", "U+0001");
        assertProblem(evaluator.post("/api/evaluations", "application/yaml",
                read(EXAMPLE).replaceFirst("title: [^\n]*", "title: 标题\u0007").getBytes(StandardCharsets.UTF_8)), 422);
        Response nul = admin.post("/api/accounts?departmentId=" + department(admin, "淄博高新"), "application/yaml",
                read(ACCOUNTS).replace("name: 科学技术支出", "name: \"科学技术支出\\0\"").getBytes(StandardCharsets.UTF_8));
        assertProblem(nul, 422);
        assertThat(nul.text()).contains("U+0000");
        // a workbook whose cell holds a control character (a character reference XML does not allow): refused, named, no class name
        byte[] selfEval = rewriteZip(bytes(SELFEVAL), "xl/sharedStrings.xml", s -> s.replaceFirst(ZIBO_PROJECT, "&#x1;" + ZIBO_PROJECT),
                null, null);
        Response refused = multipartFiles(admin, "/api/selfevals", Map.of("控制字符.xlsx", selfEval),
                Map.of("financeBureauId", String.valueOf(financeBureau(admin, "淄博")), "year", "2019"));
        assertProblem(refused, 422);
        assertThat(refused.text()).contains("控制字符.xlsx", "U+0001");
        assertNoInsides(refused);
        byte[] accountsWorkbook = admin.get("/api/accounts/" + StreamSupport.stream(admin.get("/api/accounts").json().spliterator(), false)
                .findFirst().orElseThrow().get("id").asLong() + "/workbook").body();
        byte[] poisoned = rewriteZip(accountsWorkbook, "xl/sharedStrings.xml", s -> s.replaceFirst("(<t[^>]*>)", "$1&#x1;"), null, null);
        Response accounts = admin.upload("/api/accounts?departmentId=" + department(admin, "淄博高新"), "决算控制字符.xlsx", poisoned);
        assertProblem(accounts, 422);
        assertThat(accounts.text()).contains("决算控制字符.xlsx", "U+0001");
        assertNoInsides(accounts);
        // an .xls workbook (binary: a cell can hold any character) whose project name holds U+0001 and NUL: the server
        // takes .xlsx only (whose XML cannot hold a control character), so it never gets that far
        byte[] xls = asXls(bytes(SELFEVAL), "安全生产综合管理经费", "安全生产\u0001综合管理\u0000经费");
        Response binary = multipartFiles(admin, "/api/selfevals", Map.of("控制字符.xls", xls),
                Map.of("financeBureauId", String.valueOf(financeBureau(admin, "淄博")), "year", "2019"));
        assertProblem(binary, 422);
        assertThat(binary.text()).contains("控制字符.xls", "不是 .xlsx 工作簿");
        assertNoInsides(binary);
        byte[] docx = rewriteZip(bytes(DOCX), "word/document.xml", s -> s.replaceFirst("<w:t>", "<w:t>&#x1;"), null, null);
        Response review = evaluator.upload("/api/reviews", "控制字符.docx", docx);
        assertProblem(review, 422);
        assertNoInsides(review);
    }

    // ================================================================== IDOR on every id-bearing route

    @Test
    void anotherUnitsRecordsAreOutOfReachOnEveryRouteThatTakesAnId() throws IOException {
        Api admin = as("admin");
        Api evaluator = as("pingjia");
        long id = upload(evaluator, read(EXAMPLE).replaceFirst("title: [^\n]*", "title: 越权探测评价"));
        long version = evaluator.get("/api/evaluations/" + id).json().get("version").asLong();
        String leaf = firstLeaf(evaluator.get("/api/evaluations/" + id).json().get("indicators"));
        Api other = as("shiye");  // the other department: the evaluation is the 经发局's
        String e = "/api/evaluations/" + id;
        for (String get : List.of(e, e + "/score", e + "/review", e + "/history", e + "/prose", e + "/dataset", e + "/report?format=docx",
                e + "/report?format=html")) {
            assertProblem(other.get(get), 404, "不在当前账号的数据范围内");
        }
        Map<String, Object> edit = Map.of("path", leaf, "evidence", "越权", "reason", "越权");
        assertThat(other.patchJson(e + "/indicators", edit, "\"" + version + "\"").status()).isIn(403, 404);
        assertThat(other.postJson(e + "/indicators/preview", edit).status()).isIn(403, 404);
        assertThat(other.patchJson(e + "/targets", Map.of("id", "T1-01", "actual", 1), "\"" + version + "\"").status()).isIn(403, 404);
        assertThat(other.postJson(e + "/targets/preview", Map.of("id", "T1-01", "actual", 1)).status()).isIn(403, 404);
        assertThat(other.postJson(e + "/stage", Map.of("stage", "评价实施")).status()).isIn(403, 404);
        assertThat(other.postJson(e + "/signoffs", Map.of("level", 1)).status()).isIn(403, 404);
        assertThat(other.patchJson(e + "/prose", Map.of("profile", List.of(Map.of("title", "x", "text", "越权"))), "\"" + version + "\"").status())
                .isIn(403, 404);
        assertThat(other.patchJson(e + "/meta", Map.of("title", "越权"), "\"" + version + "\"").status()).isIn(403, 404);
        JsonNode after = evaluator.get(e).json();
        assertThat(after.get("version").asLong()).as("nothing changed").isEqualTo(version);
        assertThat(after.get("title").asText()).isEqualTo("越权探测评价");

        // self-evaluation batches, their workbooks and exports: a unit of Weihai sees nothing of Zibo's batch
        long batch = StreamSupport.stream(admin.get("/api/selfevals").json().spliterator(), false).mapToLong(b -> b.get("id").asLong()).min()
                .orElseThrow();
        JsonNode batchDetail = admin.get("/api/selfevals/" + batch).json();
        long workbook = batchDetail.at("/workbooks/0/id").asLong();
        assertThat(workbook).isPositive();
        Api weihaiFinance = as("caizheng");
        String s = "/api/selfevals/" + batch;
        for (Api nosy : List.of(other, weihaiFinance)) {
            for (String get : List.of(s, s + "/findings", s + "/findings/download", s + "/sample", s + "/sample/download", s + "/summary",
                    s + "/summary?format=docx", s + "/workbooks/" + workbook)) {
                assertThat(nosy.get(get).status()).as(get).isIn(403, 404);
            }
            assertThat(nosy.delete(s).status()).isIn(403, 404);
        }
        assertThat(admin.get(s).status()).as("the batch is still there").isEqualTo(200);

        // a final-accounts disclosure of Zibo
        long accounts = StreamSupport.stream(admin.get("/api/accounts").json().spliterator(), false).mapToLong(a -> a.get("id").asLong()).min()
                .orElseThrow();
        long accountsVersion = admin.get("/api/accounts/" + accounts).json().get("version").asLong();
        String a = "/api/accounts/" + accounts;
        for (String get : List.of(a, a + "/review", a + "/explanation", a + "/explanation?format=docx&force=true", a + "/workbook", a + "/dataset",
                a + "/history")) {
            assertThat(other.get(get).status()).as(get).isIn(403, 404);
        }
        assertThat(other.postJson(a + "/text-review", Map.of("text", "一、收入支出预算总体情况")).status()).isIn(403, 404);
        assertThat(other.multipart("PUT", a, "决算.yaml", read(ACCOUNTS).getBytes(StandardCharsets.UTF_8), "\"" + accountsVersion + "\"").status())
                .isIn(403, 404);
        assertThat(admin.get(a).json().get("version").asLong()).isEqualTo(accountsVersion);

        // a reviewed document of the agency
        Response uploaded = evaluator.upload("/api/reviews", "复核越权.docx", bytes(DOCX));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String r = "/api/reviews/" + uploaded.json().get("id").asLong();
        for (String get : List.of(r, r + "/original", r + "/opinion", r + "/opinion?format=html", r + "/history")) {
            assertThat(other.get(get).status()).as(get).isIn(403, 404);
        }
        assertThat(other.postJson(r + "/rerun", Map.of()).status()).isIn(403, 404);
        assertThat(other.delete(r).status()).isIn(403, 404);
        assertThat(evaluator.get(r).status()).isEqualTo(200);

        // the audit trail: the administrator's alone
        for (String get : List.of("/api/audit/administration", "/api/audit/refusals", "/api/audit/login-failures", "/api/audit/verify")) {
            assertProblem(evaluator.get(get), 403);
            assertProblem(other.get(get), 403);
        }
    }

    // ================================================================== mass assignment, method override, content types

    @Test
    void fieldsARequestMayNotSetAreIgnoredOrRefusedNeverApplied() {
        Api admin = as("admin");
        Api user = as("jingfa");
        long self = user.get("/api/auth/me").json().get("id").asLong();
        long organisation = user.get("/api/auth/me").json().get("organisationId").asLong();
        // a user promoting themselves through the administration route
        assertProblem(user.patchJson("/api/users/" + self, Map.of("role", "ADMIN"), null), 403);
        // … or by adding fields to their own password change and sign-in
        Response changed = user.postJson("/api/auth/password", Map.of("currentPassword", DemoData.PASSWORD, "newPassword", TEMPORARY,
                "role", "ADMIN", "organisationId", 1, "enabled", true, "id", 1));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(user.postJson("/api/auth/password", Map.of("currentPassword", TEMPORARY, "newPassword", DemoData.PASSWORD)).status())
                .isEqualTo(200);
        JsonNode me = user.get("/api/auth/me").json();
        assertThat(me.get("role").asText()).isEqualTo("DEPARTMENT_USER");
        assertThat(me.get("organisationId").asLong()).isEqualTo(organisation);
        Api signIn = new Api(port);
        signIn.get("/api/auth/csrf");
        Response login = signIn.postJson("/api/auth/login", Map.of("username", "jingfa", "password", DemoData.PASSWORD, "role", "ADMIN"));
        assertThat(login.json().get("role").asText()).isEqualTo("DEPARTMENT_USER");
        assertProblem(signIn.get("/api/users"), 403);

        // an evaluator slipping the stage, the department or the version of the record into an edit
        Api evaluator = as("pingjia");
        long id = upload(evaluator, read(EXAMPLE).replaceFirst("title: [^\n]*", "title: 批量赋值探测"));
        JsonNode detail = evaluator.get("/api/evaluations/" + id).json();
        String leaf = firstLeaf(detail.get("indicators"));
        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("path", leaf);
        edit.put("evidence", "依据");
        edit.put("reason", "补充");
        edit.put("stage", "SUBMITTED");
        edit.put("departmentId", department(admin, "威海临港经济技术开发区社会事业局"));
        edit.put("id", 1);
        edit.put("title", "改掉标题");
        Response patched = evaluator.patchJson("/api/evaluations/" + id + "/indicators", edit, "\"" + detail.get("version").asLong() + "\"");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        JsonNode after = evaluator.get("/api/evaluations/" + id).json();
        assertThat(after.get("stage").asText()).isEqualTo("前期准备");
        assertThat(after.at("/department/id").asLong()).isEqualTo(detail.at("/department/id").asLong());
        assertThat(after.get("title").asText()).isEqualTo("批量赋值探测");
        assertThat(after.get("id").asLong()).isEqualTo(id);

        // an organisation registered with an id and a kind of someone else's choosing
        Map<String, Object> organisationRequest = new LinkedHashMap<>();
        organisationRequest.put("name", "批量赋值测试局");
        organisationRequest.put("kind", "DEPARTMENT");
        organisationRequest.put("id", 1);
        Response created = admin.postJson("/api/organisations", organisationRequest);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("id").asLong()).isNotEqualTo(1);
        assertThat(admin.get("/api/organisations").json().toString()).contains("威海临港经济技术开发区财政金融局");
    }

    @Test
    void aMethodOverrideOrAnotherContentTypeChangesNothing() {
        Api admin = as("admin");
        long batch = StreamSupport.stream(admin.get("/api/selfevals").json().spliterator(), false).mapToLong(b -> b.get("id").asLong()).min()
                .orElseThrow();
        Response hidden = admin.post("/api/selfevals/" + batch + "?_method=DELETE", "application/x-www-form-urlencoded",
                "_method=DELETE".getBytes(StandardCharsets.UTF_8));
        assertProblem(hidden, 405, "不支持 POST 请求");
        Response header = admin.send("POST", "/api/selfevals/" + batch, "application/json", "{}", Map.of("X-HTTP-Method-Override", "DELETE",
                "X-Method-Override", "DELETE"));
        assertProblem(header, 405);
        assertThat(admin.get("/api/selfevals/" + batch).status()).as("the batch is still there").isEqualTo(200);
        // JSON routes take JSON only: a cross-site form (text/plain, form, multipart) cannot reach them
        int users = admin.get("/api/users").json().size();
        String newUser = "{\"username\":\"formuser\",\"password\":\"Abcdefgh1!\",\"role\":\"ADMIN\"}";
        assertProblem(admin.post("/api/users", "text/plain", newUser.getBytes(StandardCharsets.UTF_8)), 415, "不支持内容类型");
        assertProblem(admin.post("/api/users", "application/x-www-form-urlencoded",
                "username=formuser&password=Abcdefgh1!&role=ADMIN".getBytes(StandardCharsets.UTF_8)), 415);
        assertProblem(admin.upload("/api/users", "user.json", newUser.getBytes(StandardCharsets.UTF_8)), 415);
        assertProblem(admin.post("/api/auth/password", "text/plain", "{}".getBytes(StandardCharsets.UTF_8)), 415);
        assertThat(admin.get("/api/users").json().size()).isEqualTo(users);
        // a dataset labelled as another type: refused with the reader's message, never a 500
        Response mislabelled = as("pingjia").post("/api/evaluations", "application/json", read(EXAMPLE).getBytes(StandardCharsets.UTF_8));
        assertThat(mislabelled.status()).as(mislabelled.toString()).isIn(400, 415, 422);
        assertNoInsides(mislabelled);
    }

    // ================================================================== exports, uploads, bodies

    @Test
    void aFormulaInAProjectNameIsTextInEverySelfEvaluationExport() throws IOException {
        Api admin = as("admin");
        String formula = "=HYPERLINK(\"http://example.invalid\",\"点此\")";
        byte[] workbook = rewriteZip(bytes(SELFEVAL), "xl/sharedStrings.xml",
                s -> s.replaceFirst(ZIBO_PROJECT, "=HYPERLINK(&quot;http://example.invalid&quot;,&quot;点此&quot;)"), null, null);
        Response created = multipartFiles(admin, "/api/selfevals", Map.of("公式.xlsx", workbook),
                Map.of("financeBureauId", String.valueOf(financeBureau(admin, "淄博")), "year", "2018", "name", "公式注入探测"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String s = "/api/selfevals/" + created.json().get("id").asLong();
        for (String export : List.of(s + "/findings/download", s + "/sample/download", s + "/summary")) {
            Response file = admin.get(export);
            assertThat(file.status()).as(export).isEqualTo(200);
            boolean found = false;
            try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(file.body()))) {
                for (var sheet : read.getSheets().toList()) {
                    for (var row : sheet.read()) {
                        for (var cell : row) {
                            if (cell == null) {
                                continue;
                            }
                            if (String.valueOf(cell.getRawValue()).contains("HYPERLINK")) {
                                found = true;
                                assertThat(cell.getType()).as(export).isNotEqualTo(CellType.FORMULA);
                            }
                            assertThat(cell.getType() != CellType.FORMULA || !String.valueOf(cell.getFormula()).contains("HYPERLINK"))
                                    .as(export).isTrue();
                        }
                    }
                }
            }
            if (!export.endsWith("/findings/download")) {
                assertThat(found).as(export + " names the project, as text").isTrue();
            }
        }
        assertThat(formula).startsWith("=");
    }

    @Test
    void aZipEntryNamedOutsideItsFolderWritesNothingAnywhere() throws IOException {
        Api admin = as("admin");
        Api evaluator = as("pingjia");
        String marker = "jixiao-zipslip-" + UUID.randomUUID();
        String slip = "../../../../../../../../tmp/" + marker;
        byte[] selfEval = rewriteZip(bytes(SELFEVAL), null, null, slip, "owned".getBytes(StandardCharsets.UTF_8));
        Response batch = multipartFiles(admin, "/api/selfevals", Map.of("zipslip.xlsx", selfEval),
                Map.of("financeBureauId", String.valueOf(financeBureau(admin, "淄博")), "year", "2017", "name", "zip slip"));
        assertThat(batch.status()).as(batch.toString()).isIn(201, 422);
        byte[] docx = rewriteZip(bytes(DOCX), null, null, slip, "owned".getBytes(StandardCharsets.UTF_8));
        Response review = evaluator.upload("/api/reviews", "zipslip.docx", docx);
        assertThat(review.status()).as(review.toString()).isIn(201, 422);
        long accounts = StreamSupport.stream(admin.get("/api/accounts").json().spliterator(), false).mapToLong(a -> a.get("id").asLong()).min()
                .orElseThrow();
        byte[] workbook = rewriteZip(admin.get("/api/accounts/" + accounts + "/workbook").body(), null, null, slip,
                "owned".getBytes(StandardCharsets.UTF_8));
        Response accountsUpload = admin.upload("/api/accounts?departmentId=" + department(admin, "淄博高新"), "zipslip.xlsx", workbook);
        assertThat(accountsUpload.status()).as(accountsUpload.toString()).isIn(201, 409, 422);
        Response text = admin.upload("/api/accounts/" + accounts + "/text-review", "zipslip.docx", docx);
        assertThat(text.status()).as(text.toString()).isIn(200, 422);
        assertThat(Path.of("/tmp", marker)).doesNotExist();
        assertThat(Path.of(System.getProperty("java.io.tmpdir"), marker)).doesNotExist();
    }

    @Test
    void deepOrOversizedJsonIsRefusedOnEveryJsonRoute() {
        Api admin = as("admin");
        long id = upload(as("pingjia"), read(EXAMPLE).replaceFirst("title: [^\n]*", "title: 深层JSON探测"));
        long accounts = StreamSupport.stream(admin.get("/api/accounts").json().spliterator(), false).mapToLong(a -> a.get("id").asLong()).min()
                .orElseThrow();
        JsonNode docs = new Api(port).get("/v3/api-docs").json();
        String deep = "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        String large = "{\"text\":\"" + "长".repeat(7_000_000) + "\"}";
        int routes = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext();) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (operation.getValue().at("/requestBody/content/application~1json").isMissingNode()) {
                    continue;
                }
                String route = path.getKey().replace("/api/evaluations/{id}", "/api/evaluations/" + id)
                        .replace("/api/accounts/{id}", "/api/accounts/" + accounts).replaceAll("\\{[A-Za-z]+\\}", "1");
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                Response deepAnswer = admin.send(method, route, "application/json", deep);
                assertThat(deepAnswer.status()).as(method + " " + route + " " + deepAnswer).isIn(400, 422);
                assertThat(deepAnswer.contentType()).startsWith("application/problem+json");
                assertNoInsides(deepAnswer);
                Response largeAnswer = admin.send(method, route, "application/json", large);
                assertThat(largeAnswer.status()).as(method + " " + route).isEqualTo(413);
                routes++;
            }
        }
        assertThat(routes).as("JSON routes tried").isGreaterThanOrEqualTo(14);
        assertThat(admin.get("/api/evaluations").status()).isEqualTo(200);
    }

    // ================================================================== accounts and sessions

    @Test
    void aUsernameThatLooksLikeAnotherIsRefused() {
        Api admin = as("admin");
        int users = admin.get("/api/users").json().size();
        // Cyrillic а, fullwidth letters, a letter differing only in case, a trailing space
        assertField(admin.postJson("/api/users", Map.of("username", "\u0430dmin", "password", "Abcdefgh1!", "role", "ADMIN")), 400, "username",
                "用户名应为 2–64 个字母、数字或 _ . @ -");
        assertField(admin.postJson("/api/users", Map.of("username", "ａｄｍｉｎ", "password", "Abcdefgh1!", "role", "ADMIN")), 400, "username",
                "用户名应为");
        assertField(admin.postJson("/api/users", Map.of("username", "Admin", "password", "Abcdefgh1!", "role", "ADMIN")), 409, "username",
                "只差大小写");
        assertField(admin.postJson("/api/users", Map.of("username", "admin ", "password", "Abcdefgh1!", "role", "ADMIN")), 409, "username",
                "已被使用");
        assertThat(admin.get("/api/users").json().size()).isEqualTo(users);
        // signing in with a look-alike of the administrator's name is one more failure, never the administrator
        Api look = new Api(port);
        look.get("/api/auth/csrf");
        assertThat(look.postJson("/api/auth/login", Map.of("username", "\u0430dmin", "password", DemoData.PASSWORD)).status()).isEqualTo(401);
        assertThat(look.postJson("/api/auth/login", Map.of("username", "ａｄｍｉｎ", "password", DemoData.PASSWORD)).status()).isEqualTo(401);
    }

    @Test
    void theSessionIdFromBeforeAPasswordChangeOpensNothing() {
        Api user = as("lifang");
        String before = user.cookie("JSESSIONID");
        assertThat(before).isNotNull();
        Response changed = user.postJson("/api/auth/password", Map.of("currentPassword", DemoData.PASSWORD, "newPassword", TEMPORARY));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(user.cookie("JSESSIONID")).isNotEqualTo(before);
        Api stolen = new Api(port).withCookie("JSESSIONID", before);
        assertProblem(stolen.get("/api/auth/me"), 401);
        assertThat(user.get("/api/auth/me").status()).isEqualTo(200);
        assertThat(user.postJson("/api/auth/password", Map.of("currentPassword", TEMPORARY, "newPassword", DemoData.PASSWORD)).status())
                .isEqualTo(200);
    }

    // ================================================================== concurrent transitions

    @Test
    void concurrentStageChangesAndSignOffsTakeEffectOnce() throws Exception {
        Api admin = as("admin");
        long id = upload(as("pingjia"), read(EXAMPLE).replaceFirst("title: [^\n]*", "title: 并发探测").replaceFirst(
                "\n  reviewers:\n    level1: [^\n]*\n    level2: [^\n]*\n    level3: [^\n]*\n", "\n"));
        String path = "/api/evaluations/" + id;
        List<Api> clients = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clients.add(as(i % 2 == 0 ? "admin" : "caizheng"));
        }
        List<Integer> statuses = race(clients, api -> api.postJson(path + "/stage", Map.of("stage", "评价实施")).status());
        assertThat(statuses.stream().filter(s -> s == 200).count()).as(statuses.toString()).isEqualTo(1);
        assertThat(statuses).allMatch(s -> s == 200 || s == 409 || s == 403);
        long stageChanges = StreamSupport.stream(admin.get(path + "/history").json().spliterator(), false)
                .filter(h -> "评价实施".equals(h.path("newValue").asText())).count();
        assertThat(stageChanges).as("one stage change in the history").isEqualTo(1);
        for (String stage : List.of("报告撰写", "征求意见", "三级审核")) {
            assertThat(admin.postJson(path + "/stage", Map.of("stage", stage)).status()).isEqualTo(200);
        }
        List<Api> reviewers = List.of(as("lifang"), as("zhikong"), as("lifang"), as("zhikong"));
        List<Integer> signed = race(reviewers, api -> api.postJson(path + "/signoffs", Map.of("level", 1, "opinion", "同意")).status());
        assertThat(signed.stream().filter(s -> s == 200).count()).as(signed.toString()).isEqualTo(1);
        assertThat(signed).allMatch(s -> s == 200 || s == 409 || s == 403);
        JsonNode signOffs = admin.get(path).json().get("signOffs");
        assertThat(signOffs.size()).isEqualTo(1);
    }

    private static List<Integer> race(List<Api> clients, java.util.function.Function<Api, Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (Api client : clients) {
                Callable<Integer> call = () -> {
                    start.await();
                    return request.apply(client);
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    // ================================================================== redirects, caching, what errors reveal

    @Test
    void noAddressRedirectsToAnotherSite() throws IOException {
        for (String target : List.of("//evil.example/", "/%2F%2Fevil.example", "/\\evil.example", "/login?redirect=https://evil.example",
                "/evaluations?next=//evil.example", "/api/auth/login?redirect=https://evil.example", "/logout?redirect=https://evil.example",
                "/.%2e/.%2e/evil.example", "/index.html/..;/evil.example")) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            String head = answer.split("\r\n\r\n", 2)[0];
            assertThat(head).as(target).doesNotContainPattern("(?im)^Location:\\s*(https?:)?//(?!127\\.0\\.0\\.1[:/])");
            assertThat(head).as(target).doesNotContainPattern("(?im)^Location:.*evil");
            assertThat(answer).as(target).doesNotContain("HTTP Status");
        }
    }

    @Test
    void noSignedInAnswerIsKeptByACacheAndDownloadsAreAttachments() {
        Api admin = as("admin");
        long evaluation = StreamSupport.stream(admin.get("/api/evaluations").json().spliterator(), false).mapToLong(e -> e.get("id").asLong())
                .min().orElseThrow();
        long batch = StreamSupport.stream(admin.get("/api/selfevals").json().spliterator(), false).mapToLong(b -> b.get("id").asLong()).min()
                .orElseThrow();
        long accounts = StreamSupport.stream(admin.get("/api/accounts").json().spliterator(), false).mapToLong(a -> a.get("id").asLong()).min()
                .orElseThrow();
        for (String get : List.of("/api/auth/me", "/api/users", "/api/evaluations", "/api/evaluations/" + evaluation,
                "/api/evaluations/" + evaluation + "/dataset", "/api/evaluations/" + evaluation + "/report?format=docx",
                "/api/evaluations/" + evaluation + "/report?format=html", "/api/selfevals/" + batch + "/findings/download",
                "/api/selfevals/" + batch + "/summary", "/api/accounts/" + accounts + "/workbook", "/api/audit/administration",
                "/api/audit/verify")) {
            Response answer = admin.get(get);
            assertThat(answer.status()).as(get).isEqualTo(200);
            assertThat(answer.header("Cache-Control").orElse("")).as(get).contains("no-store");
            if (!answer.contentType().startsWith("application/json")) {
                assertThat(answer.header("Content-Disposition").orElse("")).as(get).startsWith("attachment");
            }
        }
    }

    @Test
    void noErrorAnswerRevealsAStackTraceAClassOrSql() {
        Api admin = as("admin");
        List<Response> answers = new ArrayList<>();
        answers.add(admin.postJson("/api/organisations", Map.of("name", "威海临港经济技术开发区财政金融局", "kind", "FINANCE_BUREAU")));
        answers.add(admin.postJson("/api/organisations", "{\"name\": \"x\", \"kind\": }"));
        answers.add(admin.postJson("/api/organisations", Map.of("name", "x", "kind", "DEPARTMENT", "parentId", 999_999_999)));
        answers.add(admin.get("/api/evaluations/99999999999999999999"));
        answers.add(admin.get("/api/evaluations?year=abc"));
        answers.add(admin.get("/api/evaluations/1'%20OR%20'1'='1"));
        answers.add(admin.get("/api/selfevals/1/sample?minCount=1e400"));
        answers.add(admin.get("/api/selfevals/1/sample?minCount=NaN"));
        answers.add(admin.postJson("/api/evaluations/1/signoffs", "{\"level\": 99999999999}"));
        answers.add(admin.postJson("/api/evaluations/1/stage", "{\"stage\": [1, 2]}"));
        answers.add(admin.post("/api/evaluations", "application/yaml", "format: jixiao.evaluation/1\nmeta: !!java.io.File /etc/passwd\n"
                .getBytes(StandardCharsets.UTF_8)));
        answers.add(admin.post("/api/evaluations", "application/yaml", "a: &a [*a]\n".getBytes(StandardCharsets.UTF_8)));
        answers.add(admin.upload("/api/selfevals", "x.xlsx", "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1)));
        answers.add(admin.upload("/api/reviews", "x.pdf", "%PDF-1.7\n1 0 obj <<>>\nbroken".getBytes(StandardCharsets.ISO_8859_1)));
        answers.add(admin.upload("/api/reviews", "x.docx", "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1)));
        for (Response answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
            assertNoInsides(answer);
        }
    }
}
