package org.jixiao.formats.reportreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.formats.SharedReference;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.ReportReview;
import org.jixiao.core.review.ReviewResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The review run on the real Weihai 2022 report text in the workplace's {@code shared/reference} (skipped where that
 * folder does not exist; {@code JIXIAO_SHARED_REFERENCE} may point to it from elsewhere). Every finding below was
 * checked by hand against {@code figures/inconsistencies.md} ("Seed 000").
 */
class WeihaiReportReviewTest {
    private static final String FILE = "weihai-econ-bureau-2022-dept-evaluation.txt";
    private static ReviewResult result;

    @BeforeAll
    static void review() throws Exception {
        Path file = SharedReference.require(FILE);
        result = ReportReview.review(ReviewFixtures.read(file.getFileName().toString(), java.nio.file.Files.readAllBytes(file)));
    }

    @Test
    void recoversTheFullTreeTotalAndGrade() {
        assertThat(result.recovered().roots()).extracting(node -> node.name() + " " + node.weight() + " " + node.score())
                .containsExactly("管理效率 32.00 24.28", "履职效能 38.00 37.50", "社会效应 20.00 17.00", "可持续发展能力 10.00 8.00");
        assertThat(result.countAtLevel(1)).isEqualTo(4);
        assertThat(result.countAtLevel(2)).isEqualTo(12);
        assertThat(result.countAtLevel(3)).isEqualTo(26);
        assertThat(result.countAtLevel(4)).isEqualTo(37);
        assertThat(result.leafCount()).isEqualTo(46);
        assertThat(result.recovered().totals()).extracting(total -> total.score() + " " + total.grade())
                .contains("86.78 良", "null 良");
        // the 一级 summary table's 综合得分 row adds up the four 一级 indicators
        assertThat(result.recovered().tableTotals()).filteredOn(total -> total.over().size() == 4).singleElement()
                .satisfies(total -> assertThat(total.score()).isEqualByComparingTo("86.78"));
        assertThat(result.recovered().bands().bands()).extracting(band -> band.grade() + band.min())
                .containsExactly("优90", "良80", "中60", "差0");
        // every 四级/三级/二级/一级 formulaic line (75, 摘要 included) was placed under its indicator and agrees with the tables
        assertThat(result.recovered().formulaLines()).hasSize(75);
        assertThat(result.recovered().ratios()).hasSize(16);
    }

    @Test
    void reportsEveryRealArithmeticInconsistencyAndNothingElse() {
        assertThat(result.findings()).extracting(WeihaiReportReviewTest::describe).containsExactlyInAnyOrder(
                // E0-01: 表9 row 15 (2021年安全生产和应急管理专项资金): 9.99 ÷ 10.00 = 99.90%, printed 99.99%
                "ROW_RATE@875/ERROR 99.99→99.90",
                // rounding only: 表8 合计 6,555.50 vs Σ 36 rows 6,555.51
                "TABLE_SUM@838/INFO 6555.50→6555.51",
                // rounding only: 表9 合计 年初批复数, 年中调整数, 预算执行数 each 0.01 below Σ 49 rows
                "TABLE_SUM@912/INFO 6555.50→6555.51",
                "TABLE_SUM@912/INFO 8925.67→8925.68",
                "TABLE_SUM@912/INFO 8844.96→8844.97");
    }

    @Test
    void whatArithmeticCannotJudgeIsListedAsUncheckedNotPassed() {
        // E0-02 (line 1191, 省级申报成功率 56.25% with 10 projects) has no stated inputs that Jixiao can read: it is listed as
        // unchecked. The C0-xx contradictions (the same fact stated twice in words) and the SOFT items are not arithmetic
        // on the recovered structure and are out of this review's reach; S0-04 compares two different quantities.
        assertThat(result.unread()).anySatisfy(item -> assertThat(item.quote().line()).isEqualTo(1191));
        // 表10 ④ 序时进度 = 月份 ÷ 12 is computed from the month name, not from other columns: listed as unchecked.
        assertThat(result.unread()).anySatisfy(item -> {
            assertThat(item.quote().line()).isEqualTo(920);
            assertThat(item.reason()).contains("序时进度");
        });
        // 表1/表2 (targets), 表5 (team) have no numbers to recompute: listed, not silently passed.
        assertThat(result.unread()).anySatisfy(item -> assertThat(item.reason()).startsWith("表 5："));
    }

    private static String describe(Finding finding) {
        return finding.code() + "@" + finding.location().line() + "/" + finding.severity() + " " + finding.printed() + "→" + finding.expected();
    }
}
