package org.jixiao.formats.reportreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jixiao.core.review.Finding;
import org.jixiao.core.review.ReportReview;
import org.jixiao.core.review.ReviewResult;
import org.jixiao.core.review.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Score tables in the layouts real reports use, each reviewed clean and then with one error put in: levels in separate
 * columns merged down (with 一级 names carrying their weight, a 合计 row merged across), levels numbered in one column,
 * per-一级 tables with 小计 rows whose 一级 is named only in the caption, the whole tree printed again in an annex, and a
 * project table with a grade column judged by the report's own bands.
 */
class LayoutsReviewTest {
    private static String fixture(String name) {
        try (InputStream in = LayoutsReviewTest.class.getResourceAsStream("layouts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ReviewResult review(String name, String text) throws Exception {
        return ReportReview.review(ReviewFixtures.read(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> errors(ReviewResult result) {
        return result.findings().stream().filter(Finding::isError).map(f -> f.code() + " " + f.printed() + "→" + f.expected()).toList();
    }

    @Test
    void mergedLevelColumnsReadAsOneTreeAndReviewClean() throws Exception {
        ReviewResult result = review("merged-levels.html", fixture("merged-levels.html"));
        assertThat(result.findings()).isEmpty();
        assertThat(result.recovered().roots()).extracting(node -> node.name() + " " + node.weight())
                .containsExactly("决策 20", "过程 20", "产出 40", "效益 20");
        assertThat(result.countAtLevel(2)).isEqualTo(6);
        assertThat(result.leafCount()).isEqualTo(10);
        assertThat(result.recovered().tableTotals()).singleElement().satisfies(total -> assertThat(total.over()).hasSize(4));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a leaf score changed: its parent no longer adds up, and neither does the 合计 row
            "leaf score|<td>预算执行率</td><td>7</td><td>5.6</td>|<td>预算执行率</td><td>7</td><td>6.6</td>|TABLE_TOTAL 89.1→90.10",
            // a weight in the 一级 name that its children do not add up to
            "weight in name|<b>决策（20分）</b>|<b>决策（25分）</b>|TREE_WEIGHT 25→20.00",
            // the stated total
            "stated total|综合得分为89.1分|综合得分为88.1分|TOTAL 88.1→89.10",
            // the stated grade against the report's own bands
            "stated grade|评价等级为“良”|评价等级为“优”|GRADE 优→良",
            // a score above its weight
            "score above weight|<td>质量达标率</td><td>20</td><td>20</td>|<td>质量达标率</td><td>20</td><td>21</td>|SCORE_RANGE 21→0 — 20",
    })
    void mergedLevelColumnsFindTheInjectedError(String what, String original, String changed, String expected) throws Exception {
        String text = fixture("merged-levels.html");
        assertThat(text).contains(original);
        ReviewResult result = review("merged-levels.html", text.replace(original, changed));
        assertThat(errors(result)).contains(expected);
    }

    @Test
    void numberedOneColumnFindsTheWrongRateAndTheEqualSharesThatNoLongerAddUp() throws Exception {
        ReviewResult result = review("numbered-one-column.md", fixture("numbered-one-column.md"));
        assertThat(result.recovered().roots()).extracting(node -> node.name()).containsExactly("决策", "过程", "产出", "效益");
        assertThat(result.countAtLevel(2)).isEqualTo(6);
        // 7.2 of 10 printed as 82.00%; six leaves of 1.67 under 资金管理 (10) add up to 10.02 — reported once, where printed
        assertThat(errors(result)).containsExactlyInAnyOrder("RATE 82.00→72.00", "TREE_WEIGHT 10→10.02", "TREE_SCORE 10→10.02");
        assertThat(result.findings()).filteredOn(f -> f.code().equals("TREE_WEIGHT")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("10 ÷ 6 四舍五入后的 1.67 分"));
    }

    @Test
    void tablesPrintedTwiceAreComparedNotAddedAndGradedRowsFollowTheReportsOwnBands() throws Exception {
        ReviewResult result = review("printed-twice.html", fixture("printed-twice.html"));
        assertThat(result.recovered().roots()).extracting(node -> node.name()).containsExactly("决策", "过程", "产出", "效益");
        assertThat(result.recovered().otherTrees()).isEmpty();
        assertThat(result.leafCount()).isEqualTo(10);
        // 81.40 and 80.19 are 良 under "80-89分为良": the table says 中
        assertThat(errors(result)).containsExactlyInAnyOrder("ROW_GRADE 中→良", "ROW_GRADE 中→良");
        assertThat(result.findings()).allMatch(Finding::isError);
    }

    @Test
    void anAnnexCopyThatDiffersFromTheBodyIsReportedOnce() throws Exception {
        String text = fixture("printed-twice.html");
        String annex = text.substring(text.indexOf("附件：评分表"));
        String changed = annex.replace("<td>质量达标率</td><td>20</td><td>17</td>", "<td>质量达标率</td><td>20</td><td>16</td>");
        ReviewResult result = review("printed-twice.html", text.replace(annex, changed));
        // the annex's 合计 still equals the tree (the body's figures): the one difference is reported where it is
        assertThat(errors(result)).containsExactlyInAnyOrder("ROW_GRADE 中→良", "ROW_GRADE 中→良", "SAME_FIGURE 16→17");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "subtotal|<tr><td>小计</td><td></td><td>12</td><td>10.5</td></tr>|<tr><td>小计</td><td></td><td>12</td><td>11.5</td></tr>|TABLE_TOTAL 11.5→10.50",
            "count|1个优、1个良、2个中|1个优、2个良、1个中|COUNT 2→1",
    })
    void tablesPrintedTwiceFindTheInjectedError(String what, String original, String changed, String expected) throws Exception {
        String text = fixture("printed-twice.html");
        assertThat(text).contains(original);
        ReviewResult result = review("printed-twice.html", text.replace(original, changed));
        assertThat(errors(result)).contains(expected);
        assertThat(result.findings()).filteredOn(f -> f.severity() == Severity.ERROR && !f.code().equals("ROW_GRADE"))
                .allMatch(f -> (f.code() + " " + f.printed() + "→" + f.expected()).equals(expected) || f.code().equals("COUNT"));
    }

    @Test
    void surveyTablesAddUpAndFollowTheStatedAnswerScores() throws Exception {
        ReviewResult result = review("survey.md", fixture("survey.md"));
        assertThat(result.recovered().surveys()).hasSize(3);
        // 服务态度: (120×100 + 50×80 + 10×60) ÷ 186 = 89.25, printed 88.17; 办事效率: 100 + 60 + 20 + 5 = 185 responses,
        // printed 186, and 16,000 ÷ 186 = 86.02, printed 85.16; the answer-per-row table's shares all recompute
        assertThat(errors(result)).containsExactlyInAnyOrder("SURVEY 88.17→89.25", "SURVEY 186→185", "SURVEY 85.16→86.02");
    }
}
