package org.jixiao.report.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.formats.dataset.DatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesAndPlaceholdersTest {
    private static final String MINIMAL = """
            format: jixiao.evaluation/1
            meta: {department: 示例局, year: 2024}
            indicators:
              - name: 管理效率
                weight: 60
                children:
                  - name: 预算执行
                    weight: 60
                    rule: {kind: deductions, items: [{points: 6, reason: 执行进度偏慢}]}
              - name: 履职效能
                weight: 40
                rule: {kind: qualitative, level: 达成, score: 36}
            """;

    @Test
    void aMinimalUserTemplateRendersItsTagsInItsOwnOrder() throws Exception {
        byte[] template;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("XX评价公司 · {{department}}");
            doc.createParagraph().createRun().setText("综合得分：{{total_score}}（{{grade}}）");
            doc.createParagraph().createRun().setText("{{conclusion}}");
            doc.createParagraph().createRun().setText("{{indicator_analysis}}");
            doc.createParagraph().createRun().setText("{{annex_scores}}");
            doc.write(out);
            template = out.toByteArray();
        }
        EvaluationResult result = EvaluationScorer.score(DatasetReader.read(WordReportTest.EXAMPLE).evaluation());
        try (XWPFDocument report = new XWPFDocument(new ByteArrayInputStream(EvaluationReport.docx(result, template)))) {
            List<String> texts = report.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts.get(0)).isEqualTo("XX评价公司 · 威海临港经济技术开发区经济发展局");
            assertThat(texts.get(1)).isEqualTo("综合得分：86.78（良）");
            // the template's order decides the numbering: 综合评价结论 is chapter 一 and holds 表1
            assertThat(texts.get(2)).isEqualTo("一、综合评价结论");
            assertThat(texts).contains("二、评价指标分析", "表1：部门整体绩效评价得分情况表", "表2：管理效率指标得分情况");
            assertThat(texts).anyMatch(t -> t.startsWith("附件1："));
            assertThat(texts).noneMatch(t -> t.contains("{{") || t.contains("摘要") || t.contains("部门基本情况"));
            assertThat(report.getCharts()).hasSize(2); // 一级得分率, and the monthly chart beside 预算执行效率
        }
    }

    @Test
    void theExportedDefaultTemplateIsAUsableTemplate() throws Exception {
        try (XWPFDocument template = new XWPFDocument(new ByteArrayInputStream(EvaluationReport.defaultTemplate()))) {
            String text = template.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
            assertThat(text).contains("{{title}}", "{{department}}", "{{client}}", "{{agency}}", "{{report_date}}",
                    "{{summary}}", "{{basic_info}}", "{{evaluation_info}}", "{{conclusion}}", "{{indicator_analysis}}",
                    "{{achievements}}", "{{problems}}", "{{suggestions}}", "{{annex_scores}}", "{{annex_targets}}");
        }
    }

    @Test
    void missingOptionalProseLeavesMarkedPlaceholdersNotEmptyHeadings() throws Exception {
        EvaluationResult result = EvaluationScorer.score(DatasetReader.read("minimal.yaml", MINIMAL, false).evaluation());
        try (XWPFDocument report = new XWPFDocument(new ByteArrayInputStream(EvaluationReport.docx(result)))) {
            List<String> texts = report.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).contains("委托单位：【待填写：委托单位】", "评价机构：【待填写：评价机构】", "【待填写：报告日期】",
                    "【待填写：机构设置与职能职责】", "【待填写：主要成效】", "【待填写：存在的问题及原因分析】", "【待填写：意见建议】",
                    "【待填写：“预算执行”的评价依据和佐证情况】", "【待填写：预算批复、调整及执行情况（数据文件中没有 budget）】",
                    "【待填写：绩效目标及实际完成情况（数据文件中没有 targets）】");
            assertThat(texts).contains("该指标分值40分，评价得分36分，得分率90%。", "2024年度示例局部门整体绩效评价得分为90.00分，综合绩效级别为“优”。");
            // every heading is followed by something
            for (int i = 0; i + 1 < report.getBodyElements().size(); i++) {
                if (report.getBodyElements().get(i) instanceof XWPFParagraph p && p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    assertThat(report.getBodyElements().get(i + 1)).as(p.getText()).satisfies(next ->
                            assertThat(next instanceof XWPFParagraph q && q.getStyle() != null && q.getStyle().equals("Heading1")).isFalse());
                }
            }
        }
        String html = EvaluationReport.html(result);
        assertThat(html).contains("<p class=\"placeholder\">【待填写：主要成效】</p>");
    }

    @Test
    void htmlPreviewHasTheTablesAndSvgCharts() throws Exception {
        EvaluationResult result = EvaluationScorer.score(DatasetReader.read(WordReportTest.EXAMPLE).evaluation());
        String html = EvaluationReport.html(result);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">")
                .contains("<td class=\"left\">管理效率</td><td class=\"right\">32.00</td><td class=\"right\">24.28</td><td class=\"right\">75.88%</td>")
                .contains("该指标分值32分，评价得分24.28分，得分率75.88%。")
                .doesNotContain("http://cdn").doesNotContain("<script");
        assertThat(html.split("<svg ", -1)).hasSize(4); // three charts
        assertThat(html).contains("<title>图3：一般公共预算执行进度与序时进度</title>");
    }

    /** Where LibreOffice and a CJK font are installed, the .docx converts to a PDF whose text is Chinese, not boxes. */
    @Test
    void libreOfficeRendersTheChineseText(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("soffice") && onPath("pdftotext"), "LibreOffice or poppler-utils not installed: skipped");
        Process fonts = new ProcessBuilder("fc-list", ":lang=zh").redirectErrorStream(true).start();
        String cjk = new String(fonts.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(fonts.waitFor() == 0 && !cjk.isBlank(), "no CJK font installed (see docs/report-templates.md): skipped");
        EvaluationResult result = EvaluationScorer.score(DatasetReader.read(WordReportTest.EXAMPLE).evaluation());
        Path docx = dir.resolve("report.docx");
        Files.write(docx, EvaluationReport.docx(result));
        Process convert = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString()).redirectErrorStream(true).start();
        assertThat(convert.waitFor(180, TimeUnit.SECONDS)).isTrue();
        Process text = new ProcessBuilder("pdftotext", dir.resolve("report.pdf").toString(), "-").start();
        String pdf = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(pdf).contains("综合评价结论").contains("86.78").contains("良");
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
