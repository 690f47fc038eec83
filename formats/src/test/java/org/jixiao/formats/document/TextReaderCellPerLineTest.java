package org.jixiao.formats.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jixiao.core.review.Where;
import org.junit.jupiter.api.Test;

/**
 * Text as plain {@code pdftotext} writes tables: with tall rows every cell on its own line between blank lines, row
 * after row; with tight rows column by column, or merged cells once. Only the first is read as a table.
 */
class TextReaderCellPerLineTest {
    private static final String INPUTS = "inputs/";

    @Test
    void recoversTheRowsOfTablesPrintedOneCellPerLineFromTheirHeader() throws Exception {
        SourceDocument document = Grids.read(INPUTS + "weihai-budget.plain.txt");
        assertThat(document.tables()).hasSize(2);
        assertThat(Grids.rows(document.tables().get(0))).containsExactlyElementsOf(Grids.lines("""
                年度 | 一般公共预算财政拨款收入 | 政府性基金收入 | 年初结转结余 | 合计 | 环比增长率
                2020 | 1,433.25 | 4,108.44 | 179.81 | 5,721.50 | ——
                2021 | 2,506.87 | 2,308.76 | 136.28 | 4,951.91 | -13.45%
                2022 | 5,073.76 | 4,664.64 | —— | 9,738.40 | 96.66%
                """));
        assertThat(Grids.rows(document.tables().get(1))).containsExactlyElementsOf(Grids.lines("""
                年度 | 基本支出 | 项目支出 | 合计 | 环比增长率
                2020 | 657.62 | 4,917.97 | 5,575.59 | ——
                2021 | 773.05 | 4,178.86 | 4,951.91 | -11.19%
                2022 | 893.44 | 8,844.96 | 9,738.40 | 96.66%
                """));
        // the header cell 一般公共预算财政/拨款收入 was printed on lines 6-7; 96.66% of 2022 on line 52
        TableBlock income = document.tables().get(0);
        assertThat(income.cellAt(0, 1).where()).isEqualTo(new Where(1, 6, 0, 1, 1, 2));
        assertThat(income.cellAt(3, 5).where()).isEqualTo(new Where(1, 52, 0, 1, 4, 6));
        // 表9 (merged 项目类别, cells of several lines) comes out of plain pdftotext in no order a header explains: text
        assertThat(document.paragraphs()).extracting(TextBlock::text)
                .containsSubsequence("表 9：项目支出预决算差异及原因分析", "上级专", "项资金", "序", "号", "1", "2", "3");
    }

    @Test
    void readsOnOverAPageNumberAndKeepsItAsText() throws Exception {
        SourceDocument document = Grids.read(INPUTS + "weihai-tables.plain.txt");
        assertThat(document.tables()).singleElement().satisfies(table -> {
            List<String> rows = Grids.rows(table);
            assertThat(rows).hasSize(37);
            assertThat(rows.get(0)).isEqualTo("序号 | 项目名称 | 项目预算金额 | 重点/非重点项目");
            assertThat(rows.subList(17, 19)).containsExactly("17 | 节能审查、监察工作经费 | 20.00 | 非重点项目",
                    "18 | 人才聚集工程奖励资金 | 31.00 | 非重点项目");
            assertThat(rows.get(36)).isEqualTo("36 | 急需紧缺人才资金 | 0.69 | 非重点项目");
            assertThat(table.cellAt(18, 0).where().page()).isEqualTo(2);
        });
        assertThat(document.paragraphs()).extracting(TextBlock::text).contains("-1-");
    }

    @Test
    void tablesPrintedColumnByColumnOrWithMergedCellsStayText() throws Exception {
        for (String name : new String[] {"weihai-scores.plain.txt", "weihai-top.plain.txt", "zibo-selfeval.plain.txt"}) {
            SourceDocument document = Grids.read(INPUTS + name);
            assertThat(document.tables()).as(name).isEmpty();
            assertThat(document.notes()).as(name).isEmpty();
        }
        SourceDocument scores = Grids.read(INPUTS + "weihai-scores.plain.txt");
        // 表6 printed column by column: 评价内容, its five names, then 分值 and its values …
        assertThat(scores.paragraphs()).extracting(TextBlock::text).containsSubsequence("评价内容", "管理效率", "履职效能", "分值", "32.00");
    }

    @Test
    void aTotalRowWhoseLabelSpansTheNameColumnsEndsTheTable() throws Exception {
        String text = String.join("\n\n", "表 6：一级指标得分情况", "一级指标", "二级指标", "分值", "得分", "得分率",
                "管理效率", "预算管理", "9.00", "6.80", "75.56%",
                "管理效率", "成本控制", "6.00", "4.38", "73.00%",
                "合计", "15.00", "11.18", "74.53%",
                "以上得分由评价组按评分标准评定。") + "\n";
        SourceDocument document = Documents.read("scores.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(document.tables()).singleElement().satisfies(table -> assertThat(Grids.rows(table)).containsExactly(
                "一级指标 | 二级指标 | 分值 | 得分 | 得分率",
                "管理效率 | 预算管理 | 9.00 | 6.80 | 75.56%",
                "管理效率 | 成本控制 | 6.00 | 4.38 | 73.00%",
                "合计{c2} | < | 15.00 | 11.18 | 74.53%"));
        assertThat(document.paragraphs()).extracting(TextBlock::text)
                .containsExactly("表 6：一级指标得分情况", "以上得分由评价组按评分标准评定。");
    }

    @Test
    void cellsThatStopFittingTheirColumnsEndTheTableAndFewerThanTwoRowsAreNoTable() throws Exception {
        // the second row's 一级指标 is merged with the first's and printed once: 成本控制 lands under 一级指标 and 6.00
        // under 二级指标, which holds names; one row is left, which is no table
        String merged = String.join("\n", "一级指标", "二级指标", "分值", "得分", "管理效率", "预算管理", "9.00", "6.80",
                "成本控制", "6.00", "4.38", "资产管理", "4.00", "3.20") + "\n";
        SourceDocument document = Documents.read("t.txt", merged.getBytes(StandardCharsets.UTF_8));
        assertThat(document.tables()).isEmpty();
        assertThat(document.paragraphs()).hasSize(14);
        // side by side: two groups of 名称 | 金额 in one row is a table of four columns
        String sideBySide = String.join("\n", "名称", "金额", "名称", "金额", "甲", "1.00", "乙", "2.00", "丙", "3.00", "丁", "4.00") + "\n";
        SourceDocument pairs = Documents.read("t.txt", sideBySide.getBytes(StandardCharsets.UTF_8));
        assertThat(pairs.tables()).singleElement().satisfies(table -> assertThat(Grids.rows(table))
                .containsExactly("名称 | 金额 | 名称 | 金额", "甲 | 1.00 | 乙 | 2.00", "丙 | 3.00 | 丁 | 4.00"));
    }
}
