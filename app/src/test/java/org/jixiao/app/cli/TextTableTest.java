package org.jixiao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextTableTest {
    private static final List<String> HEADERS = List.of("项目名称", "总分");

    @Test
    void aStreamingTableOfFewRowsPrintsWhatTheWholeTablePrints() {
        TextTable whole = new TextTable(HEADERS, false, true).row("安全生产综合管理经费", "97.41").row("数字化工作经费", "93.54");
        StringWriter text = new StringWriter();
        TextTable streaming = TextTable.streaming(new PrintWriter(text), 200, HEADERS, false, true);
        streaming.row("安全生产综合管理经费", "97.41").row("数字化工作经费", "93.54");
        assertThat(text.toString()).isEmpty(); // still measuring the widths
        streaming.finish();
        assertThat(text.toString()).isEqualTo(whole.render());
    }

    @Test
    void rowsAfterTheSampleArePrintedAtOnceInTheSampledWidths() {
        StringWriter text = new StringWriter();
        TextTable table = TextTable.streaming(new PrintWriter(text), 2, HEADERS, false, true);
        table.row("甲项目", "90.19").row("乙项目", "91.38");
        String sampled = text.toString();
        assertThat(sampled.lines()).containsExactly("项目名称   总分", "───────────────", "甲项目    90.19", "乙项目    91.38");
        table.row("丙项目", "5.93");
        assertThat(text.toString()).isEqualTo(sampled + "丙项目     5.93\n"); // printed before the table ends
        table.row("一个名称更长的项目", "100.00"); // wider than the sample: only its own line is wider
        table.finish();
        assertThat(text.toString().lines().skip(5)).containsExactly("一个名称更长的项目  100.00");
    }
}
