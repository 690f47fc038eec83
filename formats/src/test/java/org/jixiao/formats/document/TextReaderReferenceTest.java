package org.jixiao.formats.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.formats.SharedReference;
import org.junit.jupiter.api.Test;

/**
 * The reference texts in the workplace's {@code shared/reference} (skipped where that folder does not exist;
 * {@code JIXIAO_SHARED_REFERENCE} may point to it from elsewhere) print their tables with tabs: they read as before the
 * readers of space-aligned and one-cell-per-line tables were added, which find nothing in them.
 */
class TextReaderReferenceTest {
    private static SourceDocument read(String file) throws Exception {
        return Documents.read(SharedReference.require(file));
    }

    @Test
    void theWeihaiReportStillYieldsItsTablesAndTheFortySixScoredLeaves() throws Exception {
        SourceDocument document = read("weihai-econ-bureau-2022-dept-evaluation.txt");
        assertThat(document.notes()).isEmpty();
        assertThat(document.tables()).hasSize(28);
        // tables 7, 12, 13 and 14 of the report, each printed in two parts: 46 rows with 分值/得分/得分率
        List<TableBlock> scores = document.tables().stream()
                .filter(table -> String.join("|", table.rowTexts(0)).matches(".*三级指标.*得分率.*")).toList();
        assertThat(scores).extracting(table -> table.where().line()).containsExactly(712, 725, 1092, 1103, 1271, 1276, 1385);
        assertThat(scores).extracting(TextReaderReferenceTest::scoredRows).containsExactly(11, 9, 9, 5, 3, 6, 3);
        assertThat(Grids.rows(scores.get(1))).containsExactlyElementsOf(Grids.lines("""
                二级指标 | 三级指标 | 四级指标 | 分值 | 得分 | 得分率
                续上页 | 续上页 | 项目支出标准制定及匹配率 | 2.00 | 0.38 | 19.00%
                制度管理 (9) | 制度建设 (2) | 财务管理制度健全性 | 1.00 | 1.00 | 100.00%
                |  | 业务管理制度健全性 | 1.00 | 1.00 | 100.00%
                | 制度执行(7) | 资金使用合规性 | 3.00 | 2.00 | 66.67%
                |  | 制度执行有效性 | 3.00 | 2.00 | 66.67%
                |  | 预决算信息公开 | 1.00 | 1.00 | 100.00%
                绩效管理 (2) | 绩效管理工作开展情况 (2) | —— | 2.00 | 1.20 | 60.00%
                资产管理 (4) | 资产管理规范性 (2) | —— | 2.00 | 1.20 | 60.00%
                | 固定资产利用率 (2) | —— | 2.00 | 2.00 | 100.00%
                合 计 |  |  | 32.00 | 24.28 | 75.88%
                """));
        // each row of a tab-separated table says on which line it was printed
        assertThat(scores.get(1).cellAt(1, 4).where().describe()).isEqualTo("第 726 行");
    }

    private static int scoredRows(TableBlock table) {
        int count = 0;
        for (int row = 1; row < table.rowCount(); row++) {
            List<String> texts = table.rowTexts(row);
            boolean total = String.join("", texts).replace(" ", "").contains("合计");
            count += !total && texts.get(texts.size() - 3).matches("\\d+\\.\\d{2}") ? 1 : 0;
        }
        return count;
    }

    @Test
    void theZiboDisclosureStillYieldsItsFiveSelfEvaluationTables() throws Exception {
        SourceDocument document = read("zibo-industry-bureau-2024-final-accounts.txt");
        assertThat(document.notes()).isEmpty();
        assertThat(document.tables()).hasSize(6);
        assertThat(document.tables().stream().flatMap(table -> table.cells().stream()).map(Cell::text)
                .filter(text -> text.matches("<b>\\d+\\.\\d+</b>")).toList())
                .containsExactly("<b>97.41</b>", "<b>95.93</b>", "<b>93.54</b>", "<b>91.38</b>", "<b>90.19</b>");
    }

    @Test
    void theLaotingSelfEvaluationHasNoTable() throws Exception {
        SourceDocument document = read("laoting-industrial-zone-2023-self-evaluation.txt");
        assertThat(document.tables()).isEmpty();
        assertThat(document.notes()).isEmpty();
        assertThat(document.paragraphs()).extracting(TextBlock::text)
                .contains("本部门 2023 年度申请预算资金 382.31 万元，实际支出 374.11 万元，预算执行率 97.86%。其中：预算项目 3 个，金额合计 65 万元，实际支出 63.62 万元，执行率为 97.88% 等。");
    }
}
