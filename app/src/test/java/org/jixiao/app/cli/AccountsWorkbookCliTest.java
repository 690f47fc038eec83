package org.jixiao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao accounts template|import} and review/explain on a workbook, run the way a user runs them. */
class AccountsWorkbookCliTest {
    private static final String EXAMPLE = Path.of("..", "examples", "zibo-industry-2024-accounts.yaml").toString();

    @Test
    void aFilledWorkbookExplainsExactlyAsTheDataset(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("决算表.xlsx");
        CliTest.Run template = CliTest.run("accounts", "template", "--from", EXAMPLE, "-o", xlsx.toString());
        assertThat(template.exit()).as(template.err()).isZero();
        assertThat(template.out()).contains("已生成决算表工作簿").contains("决算表.xlsx");

        CliTest.Run fromYaml = CliTest.run("accounts", "explain", EXAMPLE);
        CliTest.Run fromXlsx = CliTest.run("accounts", "explain", xlsx.toString());
        assertThat(fromXlsx.exit()).as(fromXlsx.err()).isZero();
        assertThat(fromXlsx.out()).isEqualTo(fromYaml.out()).contains("2024年度收、支总计均为6,096.59万元。");

        CliTest.Run review = CliTest.run("accounts", "review", xlsx.toString());
        assertThat(review.exit()).isZero();
        assertThat(review.out()).isEqualTo(CliTest.run("accounts", "review", EXAMPLE).out()).contains("共 0 个错误、0 个警告、6 个提示。");
    }

    @Test
    void importWritesTheDatasetAndPrintsTheReview(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("决算表.xlsx");
        Path yaml = dir.resolve("决算数据.yaml");
        assertThat(CliTest.run("accounts", "template", "--from", EXAMPLE, "-o", xlsx.toString()).exit()).isZero();
        CliTest.Run imported = CliTest.run("accounts", "import", xlsx.toString(), "-o", yaml.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("已导入").contains("审核结果：").contains("共 0 个错误、0 个警告、6 个提示。");
        String dataset = Files.readString(yaml, StandardCharsets.UTF_8);
        assertThat(dataset).startsWith("# 由 jixiao accounts import 从 决算表.xlsx 导入\nformat: jixiao.final-accounts/1");
        assertThat(CliTest.run("accounts", "explain", yaml.toString()).out()).isEqualTo(CliTest.run("accounts", "explain", EXAMPLE).out());

        CliTest.Run toScreen = CliTest.run("accounts", "import", xlsx.toString());
        assertThat(toScreen.out()).isEqualTo(dataset);
        assertThat(toScreen.err()).contains("审核结果：");
    }

    @Test
    void aBadWorkbookIsRefusedWithEveryCellAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("决算表.xlsx");
        assertThat(CliTest.run("accounts", "template", "--from", EXAMPLE, "-o", xlsx.toString()).exit()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Cell cell = wb.getSheet("表5 一般公共预算财政拨款支出决算表").getRow(6).getCell(3); // D7: 2060101 基本支出
            cell.setCellValue("一百");
            wb.getSheet("情况说明资料").getRow(6).getCell(1).setBlank();                     // B7: 决算年度
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        Path yaml = dir.resolve("决算数据.yaml");
        CliTest.Run run = CliTest.run("accounts", "import", xlsx.toString(), "-o", yaml.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("决算表.xlsx 表5!D7：科目“2060101”的“基本支出”：应为数字（万元），实际为“一百”")
                .contains("决算表.xlsx 情况说明资料!B7：缺少“决算年度”（必填）")
                .contains("共 2 个错误，工作簿未被使用");
        assertThat(yaml).doesNotExist();
        CliTest.Run explain = CliTest.run("accounts", "explain", xlsx.toString());
        assertThat(explain.exit()).isEqualTo(2);
        assertThat(explain.out()).isEmpty();
    }

    @Test
    void aBlankTemplateIsWrittenAndExplainsWhatIsMissing(@TempDir Path dir) {
        Path xlsx = dir.resolve("空白.xlsx");
        CliTest.Run run = CliTest.run("accounts", "template", "-o", xlsx.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("已生成空白决算表工作簿");
        assertThat(xlsx).exists();
        CliTest.Run imported = CliTest.run("accounts", "import", xlsx.toString());
        assertThat(imported.exit()).isEqualTo(2);
        assertThat(imported.err()).contains("空白.xlsx 情况说明资料!B5：缺少“单位全称”（必填）");
        assertThat(CliTest.run("accounts", "template", "-o", dir.resolve("x.xls").toString()).exit()).isEqualTo(2);
    }
}
