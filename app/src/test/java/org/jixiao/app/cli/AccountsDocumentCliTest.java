package org.jixiao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jixiao.formats.disclosure.DisclosureFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao accounts review 决算.pdf|.docx} and {@code jixiao review} on published disclosures, the way a user runs
 * them: the document is recognised as a 部门决算/部门预算, its tables are found and its errors printed with page, table,
 * row and column; both commands give the same findings, also as JSON in the shared schema.
 */
class AccountsDocumentCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static void requireSoffice() {
        if (!DisclosureFixtures.sofficeAvailable()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("LibreOffice (soffice) is required under CI=true");
            }
            System.out.println("SKIPPED: LibreOffice (soffice) is not installed, the PDF disclosures are not made");
            assumeTrue(false, "soffice not installed");
        }
    }

    /** The 单位决算 with 表1 only and its 情况说明, with four injected errors, as .docx and .pdf. */
    private static Path[] unitSummary(Path dir) throws Exception {
        byte[] docx = DisclosureFixtures.named().get("unit-summary-errors");
        Path word = dir.resolve("某局2024年度单位决算.docx");
        Files.write(word, docx);
        Path pdf = dir.resolve("某局2024年度单位决算.pdf");
        Files.write(pdf, DisclosureFixtures.pdfs(Map.of("unit.docx", docx)).get("unit.docx"));
        return new Path[] {word, pdf};
    }

    @Test
    void accountsReviewReadsAPublishedPdf(@TempDir Path dir) throws Exception {
        requireSoffice();
        Path pdf = unitSummary(dir)[1];
        CliTest.Run run = CliTest.run("accounts", "review", pdf.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).contains("部门决算公开").contains("读出公开表 1 张：收入支出决算总表（第 ")
                .contains("发现：错误 4 处")
                .contains("[错误]").contains("收入支出决算总表 › 总计 · 金额 (第 ").contains("个表格 第 ")
                .contains("情况说明 二、收入决算情况说明 › 本年收入合计 · 金额")
                .contains("本文件未公开收入决算表");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void reviewAndAccountsReviewGiveTheSameFindingsAsJson(@TempDir Path dir) throws Exception {
        requireSoffice();
        for (Path file : unitSummary(dir)) {
            CliTest.Run review = CliTest.run("review", "--format", "json", file.toString());
            CliTest.Run accounts = CliTest.run("accounts", "review", "--format", "json", file.toString());
            assertThat(review.exit()).as(review.err()).isZero();
            assertThat(accounts.exit()).isEqualTo(2);
            JsonNode json = JSON.readTree(review.out());
            assertThat(json.at("/schema").asText()).isEqualTo("jixiao-review/1");
            JsonNode document = json.at("/documents/0");
            assertThat(document.at("/kind").asText()).isEqualTo("部门决算公开");
            assertThat(document.at("/summary/errors").asInt()).isEqualTo(4);
            assertThat(document.at("/tables/0/role").asText()).isEqualTo("收入支出决算总表");
            List<String> errors = errors(json);
            assertThat(errors).hasSize(4).isEqualTo(errors(JSON.readTree(accounts.out())));
            JsonNode table = null;
            for (JsonNode finding : document.at("/findings")) {
                if (finding.at("/rule").asText().equals("TABLE_BALANCE")) {
                    table = finding;
                }
            }
            assertThat(table).isNotNull();
            assertThat(table.at("/location/table").asInt()).isPositive();
            assertThat(table.at("/location/row").asInt()).isPositive();
            assertThat(table.at("/location/column").asInt()).isPositive();
            if (file.toString().endsWith(".pdf")) {
                assertThat(table.at("/location/page").asInt()).isPositive();
            }
        }
    }

    private static List<String> errors(JsonNode json) {
        List<String> out = new ArrayList<>();
        for (JsonNode finding : json.at("/documents/0/findings")) {
            if (finding.at("/severity").asText().equals("error")) {
                out.add(finding.at("/rule").asText() + " " + finding.at("/printed").asText() + "→" + finding.at("/recomputed").asText());
            }
        }
        out.sort(String::compareTo);
        return out;
    }

    @Test
    void theZiboReferencePublishedAsAPdf(@TempDir Path dir) throws Exception {
        if (!DisclosureFixtures.referencePresent()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("the shared reference documents are required under CI=true");
            }
            System.out.println("SKIPPED: the shared reference documents are not present");
            assumeTrue(false, "shared reference not present");
        }
        requireSoffice();
        Path pdf = dir.resolve("zibo-2024.pdf");
        Files.write(pdf, DisclosureFixtures.pdfs(Map.of("zibo.docx", DisclosureFixtures.ziboDocx())).get("zibo.docx"));
        CliTest.Run run = CliTest.run("review", pdf.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("部门决算公开").contains("读出公开表 9 张").contains("发现：错误 3 处")
                .contains("年初预算数 2,476.6万元，其下所列 12 项的年初预算数合计 9,688.28万元")
                .contains("按“完成年初预算的比例 = 决算数 ÷ 年初预算数”应为 62.92%")
                .contains("情况说明写决算数“大于”年初预算数，按所写两数应为“小于”");
    }

    @Test
    void aDatasetIsStillReviewedAsBefore() {
        CliTest.Run run = CliTest.run("accounts", "review", Path.of("..", "examples", "zibo-industry-2024-accounts.yaml").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("共 0 个错误");
        CliTest.Run json = CliTest.run("accounts", "review", "--format", "json", Path.of("..", "examples", "zibo-industry-2024-accounts.yaml").toString());
        assertThat(json.exit()).isEqualTo(2);
        assertThat(json.err()).contains("--format json 用于公开的文件");
    }

    /** A folder, as a finance bureau receives the units' files: the summary, the progress bar and the findings workbook. */
    @Test
    void aFolderGivesASummaryAndAFindingsWorkbook(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("各单位公开文件"));
        Map<String, byte[]> named = DisclosureFixtures.named();
        for (Map.Entry<String, byte[]> entry : named.entrySet()) {
            Files.write(folder.resolve(entry.getKey() + ".docx"), entry.getValue());
        }
        Files.writeString(folder.resolve("说明.txt"), "这是一份通知，没有表格。");
        Path workbook = dir.resolve("问题清单.xlsx");
        CliTest.Run run = CliTest.run("accounts", "review", folder.toString(), "-o", workbook.toString(), "--progress");
        assertThat(run.exit()).isEqualTo(2);
        int errors = DisclosureFixtures.namedErrors().values().stream().mapToInt(Integer::intValue).sum();
        // every named disclosure as .docx and one file that is none
        int files = named.size() + 1;
        int budgets = (int) named.keySet().stream().filter(id -> id.startsWith("budget")).count();
        assertThat(run.out()).contains("unit-summary-errors.docx：部门决算公开，公开表 1 张，错误 4 处")
                .contains("budget-clean.docx：部门预算公开，公开表 8 张，错误 0 处")
                .contains("共审核 " + files + " 份文件：读出 " + named.size() + " 份（").contains("部门决算公开 " + (named.size() - budgets) + " 份")
                .contains("部门预算公开 " + budgets + " 份").contains("无法读取 1 份")
                .contains("发现：错误 " + errors + " 处").contains("按规则：").contains("情况说明的比较用词：错误")
                .contains("问题清单已写入");
        assertThat(run.err()).contains("[##############################] " + files + "/" + files).contains("说明.txt：看不出是决算或预算公开文件");
        try (var in = Files.newInputStream(workbook); var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("汇总");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(files);
            assertThat(book.getSheetAt(0).getRow(files).getCell(2).getStringCellValue()).isEqualTo("无法读取");
            var findings = book.getSheet("问题清单");
            assertThat(findings.getLastRowNum()).isEqualTo(errors);
            assertThat(findings.getRow(0).getCell(6).getStringCellValue()).isEqualTo("页");
            boolean located = false;
            for (int r = 1; r <= findings.getLastRowNum(); r++) {
                var row = findings.getRow(r);
                if (row.getCell(3).getStringCellValue().equals("收支总表的平衡与合计")) {
                    located = row.getCell(7).getNumericCellValue() > 0 && row.getCell(8).getNumericCellValue() > 0
                            && row.getCell(9).getNumericCellValue() > 0 && !row.getCell(10).getStringCellValue().isEmpty();
                }
            }
            assertThat(located).as("the table error names its table, row and column").isTrue();
            assertThat(book.getSheet("按规则统计").getRow(1).getCell(0).getStringCellValue()).isEqualTo("收支总表的平衡与合计");
            assertThat(book.getSheet("未核对").getLastRowNum()).isPositive();
        }
    }

    @Test
    void exportAsAFiscalDataPackage(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("budget.docx");
        Files.write(docx, DisclosureFixtures.named().get("budget-clean"));
        Path out = dir.resolve("fdp");
        CliTest.Run run = CliTest.run("accounts", "export", docx.toString(), "-o", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("已导出 8 张表").contains("9 个文件");
        JsonNode root = JSON.readTree(out.resolve("datapackage.json").toFile());
        assertThat(root.at("/profile").asText()).isEqualTo("fiscal-data-package");
        assertThat(root.at("/resources").size()).isEqualTo(8);
        assertThat(root.at("/model/measures/t05-general-public.total/phase").asText()).isEqualTo("approved");
        CliTest.Run none = CliTest.run("accounts", "export", Path.of("..", "README.md").toString(), "-o", out.toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("没有找到可识别的决算/预算公开表");
    }
}
