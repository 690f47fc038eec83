package org.jixiao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao selfeval …} the way a user runs it. */
class SelfEvalCliTest {
    private static final String EXAMPLE = Path.of("..", "examples", "zibo-2024-selfeval").toString();

    @Test
    void importPrintsTheScoresOfTheZiboExample() {
        CliTest.Run run = CliTest.run("selfeval", "import", EXAMPLE);
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .containsPattern("安全生产综合管理经费\\s+74\\.14%\\s+7\\.41\\s+90\\.00\\s+97\\.41\\s+优\\s+97\\.41")
                .containsPattern("第三方护航商贸领域运行安全项目\\s+59\\.25%\\s+5\\.93\\s+90\\.00\\s+95\\.93\\s+优")
                .containsPattern("数字化工作经费\\s+35\\.36%\\s+3\\.54\\s+90\\.00\\s+93\\.54\\s+优")
                .containsPattern("技改装备科工作经费\\s+13\\.78%\\s+1\\.38\\s+90\\.00\\s+91\\.38\\s+优")
                .containsPattern("非公有制企业党委党建工作经费\\s+1\\.94%\\s+0\\.19\\s+90\\.00\\s+90\\.19\\s+优")
                .contains("导入自评表 5 张");
    }

    @Test
    void reviewWritesTheFindingsWorkbookAndSummarises(@TempDir Path dir) {
        Path findings = dir.resolve("复核.xlsx");
        CliTest.Run run = CliTest.run("selfeval", "review", EXAMPLE, "-o", findings.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("复核自评表 5 张，其中 4 张有发现；错误 0 条，警告 11 条")
                .contains("警告 SE_LOW_EXEC_FULL：4 条")
                .contains("[警告] SE_LOW_EXEC_FULL zibo-2024-selfeval.xlsx › 5-非公有制企业党委党建工作经费 › H6：“非公有制企业党委党建工作经费”预算执行率仅 1.94%");
        assertThat(findings).exists();
    }

    @Test
    void templateThenImportOfTheBlankTemplateImportsNothingAndLosesNothing(@TempDir Path dir) {
        Path template = dir.resolve("自评表.xlsx");
        assertThat(CliTest.run("selfeval", "template", "-o", template.toString()).exit()).isZero();
        CliTest.Run run = CliTest.run("selfeval", "import", template.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("共读取工作簿 1 个，导入自评表 0 张。");
    }

    @Test
    void generateThenReviewAndSample(@TempDir Path dir) throws Exception {
        CliTest.Run gen = CliTest.run("selfeval", "generate", "--count", "120", "--per-file", "40", "--defect-share", "0.2",
                "--bad-files", "2", "-o", dir.toString());
        assertThat(gen.exit()).isZero();
        assertThat(gen.out()).contains("已生成 5 个工作簿、122 张自评表");
        assertThat(Files.readAllLines(dir.resolve("manifest.tsv")).get(0)).isEqualTo("工作簿\t工作表\t规则代码");

        CliTest.Run review = CliTest.run("selfeval", "review", dir.toString());
        // the two bad workbooks hold cells that cannot be checked: imported, the cells named as not checked
        assertThat(review.exit()).isZero();
        assertThat(review.out()).contains("导入自评表 122 张").contains("提示 SE_UNCHECKED：2 条");

        Path sample = dir.resolve("样本.xlsx");
        CliTest.Run first = CliTest.run("selfeval", "sample", "--min-count", "30%", "--min-amount", "60%", "--seed", "7", "-o",
                sample.toString(), dir.toString());
        CliTest.Run second = CliTest.run("selfeval", "sample", "--min-count", "30%", "--min-amount", "60%", "--seed", "7", dir.toString());
        assertThat(first.out()).containsPattern("抽取 \\d+ / 122 个项目").containsPattern("风险排序第 \\d+ 位（风险分");
        assertThat(second.out().lines().filter(l -> l.contains("合成项目")).toList())
                .isEqualTo(first.out().lines().filter(l -> l.contains("合成项目")).toList());
        assertThat(sample).exists();
    }

    @Test
    void exportWritesWorkbookAndWordDocument(@TempDir Path dir) throws Exception {
        CliTest.Run run = CliTest.run("selfeval", "export", EXAMPLE, "-o", dir.toString(), "--department", "淄博高新区工业信息化和商务局");
        assertThat(run.exit()).isZero();
        assertThat(dir.resolve("自评表导出.xlsx")).exists();
        assertThat(dir.resolve("自评表导出.docx")).exists();
        // the exported workbook imports again to the same totals
        CliTest.Run again = CliTest.run("selfeval", "import", dir.resolve("自评表导出.xlsx").toString());
        assertThat(again.out()).contains("97.41").contains("90.19").contains("导入自评表 5 张");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(dir.resolve("自评表导出.docx")))) {
            var summary = doc.getTables().get(0);
            assertThat(summary.getRow(0).getCell(2).getText()).isEqualTo("自评得分");
            assertThat(summary.getRow(5).getCell(1).getText()).isEqualTo("非公有制企业党委党建工作经费");
            assertThat(summary.getRow(5).getCell(2).getText()).isEqualTo("90.19");
            assertThat(summary.getRow(5).getCell(3).getText()).isEqualTo("优");
        }
    }

    @Test
    void badPercentagesAreRefused() {
        CliTest.Run run = CliTest.run("selfeval", "sample", "--min-count", "130%", EXAMPLE);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("抽查比例应为 0% 到 100% 之间");
    }
}
