package org.jixiao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao accounts review|explain} run the way a user runs them. */
class AccountsCliTest {
    private static final String EXAMPLE = Path.of("..", "examples", "zibo-industry-2024-accounts.yaml").toString();

    @Test
    void explainWritesAWordDocumentWithTheTextAndNativeCharts(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("情况说明.docx");
        CliTest.Run run = CliTest.run("accounts", "explain", EXAMPLE, "-o", docx.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("图表 6 个");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("一、收入支出决算总体情况说明")
                    .contains("2024年度收、支总计均为6,096.59万元。与2023年相比，收、支总计各减少15,024.49万元，下降71.14%。")
                    .contains("完成年初预算的15476%").contains("完成年初预算的871.38%")
                    .contains("人员经费1,128.22万元").contains("公用经费47.78万元")
                    .contains("2024年度机关运行经费支出47.78万元，比年初预算数减少2.31万元，下降4.61%")
                    .contains("占政府采购支出总额的99.81%")
                    .contains("十三、预算绩效情况说明");
            assertThat(doc.getCharts()).hasSize(6);
            XWPFChart first = doc.getCharts().get(0);
            assertThat(text).contains("图1：收、支决算总计变动情况图（单位：万元）"); // the caption under the chart
            // the data also lives in the chart's embedded workbook, so that Word can edit it
            var sheet = first.getWorkbook().getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(21121.08);
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(6096.59);
            assertThat(first.getChartSeries().get(0).getSeriesCount()).isEqualTo(1);
            assertThat(first.getChartSeries().get(0).getSeries(0).getValuesData().getPointAt(0)).isEqualTo(21121.08);
            assertThat(first.getChartSeries().get(0).getSeries(0).getValuesData().getPointAt(1)).isEqualTo(6096.59);
            assertThat(text).contains("图5-2");
            assertThat(doc.getCharts().get(5).getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount()).isEqualTo(7);
        }
    }

    @Test
    void explainAsHtmlHasInlineSvgCharts(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("情况说明.html");
        CliTest.Run run = CliTest.run("accounts", "explain", EXAMPLE, "--format", "html", "-o", html.toString());
        assertThat(run.exit()).isZero();
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).contains("<svg").contains("图5-2：一般公共预算财政拨款支出决算类级科目结构图")
                .contains("住房保障支出 84.96万元（1.4%）").contains("21,121.08").doesNotContain("http://cdn").doesNotContain("<script");
        assertThat(page.split("<svg", -1)).hasSize(7);
    }

    @Test
    void reviewOfTheExamplePassesWithRoundingNotes() {
        CliTest.Run run = CliTest.run("accounts", "review", EXAMPLE);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("共 0 个错误、0 个警告、6 个提示。").contains("[提示] TABLE_TOTAL 表5");
    }

    @Test
    void anInconsistentDatasetIsNotExplainedUnlessForced(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(Path.of(EXAMPLE), StandardCharsets.UTF_8)
                .replace("income_grand_total: 6096.59", "income_grand_total: 6196.59"), StandardCharsets.UTF_8);
        CliTest.Run refused = CliTest.run("accounts", "explain", broken.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("[错误] T1_INCOME_GRAND_TOTAL 表1 收入支出决算总表 › 收入总计").contains("未生成情况说明").contains("--force");

        CliTest.Run forced = CliTest.run("accounts", "explain", "--force", broken.toString());
        assertThat(forced.exit()).isZero();
        assertThat(forced.err()).contains("[错误] T1_INCOME_GRAND_TOTAL").contains("按 --force 仍然生成");
        assertThat(forced.out()).contains("2024年度收入总计6,196.59万元，支出总计6,096.59万元。");
    }

    @Test
    void badInputNamesFileLineAndField(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("bad.yaml");
        Files.writeString(broken, Files.readString(Path.of(EXAMPLE), StandardCharsets.UTF_8)
                .replace("{code: \"2210201\", name: 住房公积金}", "{code: \"2210301\", name: 住房公积金}"), StandardCharsets.UTF_8);
        CliTest.Run run = CliTest.run("accounts", "review", broken.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).containsPattern("bad\\.yaml 第 \\d+ 行 \\(subjects\\[6\\]\\.children\\[0\\]\\.children\\[0\\]\\.code\\): 科目编码“2210301”与上级科目“22102”不符")
                .contains("文件未被使用");
    }
}
