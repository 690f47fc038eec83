package org.jixiao.report.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.indicator.ScoredIndicator;
import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.formats.dataset.DatasetReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generates the Weihai 2022 report as .docx, reads it back with POI and checks what a reviewer would check. */
class WordReportTest {
    static final Path EXAMPLE = Path.of("..", "examples", "weihai-econ-2022.yaml");
    private static EvaluationResult result;
    private static XWPFDocument document;

    @BeforeAll
    static void generate() throws Exception {
        result = EvaluationScorer.score(DatasetReader.read(EXAMPLE).evaluation());
        document = new XWPFDocument(new ByteArrayInputStream(EvaluationReport.docx(result)));
    }

    @Test
    void coverCarriesTheMetaData() {
        List<String> texts = paragraphs();
        assertThat(texts).contains("威海临港经济技术开发区经济发展局2022年度部门整体绩效评价报告",
                "被评价部门：威海临港经济技术开发区经济发展局", "委托单位：威海临港经济技术开发区财政金融局",
                "评价机构：北京三维众智管理咨询有限责任公司", "2023年9月7日");
        assertThat(String.join("\n", texts)).doesNotContain("{{");
    }

    @Test
    void levelOneTableAsInTheReport() {
        List<List<String>> rows = table("部门整体绩效评价得分情况表");
        assertThat(rows).containsExactly(
                List.of("评价内容", "分值", "评价得分", "得分率"),
                List.of("管理效率", "32.00", "24.28", "75.88%"),
                List.of("履职效能", "38.00", "37.50", "98.68%"),
                List.of("社会效应", "20.00", "17.00", "85.00%"),
                List.of("可持续发展能力", "10.00", "8.00", "80.00%"),
                List.of("综合得分", "100.00", "86.78", "86.78%"),
                List.of("综合绩效级别", "良", "", ""));
    }

    @Test
    void everySubTreeTableMatchesTheScoredTree() {
        for (ScoredIndicator level1 : result.indicators()) {
            List<List<String>> rows = table(level1.name() + "指标得分情况");
            List<ScoredIndicator> leaves = level1.leaves();
            assertThat(rows).as(level1.name()).hasSize(leaves.size() + 2);
            for (int i = 0; i < leaves.size(); i++) {
                List<String> row = rows.get(i + 1);
                ScoredIndicator leaf = leaves.get(i);
                assertThat(row.subList(row.size() - 3, row.size())).as(leaf.name()).containsExactly(
                        ChineseNumbers.fixed2(leaf.weight()), ChineseNumbers.fixed2(leaf.score()), ChineseNumbers.percent(leaf.ratePercent()));
                assertThat(String.join("|", row)).as("row names its leaf").contains(leaf.name());
            }
            List<String> total = rows.get(rows.size() - 1);
            assertThat(total.get(0)).isEqualTo("合计");
            assertThat(total.subList(total.size() - 3, total.size())).containsExactly(ChineseNumbers.fixed2(level1.weight()),
                    ChineseNumbers.fixed2(level1.score()), ChineseNumbers.percent(level1.ratePercent()));
        }
        // spot checks against the printed tables 7, 12, 13, 14
        assertThat(table("管理效率指标得分情况")).contains(List.of("", "", "项目支出标准制定及匹配率", "2.00", "0.38", "19.00%"),
                List.of("", "项目支出成本控制 (3)", "政府采购执行率", "1.00", "1.00", "100.00%"));
        assertThat(table("社会效应指标得分情况")).contains(List.of("", "", "旅游休闲装备制造业企业利润增速", "2.00", "0.00", "0.00%"));
    }

    @Test
    void everyIndicatorHasItsFormulaicLineUnderItsHeading() {
        List<IBodyElement> body = document.getBodyElements();
        List<String[]> headingThenLine = new ArrayList<>();
        for (int i = 0; i + 1 < body.size(); i++) {
            if (body.get(i) instanceof XWPFParagraph heading && heading.getStyle() != null && heading.getStyle().startsWith("Heading")
                    && body.get(i + 1) instanceof XWPFParagraph next) {
                headingThenLine.add(new String[] {heading.getText(), next.getText()});
            }
        }
        for (ScoredIndicator indicator : result.allIndicators()) {
            String expectedHeading = indicator.level() == 1 ? indicator.name() + "情况评价分析" : indicator.name();
            assertThat(headingThenLine).as(indicator.name())
                    .anySatisfy(pair -> {
                        assertThat(pair[0]).endsWith(expectedHeading);
                        assertThat(pair[1]).isEqualTo(indicator.scoreLine());
                    });
        }
        List<String> texts = paragraphs();
        assertThat(texts).contains("该指标分值32分，评价得分24.28分，得分率75.88%。", "该指标分值2分，评价得分0.38分，得分率19%。",
                "该指标分值9分，评价得分6.8分，得分率75.56%。", "该指标分值38分，评价得分37.5分，得分率98.68%。");
    }

    @Test
    void ratiosAreDerivedInTheText() {
        String text = String.join("\n", paragraphs());
        assertThat(text).contains("预算调整率 = (调整后预算 − 年初预算 − 上级专项资金) ÷ 年初预算 = (10,039.31 − 7,490.64 − 1,995.84) ÷ 7,490.64 × 100% = 552.83 ÷ 7,490.64 × 100% = 7.38%。")
                .contains("12月份支出占全年的54.23%")
                .contains("2022年度区经发局部门整体绩效评价得分为86.78分，综合绩效级别为“良”。")
                .contains("指标体系共设置4个一级指标、12个二级指标、26个三级指标、37个四级指标，其中末级评分指标46个。")
                .contains("综合得分90分（含）—100分为“优”；综合得分80分（含）—90分为“良”；综合得分60分（含）—80分为“中”；综合得分0分—60分为“差”");
    }

    @Test
    void tablesAreNumberedInOrderAndCrossReferenced() {
        List<String> captions = paragraphs().stream().filter(t -> t.matches("表\\d+：.*")).toList();
        for (int i = 0; i < captions.size(); i++) {
            assertThat(captions.get(i)).startsWith("表" + (i + 1) + "：");
        }
        String text = String.join("\n", paragraphs());
        String conclusionTable = captions.stream().filter(c -> c.contains("部门整体绩效评价得分情况表")).findFirst().orElseThrow();
        assertThat(text).contains("得分情况见" + conclusionTable.substring(0, conclusionTable.indexOf('：')) + "。");
    }

    @Test
    void nativeChartsWithTheirDataAndRepeatedHeaderRows() throws Exception {
        List<XWPFChart> charts = document.getCharts();
        assertThat(charts).hasSize(3);
        for (XWPFChart chart : charts) {
            var sheet = chart.getWorkbook().getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("类别");
        }
        var monthly = charts.get(2).getWorkbook().getSheetAt(0);
        assertThat(monthly.getRow(12).getCell(0).getStringCellValue()).isEqualTo("12月");
        assertThat(monthly.getRow(8).getCell(1).getNumericCellValue()).isEqualTo(29.27);
        for (XWPFTable table : document.getTables()) {
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
        }
    }

    @Test
    void chineseFontsAreDeclaredAndThePageIsA4() {
        assertThat(document.getStyles().getStyle("JxBody").getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("仿宋");
        assertThat(document.getStyles().getStyle("Heading1").getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("黑体");
        var size = document.getDocument().getBody().getSectPr().getPgSz();
        assertThat(size.getW().toString()).isEqualTo("11906");
        assertThat(size.getH().toString()).isEqualTo("16838");
        assertThat(document.getFooterList()).isNotEmpty();
    }

    @Test
    void theProfileAndTheComputedFactsOpenPartOne() {
        List<String> texts = paragraphs();
        assertThat(texts).contains("1.组织架构", "2.职能职责",
                "部门核定人员29名，实际在职人员29名，在职人员控制率为100%。",
                "资产总额134.81万元，其中流动资产95.1万元，占资产总额70.54%；非流动资产39.71万元，占资产总额29.46%。固定资产原值90.04万元，累计折旧50.33万元，固定资产净值39.71万元。");
        assertThat(texts).noneMatch(t -> t.startsWith("【待填写"));
    }

    private static List<String> paragraphs() {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    /** The rows (cell texts) of the table whose caption contains {@code title}. */
    static List<List<String>> table(String title) {
        List<IBodyElement> body = document.getBodyElements();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof XWPFParagraph p && p.getText().matches("表\\d+：.*") && p.getText().contains(title)) {
                for (int j = i + 1; j < body.size(); j++) {
                    if (body.get(j) instanceof XWPFTable table) {
                        List<List<String>> rows = new ArrayList<>();
                        for (XWPFTableRow row : table.getRows()) {
                            rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).toList());
                        }
                        return rows;
                    }
                }
            }
        }
        throw new AssertionError("no table captioned " + title);
    }
}
