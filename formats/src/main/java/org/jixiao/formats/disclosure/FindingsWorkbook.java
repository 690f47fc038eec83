package org.jixiao.formats.disclosure;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jixiao.core.disclosure.DisclosureRules;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.RecoveredReport;
import org.jixiao.core.review.Severity;
import org.jixiao.core.review.Where;
import org.jixiao.formats.review.ReviewedDocument;
import org.jixiao.formats.review.TableSummary;

/**
 * The findings of a batch of disclosures as one workbook for the reviewer: 汇总 (one row per file: what it is, the tables
 * read, how many errors, notes and unchecked items, or why it could not be read), 问题清单 (every error and note with its
 * file, page, table, row and column, the figure printed and the one expected, the document's words), 未核对 (what could
 * not be checked, with the reason) and 按规则统计 (findings by rule).
 */
public final class FindingsWorkbook {
    private FindingsWorkbook() {}

    /**
     * @param documents the documents reviewed, in order
     * @param failures  files that could not be read, with the message
     */
    public static void write(List<ReviewedDocument> documents, Map<String, String> failures, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Jixiao", "1.0");
        summary(workbook.newWorksheet("汇总"), documents, failures);
        findings(workbook.newWorksheet("问题清单"), documents);
        unchecked(workbook.newWorksheet("未核对"), documents);
        byRule(workbook.newWorksheet("按规则统计"), documents);
        workbook.finish();
    }

    private static void header(Worksheet sheet, String... names) {
        for (int c = 0; c < names.length; c++) {
            sheet.value(0, c, names[c]);
            sheet.style(0, c).bold().fillColor("DDEBF7").set();
        }
        sheet.freezePane(0, 1);
    }

    private static void summary(Worksheet sheet, List<ReviewedDocument> documents, Map<String, String> failures) {
        header(sheet, "序号", "文件", "类型", "页数", "公开表", "读出的公开表", "错误", "提示", "未核对", "说明");
        int row = 1;
        for (ReviewedDocument document : documents) {
            List<String> roles = document.tables().stream().map(TableSummary::role).filter(role -> !role.equals("未使用")).toList();
            sheet.value(row, 0, row);
            sheet.value(row, 1, document.name());
            sheet.value(row, 2, document.kind().label());
            sheet.value(row, 3, document.pages());
            sheet.value(row, 4, roles.size());
            sheet.value(row, 5, String.join("、", roles));
            sheet.value(row, 6, document.result().count(Severity.ERROR));
            sheet.value(row, 7, document.result().count(Severity.WARNING) + document.result().count(Severity.INFO));
            sheet.value(row, 8, document.result().unread().size());
            row++;
        }
        for (Map.Entry<String, String> failure : failures.entrySet()) {
            sheet.value(row, 0, row);
            sheet.value(row, 1, failure.getKey());
            sheet.value(row, 2, "无法读取");
            sheet.value(row, 9, failure.getValue());
            row++;
        }
        sheet.width(1, 40);
        sheet.width(5, 60);
        sheet.width(9, 50);
    }

    private static void findings(Worksheet sheet, List<ReviewedDocument> documents) {
        header(sheet, "序号", "文件", "严重程度", "规则", "所在表或段落", "行/项目", "页", "表格", "行", "列", "印为", "应为", "说明", "原文");
        int row = 1;
        for (ReviewedDocument document : documents) {
            for (Finding finding : document.result().findings()) {
                Where where = finding.location().where();
                sheet.value(row, 0, row);
                sheet.value(row, 1, document.name());
                sheet.value(row, 2, finding.severity().label());
                sheet.value(row, 3, DisclosureRules.label(finding.code()));
                sheet.value(row, 4, finding.location().part());
                sheet.value(row, 5, finding.location().item());
                number(sheet, row, 6, where.page());
                number(sheet, row, 7, where.table());
                number(sheet, row, 8, where.row() > 0 ? where.row() : where.line() > 0 ? where.line() : where.paragraph());
                number(sheet, row, 9, where.column());
                sheet.value(row, 10, finding.printed());
                sheet.value(row, 11, finding.expected());
                sheet.value(row, 12, finding.message());
                sheet.value(row, 13, finding.quotation());
                if (finding.isError()) {
                    sheet.style(row, 2).fontColor("C00000").set();
                }
                row++;
            }
        }
        sheet.width(1, 30);
        sheet.width(4, 36);
        sheet.width(5, 30);
        sheet.width(12, 80);
        sheet.width(13, 60);
    }

    private static void number(Worksheet sheet, int row, int column, int value) {
        if (value > 0) {
            sheet.value(row, column, value);
        }
    }

    private static void unchecked(Worksheet sheet, List<ReviewedDocument> documents) {
        header(sheet, "序号", "文件", "位置", "原因", "原文");
        int row = 1;
        for (ReviewedDocument document : documents) {
            for (RecoveredReport.Unread unread : document.result().unread()) {
                sheet.value(row, 0, row);
                sheet.value(row, 1, document.name());
                sheet.value(row, 2, unread.quote().where().describe());
                sheet.value(row, 3, unread.reason());
                sheet.value(row, 4, unread.quote().shortText(120));
                row++;
            }
        }
        sheet.width(1, 30);
        sheet.width(3, 70);
        sheet.width(4, 60);
    }

    private static void byRule(Worksheet sheet, List<ReviewedDocument> documents) {
        header(sheet, "规则", "错误", "提示", "涉及文件数");
        Map<String, int[]> counts = new LinkedHashMap<>();
        DisclosureRules.all().keySet().forEach(code -> counts.put(code, new int[3]));
        for (ReviewedDocument document : documents) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Finding finding : document.result().findings()) {
                int[] count = counts.computeIfAbsent(finding.code(), k -> new int[3]);
                count[finding.isError() ? 0 : 1]++;
                if (seen.add(finding.code())) {
                    count[2]++;
                }
            }
        }
        int row = 1;
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            sheet.value(row, 0, DisclosureRules.label(entry.getKey()));
            sheet.value(row, 1, entry.getValue()[0]);
            sheet.value(row, 2, entry.getValue()[1]);
            sheet.value(row, 3, entry.getValue()[2]);
            row++;
        }
        sheet.width(0, 30);
    }
}
