package org.jixiao.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.formats.SharedReference;
import org.jixiao.app.server.Api.Response;
import org.jixiao.app.server.accounts.AccountsDemoData;
import org.jixiao.app.server.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The final-accounts API (部门决算公开) as a client uses it, over HTTP with session and CSRF cookies, against the demo
 * data (the Zibo 2024 disclosure of 淄博高新技术产业开发区工业信息化和商务局). Run on H2 ({@link AccountsH2ApiTest}) and on
 * PostgreSQL ({@link AccountsPostgresApiTest}). Tests that upload work on their own year or their own department.
 */
@SpringBootTest(classes = JixiaoServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AccountsApiContract {
    static final Path EXAMPLE = Path.of("..", "examples", "zibo-industry-2024-accounts.yaml");
    static final String REFERENCE = "zibo-industry-bureau-2024-final-accounts.txt";
    static final String DEPARTMENT = AccountsDemoData.DEPARTMENT;
    static final String TITLE = AccountsDemoData.DATA_DEPARTMENT + "2024年度部门决算";

    /** 第五部分（三） as published: its 年初预算数 2,476.6 contradicts its own twelve 项 lines (Σ 9,688.28). */
    static final String WRONG_TEXT = "第三部分 情况说明\n"
            + "一、收入支出决算总体情况说明\n"
            + "2024年度收、支总计均为6,096.59万元。与2023年相比，收、支总计各减少15,024.49万元，下降71.14%。主要是各项开支收紧。\n"
            + "五、一般公共预算财政拨款支出决算情况说明\n"
            + "（三）一般公共预算财政拨款支出决算具体情况\n"
            + "2024年度一般公共预算财政拨款支出年初预算数为2,476.6万元，支出决算数为6,095.94万元，完成年初预算数的246.14%。"
            + "决算数大于年初预算数，主要原因是专项资金支付统计口径发生变化。其中：\n"
            + "第四部分 名词解释\n";

    @LocalServerPort
    int port;

    Api as(String username) {
        return Api.signedIn(port, username, DemoData.PASSWORD);
    }

    static String example() {
        try {
            return Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The example for another year (a department has one disclosure per year). */
    static String exampleFor(int year) {
        return example().replaceFirst("\n  year: 2024\n", "\n  year: " + year + "\n");
    }

    long demoId(Api api) {
        JsonNode list = api.get("/api/accounts?year=2024&unit=" + ApiContract.urlEncode("淄博")).json();
        assertThat(list).as(list.toString()).isNotEmpty();
        return list.get(0).get("id").asLong();
    }

    /** The registered Zibo department of the demo disclosure. */
    long departmentId(Api api) {
        return api.get("/api/accounts/" + demoId(api)).json().at("/department/id").asLong();
    }

    static List<JsonNode> items(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    static List<String> paragraphs(JsonNode explanation) {
        return items(explanation.get("sections")).stream().flatMap(s -> items(s.get("blocks")).stream())
                .filter(b -> b.get("type").asText().equals("paragraph")).map(b -> b.get("text").asText()).toList();
    }

    // ------------------------------------------------------------------ scope

    @Test
    void theDemoDisclosureIsSeenByItsDepartmentTheBureauAndTheAdminOnly() {
        for (String user : List.of(AccountsDemoData.DEPARTMENT_USER, AccountsDemoData.FINANCE_USER, "admin")) {
            JsonNode list = as(user).get("/api/accounts?year=2024").json();
            JsonNode zibo = items(list).stream().filter(a -> a.at("/department/name").asText().equals(DEPARTMENT)).findFirst()
                    .orElseThrow(() -> new AssertionError(user + " 看不到演示决算：" + list));
            assertThat(zibo.get("title").asText()).isEqualTo(TITLE);
            assertThat(zibo.get("grandTotal").asText()).isEqualTo("6,096.59");
            assertThat(zibo.at("/review/errors").asInt()).isZero();
            assertThat(zibo.at("/review/infos").asInt()).isEqualTo(6);
        }
        long id = demoId(as("admin"));
        // another unit's department user, the Weihai bureau and an agency: not in scope (404, existence not revealed)
        for (String user : List.of("jingfa", "caizheng", "pingjia")) {
            Api api = as(user);
            assertThat(items(api.get("/api/accounts").json())).noneMatch(a -> a.get("id").asLong() == id);
            ApiContract.assertProblem(api.get("/api/accounts/" + id), 404, "不在当前账号的数据范围内");
            ApiContract.assertProblem(api.get("/api/accounts/" + id + "/review"), 404, "不存在");
            ApiContract.assertProblem(api.get("/api/accounts/" + id + "/explanation?format=docx"), 404, "不存在");
        }
        ApiContract.assertProblem(new Api(port).get("/api/accounts"), 401, "请先登录");
    }

    // ------------------------------------------------------------------ tables, facts, review

    @Test
    void detailShowsTheNineTablesAsPrintedAndTheKeyFacts() {
        Api api = as(AccountsDemoData.DEPARTMENT_USER);
        Response response = api.get("/api/accounts/" + demoId(api));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("ETag")).contains("\"1\"");
        JsonNode detail = response.json();
        assertThat(detail.get("canReplace").asBoolean()).isTrue();
        assertThat(items(detail.get("tables"))).extracting(t -> t.get("heading").asText()).containsExactly(
                "表1 收入支出决算总表", "表2 收入决算表", "表3 支出决算表", "表4 财政拨款收入支出决算总表", "表5 一般公共预算财政拨款支出决算表",
                "表6 一般公共预算财政拨款基本支出决算明细表", "表7 政府性基金预算财政拨款收入支出决算表", "表8 国有资本经营预算财政拨款支出决算表",
                "表9 财政拨款“三公”经费支出决算表");
        JsonNode table1 = detail.at("/tables/0/rows");
        assertThat(row(table1, "收入总计").at("/values/0").asText()).isEqualTo("6,096.59");
        assertThat(row(table1, "年初结转和结余").at("/values/0").asText()).isEqualTo("0.65");
        assertThat(row(table1, "本年收入合计").get("kind").asText()).isEqualTo("total");
        JsonNode table5 = detail.at("/tables/4");
        assertThat(table5.get("columns")).extracting(JsonNode::asText).containsExactly("合计", "基本支出", "项目支出");
        // the printed 合计 (6,095.94) is shown as printed, not as the sum of its parts (6,095.93)
        assertThat(row(table5.get("rows"), "合计").get("values")).extracting(JsonNode::asText).containsExactly("6,095.94", "1,176.00", "4,919.93");
        JsonNode item = items(table5.get("rows")).stream().filter(r -> "2060101".equals(r.path("code").asText())).findFirst().orElseThrow();
        assertThat(item.get("name").asText()).isEqualTo("行政运行");
        assertThat(item.get("level").asInt()).isEqualTo(2);
        assertThat(item.at("/values/0").asText()).isEqualTo("779.00");
        assertThat(detail.at("/tables/6/empty").asBoolean()).isTrue();   // 表7 政府性基金: published marked empty

        JsonNode grand = items(detail.get("facts")).stream().filter(f -> f.get("key").asText().equals("grandTotal")).findFirst().orElseThrow();
        assertThat(grand.get("value").asText()).isEqualTo("6,096.59");
        assertThat(grand.get("note").asText()).isEqualTo("与2023年相比减少15,024.49万元，下降71.14%");
        assertThat(detail.get("charts")).isNotEmpty();
        assertThat(detail.at("/charts/0/series/0/labels")).isNotEmpty();
    }

    private static JsonNode row(JsonNode rows, String name) {
        return items(rows).stream().filter(r -> r.get("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("没有行“" + name + "”：" + rows));
    }

    @Test
    void reviewOfTheExampleFindsNoErrorOnlySixRoundingNotes() {
        Api api = as(AccountsDemoData.FINANCE_USER);
        JsonNode review = api.get("/api/accounts/" + demoId(api) + "/review").json();
        assertThat(review.at("/counts/errors").asInt()).isZero();
        assertThat(review.at("/counts/warnings").asInt()).isZero();
        assertThat(review.at("/counts/infos").asInt()).isEqualTo(6);
        assertThat(items(review.get("findings"))).hasSize(6).allSatisfy(f -> {
            assertThat(f.get("severity").asText()).isEqualTo("INFO");
            assertThat(f.get("severityLabel").asText()).isEqualTo("提示");
            assertThat(f.get("expected").asText()).isEqualTo("6,095.93");
            assertThat(f.get("printed").asText()).isEqualTo("6,095.94");
            assertThat(f.get("location").asText()).startsWith("表");
            assertThat(f.get("rule").asText()).isNotBlank();
        });
    }

    // ------------------------------------------------------------------ the generated 情况说明

    @Test
    void generatedTextHasTheFiguresOfThePublishedDisclosure() throws IOException {
        Api api = as(AccountsDemoData.DEPARTMENT_USER);
        long id = demoId(api);
        JsonNode explanation = api.get("/api/accounts/" + id + "/explanation").json();
        assertThat(explanation.get("tableErrors").asInt()).isZero();
        assertThat(explanation.get("sections")).hasSize(13);
        assertThat(explanation.at("/sections/0/heading").asText()).isEqualTo("一、收入支出决算总体情况说明");
        List<String> paragraphs = paragraphs(explanation);
        assertThat(paragraphs).contains(
                "2024年度收、支总计均为6,096.59万元。与2023年相比，收、支总计各减少15,024.49万元，下降71.14%。主要是严控各项支出。",
                "2024年度一般公共预算财政拨款支出年初预算数为9,688.28万元，支出决算数为6,095.94万元，完成年初预算数的62.92%。"
                        + "决算数小于年初预算数，主要原因是部分项目压减，年初预算未全部执行。其中：");
        assertThat(String.join("\n", paragraphs)).contains("占政府采购支出总额的99.81%", "住房保障支出（类）支出84.96万元，占1.4%");

        Response docx = api.get("/api/accounts/" + id + "/explanation?format=docx");
        assertThat(docx.status()).as(docx.toString()).isEqualTo(200);
        assertThat(docx.contentType()).contains("wordprocessingml");
        assertThat(docx.header("Content-Disposition").orElse("")).contains(".docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("6,096.59", "减少15,024.49万元，下降71.14%", "99.81%");
        }
        Response html = api.get("/api/accounts/" + id + "/explanation?format=html");
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.text()).contains("减少15,024.49万元，下降71.14%");
        ApiContract.assertProblem(api.get("/api/accounts/" + id + "/explanation?format=pdf"), 400, "应为 json、docx 或 html");
    }

    // ------------------------------------------------------------------ reviewing a supplied 情况说明

    @Test
    void aSuppliedTextWithThePublishedErrorsIsCheckedFigureByFigure() {
        Api api = as(AccountsDemoData.FINANCE_USER);
        long id = demoId(api);
        Response response = api.postJson("/api/accounts/" + id + "/text-review", Map.of("text", WRONG_TEXT, "name", "情况说明.txt"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode review = response.json();
        assertThat(review.at("/counts/errors").asInt()).isEqualTo(3);
        List<JsonNode> errors = items(review.get("findings")).stream().filter(f -> f.get("severity").asText().equals("ERROR")).toList();
        assertThat(errors).extracting(f -> f.get("code").asText(), f -> f.get("printed").asText(), f -> f.get("expected").asText())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TEXT_AMOUNT", "2,476.6", "9,688.28"),
                        org.assertj.core.groups.Tuple.tuple("TEXT_PERCENT", "246.14%", "62.92%"),
                        org.assertj.core.groups.Tuple.tuple("TEXT_WORD", "大于", "小于"));
        assertThat(errors).allSatisfy(f -> {
            assertThat(f.get("line").asInt()).isEqualTo(6);
            assertThat(f.get("quote").asText()).startsWith("2024年度一般公共预算财政拨款支出年初预算数为2,476.6万元");
            assertThat(f.get("location").asText()).contains("情况说明.txt", "第三部分 五、");
        });
        // the first paragraph agrees with the tables: no finding for it
        assertThat(review.get("findings")).hasSize(3);

        ApiContract.assertProblem(api.postJson("/api/accounts/" + id + "/text-review", Map.of("text", " ")), 400, "请粘贴情况说明文本");
    }

    @Test
    void thePublishedTextUploadedAsAFileShowsTheErrorsOfItsLine222() throws IOException {
        Path reference = SharedReference.require(REFERENCE);
        Api api = as(AccountsDemoData.DEPARTMENT_USER);
        Response response = api.upload("/api/accounts/" + demoId(api) + "/text-review", "zibo-2024-情况说明.txt", Files.readAllBytes(reference));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode review = response.json();
        List<JsonNode> errors = items(review.get("findings")).stream().filter(f -> f.get("severity").asText().equals("ERROR")).toList();
        assertThat(errors).extracting(f -> f.get("printed").asText() + "→" + f.get("expected").asText())
                .containsExactly("2,476.6→9,688.28", "246.14%→62.92%", "大于→小于");
        assertThat(errors).allSatisfy(f -> assertThat(f.get("line").asInt()).isEqualTo(222));
        assertThat(review.get("findings")).hasSize(3);
    }

    @Test
    void aWordFileOfTheGeneratedTextAgreesWithTheTables() {
        Api api = as(AccountsDemoData.DEPARTMENT_USER);
        long id = demoId(api);
        byte[] docx = api.get("/api/accounts/" + id + "/explanation?format=docx").body();
        JsonNode review = api.upload("/api/accounts/" + id + "/text-review", "情况说明.docx", docx).json();
        assertThat(review.get("paragraphsWithFigures").asInt()).isGreaterThan(20);
        assertThat(review.at("/counts/errors").asInt()).as(review.toString()).isZero();
        ApiContract.assertProblem(api.upload("/api/accounts/" + id + "/text-review", "情况说明.doc", new byte[] {1, 2, 3}), 422, "另存为 .docx");
    }

    // ------------------------------------------------------------------ upload, replace, refuse

    @Test
    void theDepartmentIsFoundByTheNameTheDisclosureUses() {
        // the dataset names 工业信息化和商务局 as the disclosure's title does; it is an alias of the registered department
        Api accountant = as(AccountsDemoData.DEPARTMENT_USER);
        Response created = accountant.post("/api/accounts", "application/yaml", exampleFor(2021).getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().at("/department/name").asText()).isEqualTo(AccountsDemoData.DEPARTMENT);
        assertThat(created.json().at("/department/id").asLong()).isEqualTo(departmentId(as("admin")));
    }

    @Test
    void uploadReplaceAndHistory() {
        Api admin = as("admin");
        int before = admin.get("/api/accounts").json().size();
        long department = departmentId(admin);
        Response created = admin.post("/api/accounts?departmentId=" + department + "&fileName=" + ApiContract.urlEncode("zibo-2023.yaml"), "application/yaml",
                exampleFor(2023).getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).contains("/api/accounts/" + id);
        assertThat(created.json().get("year").asInt()).isEqualTo(2023);
        assertThat(admin.get("/api/accounts").json()).hasSize(before + 1);

        // the same department and year again: 409, pointing at the existing one
        Response again = admin.post("/api/accounts?departmentId=" + department, "application/yaml", exampleFor(2023).getBytes(StandardCharsets.UTF_8));
        ApiContract.assertProblem(again, 409, "已经存在");
        assertThat(again.json().get("existingId").asLong()).isEqualTo(id);

        // replaced by the department's own accountant: version 2, recorded
        Api accountant = as(AccountsDemoData.DEPARTMENT_USER);
        Response replaced = accountant.multipart("PUT", "/api/accounts/" + id, "zibo-2023-v2.yaml",
                exampleFor(2023).replace("严控各项支出", "压缩一般性支出").getBytes(StandardCharsets.UTF_8), "\"1\"");
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().get("version").asInt()).isEqualTo(2);
        assertThat(paragraphs(accountant.get("/api/accounts/" + id + "/explanation").json()))
                .anyMatch(p -> p.contains("主要是压缩一般性支出"));
        // a stale version and another year are refused
        ApiContract.assertProblem(accountant.multipart("PUT", "/api/accounts/" + id, "x.yaml", exampleFor(2023).getBytes(StandardCharsets.UTF_8), "\"1\""),
                409, "已被他人替换");
        ApiContract.assertProblem(accountant.multipart("PUT", "/api/accounts/" + id, "x.yaml", exampleFor(2022).getBytes(StandardCharsets.UTF_8), null),
                409, "单位或年度不同");

        JsonNode history = admin.get("/api/accounts/" + id + "/history").json();
        assertThat(items(history)).extracting(h -> h.get("action").asText()).containsExactly("ACCOUNTS_UPLOAD", "ACCOUNTS_REPLACE");
        assertThat(history.at("/0/username").asText()).isEqualTo("admin");
        assertThat(history.at("/1/username").asText()).isEqualTo(AccountsDemoData.DEPARTMENT_USER);
        assertThat(history.at("/1/newValue").asText()).contains("第 2 版", "zibo-2023-v2.yaml");

        // the YAML export is the stored text
        Response yaml = admin.get("/api/accounts/" + id + "/dataset");
        assertThat(yaml.contentType()).startsWith("application/yaml");
        assertThat(yaml.text()).contains("压缩一般性支出", "year: 2023");
    }

    @Test
    void onlyTheDepartmentAndTheAdminUpload() {
        byte[] yaml = exampleFor(2021).getBytes(StandardCharsets.UTF_8);
        long zibo = departmentId(as("admin"));
        ApiContract.assertProblem(as("jingfa").post("/api/accounts?departmentId=" + zibo, "application/yaml", yaml), 403, "只能上传本单位的决算");
        ApiContract.assertProblem(as(AccountsDemoData.FINANCE_USER).post("/api/accounts", "application/yaml", yaml), 403, "不能上传决算");
        ApiContract.assertProblem(as("pingjia").post("/api/accounts", "application/yaml", yaml), 403, "不能上传决算");
        Api bureau = as(AccountsDemoData.FINANCE_USER);
        long id = demoId(bureau);
        assertThat(bureau.get("/api/accounts/" + id).json().get("canReplace").asBoolean()).isFalse();
        ApiContract.assertProblem(bureau.multipart("PUT", "/api/accounts/" + id, "x.yaml", example().getBytes(StandardCharsets.UTF_8), null), 403,
                "不能替换");
    }

    @Test
    void aBrokenDatasetIsRefusedWithItsLineAndNothingIsSaved() {
        Api admin = as("admin");
        int before = admin.get("/api/accounts").json().size();
        String broken = exampleFor(2020).replaceFirst("\\{code: \"2060101\", basic: 779", "{code: \"2060101\", basic: -779");
        assertThat(broken).isNotEqualTo(exampleFor(2020));
        Response response = admin.post("/api/accounts?departmentId=" + departmentId(admin) + "&fileName=" + ApiContract.urlEncode("坏的决算.yaml"), "application/yaml",
                broken.getBytes(StandardCharsets.UTF_8));
        ApiContract.assertProblem(response, 422, "未保存任何内容");
        JsonNode problem = response.json().at("/problems/0");
        assertThat(problem.get("file").asText()).isEqualTo("坏的决算.yaml");
        assertThat(problem.get("line").asInt()).isPositive();
        assertThat(problem.get("location").asText()).startsWith("第 " + problem.get("line").asInt() + " 行");
        assertThat(problem.get("message").asText()).isNotBlank();

        // a department that is not registered: located at meta.department
        Response unknown = admin.post("/api/accounts", "application/yaml",
                exampleFor(2020).replace("department: " + AccountsDemoData.DATA_DEPARTMENT, "department: 某某未登记局").getBytes(StandardCharsets.UTF_8));
        ApiContract.assertProblem(unknown, 422, "未保存任何内容");
        assertThat(unknown.json().at("/problems/0/field").asText()).isEqualTo("meta.department");
        assertThat(unknown.json().at("/problems/0/message").asText()).contains("尚未登记为部门");

        ApiContract.assertProblem(admin.upload("/api/accounts", "决算.yaml", new byte[] {(byte) 0xC4, (byte) 0xE3, 0x0A}), 422, "未保存");
        assertThat(admin.get("/api/accounts").json()).hasSize(before);
    }

    @Test
    void aWorkbookWithTextInANumberCellIsRefusedWithItsSheetAndCellAndNothingIsSaved() throws IOException {
        Api admin = as("admin");
        long id = demoId(admin);
        Response workbook = admin.get("/api/accounts/" + id + "/workbook");
        assertThat(workbook.status()).isEqualTo(200);
        assertThat(workbook.contentType()).contains("spreadsheetml");
        int before = admin.get("/api/accounts").json().size();

        // the workbook written from the demo reads back: uploaded for another year it is a new disclosure
        byte[] otherYear = edit(workbook.body(), "情况说明资料", "决算年度", "2019");
        Response created = admin.upload("/api/accounts?departmentId=" + departmentId(admin), "决算表-2019.xlsx", otherYear);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("year").asInt()).isEqualTo(2019);
        JsonNode review = admin.get("/api/accounts/" + created.json().get("id").asLong() + "/review").json();
        assertThat(review.at("/counts/errors").asInt()).isZero();

        byte[] broken = editFirstNumber(edit(workbook.body(), "情况说明资料", "决算年度", "2018"), "表3", "一百");
        Response refused = admin.upload("/api/accounts?departmentId=" + departmentId(admin), "决算表.xlsx", broken);
        ApiContract.assertProblem(refused, 422, "未导入任何内容");
        JsonNode problem = refused.json().at("/problems/0");
        assertThat(problem.get("file").asText()).isEqualTo("决算表.xlsx");
        assertThat(problem.get("location").asText()).matches("表3![A-Z]+\\d+");
        assertThat(problem.get("message").asText()).contains("一百");
        assertThat(admin.get("/api/accounts").json()).hasSize(before + 1);

        Response template = admin.get("/api/accounts/template");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.header("Content-Disposition").orElse("")).contains(".xlsx");
        assertThat(new String(template.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    /** The workbook with the cell right of the label {@code label} on the sheet whose name starts with {@code sheet} set to {@code value}. */
    static byte[] edit(byte[] xlsx, String sheet, String label, String value) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = sheet(book, sheet);
            for (Row row : s) {
                for (Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().strip().equals(label)) {
                        Cell target = row.getCell(cell.getColumnIndex() + 1);
                        if (target == null) {
                            target = row.createCell(cell.getColumnIndex() + 1);
                        }
                        target.setCellValue(Double.parseDouble(value));
                        return write(book);
                    }
                }
            }
            throw new AssertionError("工作表 " + sheet + " 没有“" + label + "”");
        }
    }

    /** The first numeric (non-formula) cell of the sheet from row 5 on replaced by text. */
    static byte[] editFirstNumber(byte[] xlsx, String sheet, String text) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : sheet(book, sheet)) {
                if (row.getRowNum() < 4) {
                    continue;
                }
                for (Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        cell.setCellValue(text);
                        return write(book);
                    }
                }
            }
            throw new AssertionError("工作表 " + sheet + " 没有数字单元格");
        }
    }

    private static Sheet sheet(XSSFWorkbook book, String prefix) {
        for (Sheet s : book) {
            if (s.getSheetName().startsWith(prefix)) {
                return s;
            }
        }
        throw new AssertionError("没有工作表 " + prefix);
    }

    private static byte[] write(XSSFWorkbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }
}
