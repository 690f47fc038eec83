package org.jixiao.report.selfeval;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.selfeval.BudgetBlock;
import org.jixiao.core.selfeval.FundRow;
import org.jixiao.core.selfeval.IndicatorRow;
import org.jixiao.core.selfeval.SelfEvalTable;
import org.jixiao.core.selfeval.SummaryRow;

/**
 * The self-evaluation annex as a Word document: the 汇总表 (序号, 项目名称, 自评得分, 自评等级) followed by each
 * project's 项目支出绩效自评表. Tables are passed as they should be published (computed arithmetic, the unit's own
 * indicator scores).
 */
public final class SelfEvalDocx {
    private SelfEvalDocx() {}

    /** A table printed after the 汇总表 (自评与复核, 单位差异统计): its title, then its rows, the first one the header. */
    public record Extra(String title, List<List<String>> rows) {}

    public static void write(OutputStream out, String title, String department, List<SummaryRow> summary, List<SelfEvalTable> tables)
            throws IOException {
        write(out, title, department, summary, List.of(), tables);
    }

    public static void write(OutputStream out, String title, String department, List<SummaryRow> summary, List<Extra> extras,
            List<SelfEvalTable> tables) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            heading(doc, title);
            paragraph(doc, "预算部门：" + department, false);
            XWPFTable sum = doc.createTable(summary.size() + 1, 4);
            fill(sum.getRow(0), "序号", "项目名称", "自评得分", "自评等级");
            for (int i = 0; i < summary.size(); i++) {
                SummaryRow row = summary.get(i);
                fill(sum.getRow(i + 1), String.valueOf(row.seq()), row.project(), ChineseNumbers.plain(row.score()), row.grade());
            }
            for (Extra extra : extras) {
                if (extra.rows().size() < 2) {
                    continue;
                }
                paragraph(doc, "", false);
                paragraph(doc, extra.title(), true);
                XWPFTable x = doc.createTable(extra.rows().size(), extra.rows().get(0).size());
                for (int i = 0; i < extra.rows().size(); i++) {
                    fill(x.getRow(i), extra.rows().get(i).toArray(String[]::new));
                }
            }
            for (SelfEvalTable table : tables) {
                doc.createParagraph().setPageBreak(true);
                heading(doc, "项目支出绩效自评表");
                paragraph(doc, "单位：万元", false);
                table(doc, table);
            }
            doc.write(out);
        }
    }

    private static void table(XWPFDocument doc, SelfEvalTable t) {
        BudgetBlock b = t.budget();
        int rows = 2 + 5 + 2 + 1 + t.indicators().size() + 1;
        XWPFTable x = doc.createTable(rows, 8);
        int r = 0;
        fill(x.getRow(r++), "项目名称", t.project(), "", "", "", "", "", "");
        fill(x.getRow(r++), "主管部门", t.department(), "", "", "实施单位", t.implementer(), "", "");
        fill(x.getRow(r++), "项目预算执行情况", "", "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分");
        String[] labels = {"年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"};
        FundRow[] funds = {b.total(), b.fiscal(), b.carryOver(), b.other()};
        for (int i = 0; i < 4; i++) {
            boolean first = i == 0;
            fill(x.getRow(r++), "", labels[i], amount(funds[i].initial()), amount(funds[i].annual()), amount(funds[i].executed()),
                    first ? ChineseNumbers.plain(b.weight()) : "", first && b.printedRate() != null ? ChineseNumbers.percent(b.printedRate()) : "",
                    first && b.printedScore() != null ? ChineseNumbers.fixed2(b.printedScore()) : "");
        }
        fill(x.getRow(r++), "年度总体目标", "年初预期目标", t.goalExpected(), "", "目标实际完成情况", t.goalAchieved(), "", "");
        fill(x.getRow(r++), "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "分值", "得分", "偏差原因分析及改进措施");
        for (IndicatorRow row : t.indicators()) {
            fill(x.getRow(r++), row.level1(), row.level2(), row.name(), row.targetText(), row.actualText(),
                    row.weight() == null ? "" : ChineseNumbers.plain(row.weight()),
                    row.recordedScore() == null ? "" : ChineseNumbers.plain(row.recordedScore()), row.deviation());
        }
        fill(x.getRow(r++), "总分", "", "", "", "", "", t.printedTotal() == null ? "" : ChineseNumbers.fixed2(t.printedTotal()), "");
        fill(x.getRow(r), "总分在80分以下的项目未实现绩效目标的原因分析及拟采取的措施说明：", t.explanation(), "", "", "", "", "", "");
    }

    private static String amount(BigDecimal value) {
        return value == null ? "" : ChineseNumbers.plainAmount(value);
    }

    private static void fill(XWPFTableRow row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            row.getCell(i).setText(cells[i] == null ? "" : cells[i]);
        }
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = p.createRun();
        run.setBold(true);
        run.setFontSize(16);
        run.setText(text);
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setBold(bold);
        run.setText(text);
    }
}
