package org.jixiao.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The Weihai example keeps every figure its report prints (表6, 表7, 表12—14, section 四, the ratios, 表9's 执行率); all
 * but one agree with what Jixiao computes, and the one that does not is the report's own error (表9 row 15).
 */
class PrintedFiguresDatasetTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "weihai-econ-2022.yaml");

    @Test
    void theWeihaiReportsPrintedFiguresAgreeExceptItsOwnError() throws Exception {
        DatasetReader.Read read = DatasetReader.read(EXAMPLE);

        // total, 得分率, grade; 77 nodes with score and 得分率 (4 一级 + 12 二级 + … as printed); 12 ratios; 49 project rates
        assertThat(read.printedChecked()).isEqualTo(215);
        assertThat(read.printedDifferences()).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("printed.projects[14].rate");
            assertThat(d.message()).isEqualTo("项目“2021年安全生产和应急管理专项资金”预算执行率（%）：报告印 99.99，计算为 99.90（相差 0.09）");
            assertThat(Files.readAllLines(EXAMPLE).get(d.line() - 1)).contains("2021年安全生产和应急管理专项资金", "99.99");
        });
    }

    @Test
    void aMisprintedTotalOrLeafIsShownWithBothValues() throws Exception {
        String text = Files.readString(EXAMPLE).replace("  total: 86.78\n", "  total: 86.68\n")
                .replace("{path: \"管理效率/预算管理/预算编制/重点支出项目保障率\", score: 0.80", "{path: \"管理效率/预算管理/预算编制/重点支出项目保障率\", score: 0.90");
        DatasetReader.Read read = DatasetReader.read("weihai.yaml", text, false);

        assertThat(read.printedDifferences()).extracting(DatasetProblem::message).contains(
                "综合得分：报告印 86.68，计算为 86.78（相差 0.1）",
                "指标“重点支出项目保障率”得分：报告印 0.90，计算为 0.80（相差 0.1）");
    }

    @Test
    void aPrintedFigureNamingNoIndicatorIsRefusedAtItsLine() throws Exception {
        String text = Files.readString(EXAMPLE).replace("{path: \"管理效率/决策管理\",", "{path: \"管理效率/决策管里\",");
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.read("weihai.yaml", text, false));

        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).matches("printed\\.indicators\\[\\d+]\\.path");
            assertThat(p.line()).isGreaterThan(1400);
            assertThat(p.message()).contains("“管理效率/决策管里”在指标体系中找不到");
        });
    }
}
