package org.jixiao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao report} as a user runs it. */
class ReportCliTest {
    private static final String EXAMPLE = Path.of("..", "examples", "weihai-econ-2022.yaml").toString();

    @Test
    void writesAWordReport(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("报告.docx");
        CliTest.Run run = CliTest.run("report", EXAMPLE, "-o", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("已生成报告：" + out + "（综合得分 86.78 分，良）");
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(out))) {
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText).contains("三、综合评价结论");
        }
    }

    @Test
    void writesAnHtmlPreviewChosenByTheExtension(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("报告.html");
        assertThat(CliTest.run("report", EXAMPLE, "-o", out.toString()).exit()).isZero();
        assertThat(Files.readString(out)).contains("<h1>三、综合评价结论</h1>").contains("<svg ");
    }

    @Test
    void exportsTheDefaultTemplateAndRendersWithIt(@TempDir Path dir) throws Exception {
        Path template = dir.resolve("模板.docx");
        assertThat(CliTest.run("report", "--export-template", template.toString()).exit()).isZero();
        Path out = dir.resolve("out.docx");
        CliTest.Run run = CliTest.run("report", EXAMPLE, "--template", template.toString(), "-o", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(Files.size(out)).isGreaterThan(10_000);
    }

    @Test
    void aBrokenTemplateIsBadInputNotACrash(@TempDir Path dir) throws Exception {
        Path template = dir.resolve("bad.docx");
        Files.writeString(template, "not a word file");
        CliTest.Run run = CliTest.run("report", EXAMPLE, "--template", template.toString(), "-o", dir.resolve("x.docx").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(template + ": 不是可用的 Word 模板（.docx）").doesNotContain("\tat ");
        assertThat(CliTest.run("report", EXAMPLE, "--template", dir.resolve("missing.docx").toString()).err()).contains("模板文件不存在");
    }

    @Test
    void anUnknownFormatIsRejected() {
        CliTest.Run run = CliTest.run("report", EXAMPLE, "--format", "pdf");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("不支持的格式“pdf”");
    }
}
