package org.jixiao.formats.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markdown: pipe tables (with or without outer pipes, bold cells, escaped pipes), headings, lists, HTML tables. */
class MarkdownReaderTest {
    @Test
    void readsPipeTablesHeadingsListsAndHtmlTablesWrittenInside() throws Exception {
        SourceDocument document = Grids.read("report-with-tables.md");
        assertThat(document.format()).isEqualTo(SourceDocument.Format.MARKDOWN);
        assertThat(document.notes()).isEmpty();
        assertThat(document.paragraphs()).extracting(block -> block.headingLevel() + " " + block.text()).containsExactly(
                "1 2022 年度部门整体绩效评价报告",
                "3 三、综合评价结论",
                "0 综合评价得分 86.78 分，绩效级别为“良”。",
                "4 （一）管理效率",
                "0 主要问题：",
                "0 预算执行率较高；",
                "0 资产管理规范。",
                "0 1. 固定资产利用率 100%",
                "0 2. 资产管理规范性有待提高",
                "0 表 4：2020-2022 年度部门支出决算变动情况表",
                // an HTML table shown as code is text, not a table
                "0 <table><tr><td>示例代码，不是表格</td></tr></table>",
                "0 注：单位为万元。");
        assertThat(document.tables()).hasSize(3);
        // no outer pipes, **bold** cells, an escaped pipe inside a cell
        assertThat(Grids.rows(document.tables().get(0))).containsExactly(
                "评价内容 | 分值 | 评价得分 | 得分率",
                "管理效率 | 32.00 | 24.28 | 75.88%",
                "履职效能 | 38.00 | 37.50 | 98.68%",
                "社会效应|其他 | 20.00 | 17.00 | 85.00%",
                "综合得分 | 100.00 | 86.78 | 86.78%");
        // outer pipes, an empty cell kept as a blank
        assertThat(Grids.rows(document.tables().get(1))).containsExactly(
                "二级指标 | 三级指标 | 分 值 | 得 分",
                "决策管理 (2) | 决策依据充分性 (1) | 1.00 | 0.70",
                "| 决策程序规范性 (1) | 1.00 | 1.00");
        // an HTML table with blank lines and an indented row inside (Markdown alone would read that row as code), and a
        // rowspan past its last row
        assertThat(Grids.rows(document.tables().get(2))).containsExactly(
                "年 度 | 基本支出 | 项目支出",
                "2020 | 657.62 | 4,917.97",
                "2021 | 773.05 | 4,178.86",
                "2022 | 893.44 | 8,844.96");
        assertThat(document.tables().get(0).cellAt(4, 3).where().describe()).isEqualTo("第 1 个表格 第 5 行 第 4 列");
    }

    @Test
    void anHtmlTableInsideAListItemIsATable() throws Exception {
        String markdown = "- 表 1：\n  <table><tr><th>项目</th><th>金额</th></tr><tr><td>甲</td><td>1.00</td></tr></table>\n- 其他\n";
        SourceDocument document = Documents.read("list.md", markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(document.paragraphs()).extracting(TextBlock::text).containsExactly("表 1：", "其他");
        assertThat(document.tables()).singleElement().satisfies(table -> assertThat(Grids.rows(table)).containsExactly("项目 | 金额", "甲 | 1.00"));
    }
}
