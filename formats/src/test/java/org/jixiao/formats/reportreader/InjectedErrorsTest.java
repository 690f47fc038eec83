package org.jixiao.formats.reportreader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.formats.reportreader.ReviewFixtures.key;
import static org.jixiao.formats.reportreader.ReviewFixtures.replace;
import static org.jixiao.formats.reportreader.ReviewFixtures.review;
import static org.jixiao.formats.reportreader.ReviewFixtures.sampleLines;

import java.util.List;

import org.jixiao.core.review.Finding;
import org.jixiao.core.review.ReviewResult;
import org.junit.jupiter.api.Test;

/**
 * A report text written for the tests, in the layouts of the real reports (tab-separated tables, a score table split
 * across pages with a 续上页 row, the formulaic lines, a 摘要 restating the result), first clean, then with errors
 * injected one figure at a time: the review finds exactly the injected errors and nothing else.
 */
class InjectedErrorsTest {

    @Test
    void cleanReportRecoversTheTreeAndHasNoFinding() throws Exception {
        ReviewResult result = review("sample-report.txt", sampleLines());

        assertThat(result.findings()).isEmpty();
        assertThat(result.unread()).isEmpty();
        assertThat(result.recovered().roots()).extracting(node -> node.name()).containsExactly("投入管理", "履职产出", "社会效应");
        assertThat(result.countAtLevel(2)).isEqualTo(4);
        assertThat(result.countAtLevel(3)).isEqualTo(6);
        assertThat(result.countAtLevel(4)).isEqualTo(6);
        assertThat(result.leafCount()).isEqualTo(8);
        // the page-split table is joined: 企业培育情况 (the 续上页 row) sits under 目标完成 › 重点任务
        assertThat(result.recovered().roots().get(1).children().get(0).children().get(0).children())
                .extracting(node -> node.name() + " " + node.weight() + " " + node.score())
                .containsExactly("招商项目落地数 15.00 15.00", "企业培育情况 10.00 8.00");
        assertThat(result.recovered().formulaLines()).hasSize(12);
        assertThat(result.recovered().ratios()).extracting(ratio -> ratio.id().label())
                .containsExactly("在职人员控制率", "预算执行率", "政府采购执行率", "预算调整率");
        assertThat(result.recovered().bands().bands()).hasSize(4);
    }

    @Test
    void findsExactlyTheInjectedErrors() throws Exception {
        List<String> lines = sampleLines();
        int leafRate = replace(lines, "预算管理 (18)\t预算编制 (10)\t预算编制科学性\t6.00\t5.00\t83.33%",
                "预算管理 (18)\t预算编制 (10)\t预算编制科学性\t6.00\t5.00\t88.33%");
        int continuedRow = replace(lines, "续上页\t续上页\t企业培育情况\t10.00\t8.00\t80.00%", "续上页\t续上页\t企业培育情况\t10.00\t8.00\t85.00%");
        int weightInName = replace(lines, "\t预算执行 (8)\t预算执行率\t8.00\t6.50\t81.25%", "\t预算执行 (9)\t预算执行率\t8.00\t6.50\t81.25%");
        int tableTotal = replace(lines, "合 计\t\t\t30.00\t25.10\t83.67%", "合 计\t\t\t30.00\t25.60\t85.33%");
        int formulaScore = replace(lines, "该指标分值 18 分，评价得分 15.5 分，得分率 86.11%。", "该指标分值 18 分，评价得分 16.5 分，得分率 91.67%。");
        int formulaRate = replace(lines, "该指标分值 12 分，评价得分 9.6 分，得分率 80%。", "该指标分值 12 分，评价得分 9.6 分，得分率 85%。");
        int summaryTotal = replace(lines, "示例区商务局2023年度部门整体绩效评价得分为88.5分，综", "示例区商务局2023年度部门整体绩效评价得分为89.5分，综");
        int grade = replace(lines, "综合绩效级别\t良\t\t", "综合绩效级别\t优\t\t");
        int ratio = replace(lines, "部门核定人员 20 名，截至 2023 年 12 月 31 日，实际在职人员 19 名，在职人员控制率为 95%。",
                "部门核定人员 20 名，截至 2023 年 12 月 31 日，实际在职人员 19 名，在职人员控制率为 96%。");
        int rowRate = replace(lines, "3\t工作经费\t100.00\t120.00\t96.40\t80.33%", "3\t工作经费\t100.00\t120.00\t96.40\t83.33%");
        int tableSum = replace(lines, "合计\t\t800.00\t1,000.00\t950.00\t95.00%", "合计\t\t810.00\t1,000.01\t950.00\t95.00%");

        ReviewResult result = review("sample-report.txt", lines);

        assertThat(result.findings()).extracting(ReviewFixtures::key).containsExactlyInAnyOrder(
                "RATE@" + leafRate + "/ERROR",
                "RATE@" + continuedRow + "/ERROR",
                "TREE_WEIGHT@" + weightInName + "/ERROR",
                "TABLE_TOTAL@" + tableTotal + "/ERROR",
                "FORMULA_SCORE@" + formulaScore + "/ERROR",
                "FORMULA_RATE@" + formulaRate + "/ERROR",
                "TOTAL@" + summaryTotal + "/ERROR",
                "GRADE@" + grade + "/ERROR",
                "RATIO@" + ratio + "/ERROR",
                "ROW_RATE@" + rowRate + "/ERROR",
                "TABLE_SUM@" + tableSum + "/ERROR",
                // 1,000.01 against Σ 1,000.00: one unit in the last digit is rounding, reported as information only
                "TABLE_SUM@" + tableSum + "/INFO");

        assertThat(byKey(result, "RATE@" + leafRate + "/ERROR")).satisfies(finding -> {
            assertThat(finding.printed()).isEqualTo("88.33");
            assertThat(finding.expected()).isEqualTo("83.33");
            assertThat(finding.quotation()).contains("预算编制科学性 6.00 5.00 88.33%");
            assertThat(finding.location().item()).isEqualTo("投入管理 › 预算管理 › 预算编制 › 预算编制科学性");
        });
        assertThat(byKey(result, "TREE_WEIGHT@" + weightInName + "/ERROR")).satisfies(finding -> {
            assertThat(finding.printed()).isEqualTo("9");
            assertThat(finding.expected()).isEqualTo("8.00");
        });
        assertThat(byKey(result, "TABLE_TOTAL@" + tableTotal + "/ERROR").expected()).isEqualTo("25.10");
        assertThat(byKey(result, "FORMULA_SCORE@" + formulaScore + "/ERROR").expected()).isEqualTo("15.50");
        assertThat(byKey(result, "FORMULA_RATE@" + formulaRate + "/ERROR").expected()).isEqualTo("80.00");
        assertThat(byKey(result, "TOTAL@" + summaryTotal + "/ERROR")).satisfies(finding -> {
            assertThat(finding.expected()).isEqualTo("88.50");
            assertThat(finding.quotation()).contains("得分为89.5分，综合绩效级别为“良");
        });
        assertThat(byKey(result, "GRADE@" + grade + "/ERROR")).satisfies(finding -> {
            assertThat(finding.printed()).isEqualTo("优");
            assertThat(finding.expected()).isEqualTo("良");
        });
        assertThat(byKey(result, "RATIO@" + ratio + "/ERROR")).satisfies(finding -> {
            assertThat(finding.printed()).isEqualTo("96");
            assertThat(finding.expected()).isEqualTo("95.00");
            assertThat(finding.message()).contains("实际在职人员 19").contains("部门核定人员 20");
        });
        assertThat(byKey(result, "ROW_RATE@" + rowRate + "/ERROR")).satisfies(finding -> {
            assertThat(finding.expected()).isEqualTo("80.33");
            assertThat(finding.rule()).isEqualTo("预算执行率 = 预算执行数 ÷ 年中调整数 × 100%");
        });
        assertThat(byKey(result, "TABLE_SUM@" + tableSum + "/ERROR").expected()).isEqualTo("800.00");
        assertThat(byKey(result, "TABLE_SUM@" + tableSum + "/INFO").expected()).isEqualTo("1000.00");
    }

    @Test
    void aFormulaLineUnderAnUnknownHeadingIsListedAsUnread() throws Exception {
        List<String> lines = sampleLines();
        int heading = replace(lines, "（1）重点任务", "（1）不存在的指标名称");

        ReviewResult result = review("sample-report.txt", lines);

        assertThat(result.findings()).isEmpty();
        assertThat(result.unread()).singleElement().satisfies(item -> {
            assertThat(item.quote().line()).isEqualTo(heading + 2);
            assertThat(item.reason()).contains("不存在的指标名称");
        });
    }

    private static Finding byKey(ReviewResult result, String key) {
        return result.findings().stream().filter(finding -> key(finding).equals(key)).findFirst().orElseThrow();
    }
}
