package org.jixiao.report.review;

import static org.jixiao.report.html.HtmlText.escape;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.RecoveredReport;
import org.jixiao.core.review.ReviewResult;
import org.jixiao.core.review.Severity;
import org.jixiao.report.html.HtmlText;

/**
 * The review of an existing report as a document for people (复核意见): what was recovered, each finding with its
 * location, printed and recomputed value, rule and quotation, and everything that could not be read or checked.
 */
public final class FindingsDocument {
    private static final List<String> HEADER = List.of("序号", "类别", "位置", "报告数", "复算数", "规则", "说明及原文");

    private FindingsDocument() {}

    /** "恢复出指标体系：一级 4 个，二级 12 个，三级 26 个，四级 37 个，末级（计分）46 个；综合得分 86.78 分，等级“良”。" */
    public static String recoveredSummary(ReviewResult result) {
        RecoveredReport report = result.recovered();
        StringBuilder text = new StringBuilder();
        if (report == null) {
            // a review that recovers no indicator system (a 决算/预算 disclosure): its summary is its tables
            return "";
        }
        if (report.roots().isEmpty()) {
            text.append("未恢复出指标得分表");
        } else {
            text.append("恢复出指标体系：");
            String[] names = {"一级", "二级", "三级", "四级", "五级"};
            for (int level = 1; level <= names.length; level++) {
                int count = result.countAtLevel(level);
                if (count > 0) {
                    text.append(level > 1 ? "，" : "").append(names[level - 1]).append(' ').append(count).append(" 个");
                }
            }
            text.append("，末级（计分）指标 ").append(result.leafCount()).append(" 个");
        }
        report.totals().stream().filter(total -> total.score() != null).findFirst()
                .ifPresent(total -> text.append("；报告所述综合得分 ").append(total.score().toPlainString()).append(" 分"));
        report.totals().stream().filter(total -> total.grade() != null).findFirst()
                .ifPresent(total -> text.append("，等级“").append(total.grade()).append("”"));
        text.append("；正文指标句 ").append(report.formulaLines().size()).append(" 处，比率 ").append(report.ratios().size())
                .append(" 处，其他数字表格 ").append(report.tables().size()).append(" 张。");
        return text.toString();
    }

    private static String counts(ReviewResult result) {
        return "错误 " + result.count(Severity.ERROR) + " 处，警告 " + result.count(Severity.WARNING) + " 处，提示（四舍五入）"
                + result.count(Severity.INFO) + " 处；未能读取或核对 " + result.unread().size() + " 处（未核对不代表没有问题）。";
    }

    private static List<String> cells(int index, Finding finding) {
        return List.of(String.valueOf(index), finding.severity().label(), finding.location().describe(),
                finding.printed() == null ? "" : finding.printed(), finding.expected() == null ? "" : finding.expected(),
                finding.rule() == null ? "" : finding.rule(), withQuotation(finding));
    }

    /** The finding's sentence and, when it has one, the document's own words it is about. */
    public static String withQuotation(Finding finding) {
        String quotation = finding.quotation();
        return quotation == null || quotation.isBlank() ? finding.message() : finding.message() + "。原文：" + shorten(quotation, 120);
    }

    private static String shorten(String text, int max) {
        String flat = text.replace('\t', ' ').replace('\n', ' ').strip();
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }

    public static void writeDocx(ReviewResult result, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeDocx(result, out);
        }
    }

    /** The 复核意见 as a Word document written to {@code out} (which stays open). */
    public static void writeDocx(ReviewResult result, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun titleRun = title.createRun();
            titleRun.setBold(true);
            titleRun.setFontSize(16);
            titleRun.setText("复核意见：" + result.document());
            paragraph(document, recoveredSummary(result));
            paragraph(document, counts(result));
            heading(document, "一、发现的问题");
            if (result.findings().isEmpty()) {
                paragraph(document, "未发现算术不符之处（仅限下文“未能读取或核对”以外的内容）。");
            } else {
                XWPFTable table = document.createTable(result.findings().size() + 1, HEADER.size());
                fill(table.getRow(0), HEADER);
                for (int index = 0; index < result.findings().size(); index++) {
                    fill(table.getRow(index + 1), cells(index + 1, result.findings().get(index)));
                }
            }
            heading(document, "二、未能读取或核对的内容");
            if (result.unread().isEmpty()) {
                paragraph(document, "无。");
            }
            for (RecoveredReport.Unread item : result.unread()) {
                paragraph(document, "第 " + item.quote().line() + " 行：" + item.reason() + "。原文：" + item.quote().shortText(120));
            }
            document.write(out);
        }
    }

    private static void heading(XWPFDocument document, String text) {
        XWPFRun run = document.createParagraph().createRun();
        run.setBold(true);
        run.setFontSize(13);
        run.setText(text);
    }

    private static void paragraph(XWPFDocument document, String text) {
        document.createParagraph().createRun().setText(text);
    }

    private static void fill(XWPFTableRow row, List<String> values) {
        for (int column = 0; column < values.size(); column++) {
            row.getCell(column).setText(values.get(column));
        }
    }

    public static void writeHtml(ReviewResult result, Path file) throws IOException {
        Files.writeString(file, html(result), StandardCharsets.UTF_8);
    }

    /** The 复核意见 as one HTML page (UTF-8), every text from the document escaped. */
    public static String html(ReviewResult result) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head>\n" + HtmlText.HEAD + "<title>复核意见：").append(escape(result.document()))
                .append("</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #999;"
                        + "padding:4px;vertical-align:top}.错误{color:#b00}.提示{color:#666}</style></head><body>\n");
        html.append("<h1>复核意见：").append(escape(result.document())).append("</h1>\n");
        html.append("<p>").append(escape(recoveredSummary(result))).append("</p>\n<p>").append(escape(counts(result))).append("</p>\n");
        html.append("<h2>一、发现的问题</h2>\n");
        if (result.findings().isEmpty()) {
            html.append("<p>未发现算术不符之处（仅限下文“未能读取或核对”以外的内容）。</p>\n");
        } else {
            html.append("<table><tr>");
            HEADER.forEach(cell -> html.append("<th>").append(escape(cell)).append("</th>"));
            html.append("</tr>\n");
            for (int index = 0; index < result.findings().size(); index++) {
                Finding finding = result.findings().get(index);
                html.append("<tr class=\"").append(finding.severity().label()).append("\">");
                cells(index + 1, finding).forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
                html.append("</tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("<h2>二、未能读取或核对的内容</h2>\n<ul>\n");
        for (RecoveredReport.Unread item : result.unread()) {
            html.append("<li>第 ").append(item.quote().line()).append(" 行：").append(escape(item.reason())).append("。原文：")
                    .append(escape(item.quote().shortText(120))).append("</li>\n");
        }
        html.append("</ul>\n</body></html>\n");
        return html.toString();
    }
}
