package org.jixiao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao review} as a user runs it: console summary, findings documents, and clear messages for bad files. */
class ReviewCliTest {
    private static final String REPORT = String.join("\n",
            "表 1：部门整体绩效评价得分情况表",
            "",
            "评价内容\t分值\t评价得分\t得分率",
            "投入管理\t40.00\t34.00\t85.00%",
            "产出效益\t60.00\t52.00\t86.67%",
            "综合得分\t100.00\t86.00\t86.00%",
            "综合绩效级别\t优\t\t",
            "",
            "部门核定人员 10 名，实际在职人员 9 名，在职人员控制率为 95%。",
            "");

    @Test
    void reviewPrintsEachFindingWithItsQuotationAndExitsZero(@TempDir Path dir) throws Exception {
        Path report = Files.writeString(dir.resolve("报告.txt"), REPORT);

        CliTest.Run run = CliTest.run("review", report.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("恢复出指标体系：一级 2 个")
                .contains("发现：错误 1 处，警告 1 处")
                // no bands stated: 86 is 良 by the standard bands but 优 under 85/75/60, so a warning, not an error
                .contains("[警告] 报告.txt › 综合得分 (第 7 行) GRADE")
                .contains("综合得分 86.00 分按默认等级标准应为“良”，报告写作“优”")
                .contains("[错误] 报告.txt › 在职人员控制率 (第 9 行) RATIO")
                .contains("报告为 95，复算为 90.00");
    }

    @Test
    void reviewWritesAFindingsDocxAndHtml(@TempDir Path dir) throws Exception {
        Path report = Files.writeString(dir.resolve("报告.txt"), REPORT);
        Path docx = dir.resolve("复核意见.docx");
        Path html = dir.resolve("复核意见.html");

        assertThat(CliTest.run("review", report.toString(), "-o", docx.toString()).exit()).isZero();
        assertThat(CliTest.run("review", report.toString(), "-o", html.toString()).exit()).isZero();

        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            assertThat(document.getTables()).hasSize(1);
            assertThat(document.getTables().get(0).getRows()).hasSize(3);
            assertThat(document.getTables().get(0).getRow(1).getCell(3).getText()).isEqualTo("优");
            assertThat(document.getTables().get(0).getRow(1).getCell(4).getText()).isEqualTo("良");
            assertThat(document.getTables().get(0).getRow(2).getCell(6).getText()).contains("实际在职人员 9 名");
        }
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("<h1>复核意见：报告.txt</h1>")
                .contains("<td>在职人员控制率 (第 9 行)</td>".replace("在职", "报告.txt › 在职"));
    }

    @Test
    void anEmptyFileIsRefusedClearly(@TempDir Path dir) throws Exception {
        CliTest.Run run = CliTest.run("review", Files.createFile(dir.resolve("空.txt")).toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("空.txt：文件为空，没有可复核的内容" + System.lineSeparator());
    }

    @Test
    void aBinaryFileIsRefusedClearly(@TempDir Path dir) throws Exception {
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        CliTest.Run run = CliTest.run("review", binary.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("image.txt：不是可识别的文档").doesNotContain("Exception");
    }

    @Test
    void aBrokenDocxIsRefusedClearly(@TempDir Path dir) throws Exception {
        Path docx = Files.writeString(dir.resolve("报告.docx"), "这不是 Word 文档");
        CliTest.Run run = CliTest.run("review", docx.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("报告.docx：无法作为 Word 文档（.docx）打开").doesNotContain("Exception");
    }

    @Test
    void aDamagedPdfIsRefusedClearly(@TempDir Path dir) throws Exception {
        Path pdf = Files.writeString(dir.resolve("报告.pdf"), "%PDF-1.7\n");
        CliTest.Run run = CliTest.run("review", pdf.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("报告.pdf：无法作为 PDF 打开，文件可能已损坏或不完整").doesNotContain("Exception");
    }

    @Test
    void aTextWithoutEvaluationContentIsRefusedClearly(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("通知.txt"), "关于召开年度工作会议的通知\n\n请各科室于 3 月 5 日上午 9 时参加会议。\n");
        CliTest.Run run = CliTest.run("review", text.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("通知.txt：看不出是绩效评价报告、绩效自评表或决算/预算公开文件").doesNotContain("Exception");
    }

    @Test
    void aMissingFileIsRefusedClearly(@TempDir Path dir) {
        CliTest.Run run = CliTest.run("review", dir.resolve("不存在.docx").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("不存在.docx：文件不存在");
    }
}
