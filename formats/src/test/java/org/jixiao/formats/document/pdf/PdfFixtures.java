package org.jixiao.formats.document.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Writes the test documents of the PDF reader the way real reports are made: a Word document (.docx, built here with
 * POI: merged cells, repeated header rows, a borderless table, a landscape section, a running header and page numbers)
 * exported to PDF by LibreOffice. The .docx and .pdf files are committed as test resources; run this to make them
 * again (needs {@code soffice} and the Noto CJK fonts):
 *
 * <pre>
 * mvn -q -o test-compile -pl formats
 * java -cp formats/target/test-classes:formats/target/classes:$(mvn -q -o dependency:build-classpath -pl formats \
 *     -Dmdep.outputFile=/dev/stdout) org.jixiao.formats.document.pdf.PdfFixtures formats/src/test/resources/org/jixiao/formats/document/pdf
 * </pre>
 */
public final class PdfFixtures {
    static final String CJK = "Noto Sans CJK SC";
    static final String LATIN = "DejaVu Serif";
    static final String SCORE_REPORT = "score-report";
    static final String BORDERLESS_LANDSCAPE = "borderless-landscape";

    /** The score table (表1): 一级 merged over its rows, 二级 merged where it repeats, 合计 merged over the name columns. */
    static final String[][] SCORE_ROWS = {
        {"决策", "项目立项", "立项依据充分性", "3.00", "3.00", "100.00%"},
        {"决策", "项目立项", "立项程序规范性", "2.00", "1.50", "75.00%"},
        {"决策", "绩效目标", "绩效目标合理性与明确性及其与部门职责的匹配程度", "3.00", "2.40", "80.00%"},
        {"过程", "资金管理", "资金到位率", "4.00", "4.00", "100.00%"},
        {"过程", "资金管理", "预算执行率", "6.00", "5.50", "91.67%"},
        {"过程", "组织实施", "管理制度健全性", "4.00", "3.20", "80.00%"},
    };

    /** The project table (表2), long enough to run over a page break, its header repeated on the next page. */
    static List<String[]> projectRows() {
        String[] names = {"办公设备购置", "信息系统运行维护", "安全生产专项检查与隐患排查治理工作经费", "应急物资储备", "统计调查",
            "招商引资活动", "企业培育扶持资金", "园区环境监测", "人才引进奖励", "规划编制"};
        List<String[]> rows = new ArrayList<>();
        long budgetTotal = 0;
        long spentTotal = 0;
        for (int i = 1; i <= 56; i++) {
            long budget = 1_000 + i * 7_919L % 250_000; // cents
            long spent = budget - (i % 4 == 0 ? budget / 5 : 0);
            budgetTotal += budget;
            spentTotal += spent;
            rows.add(new String[] {Integer.toString(i), "2023年" + names[i % names.length] + (i > 10 ? "（第" + (i / 10 + 1) + "批）" : ""),
                money(budget), money(spent), percent(spent, budget)});
        }
        rows.add(new String[] {"合计", "", money(budgetTotal), money(spentTotal), percent(spentTotal, budgetTotal)});
        return rows;
    }

    /** The borderless table (表3): 一级指标 scores without any rule. */
    static final String[][] BORDERLESS_ROWS = {
        {"评价内容", "分值", "评价得分", "得分率"},
        {"管理效率", "32.00", "24.28", "75.88%"},
        {"履职效能", "38.00", "37.50", "98.68%"},
        {"社会效应", "20.00", "17.00", "85.00%"},
        {"可持续发展能力与长效管理机制建设情况", "10.00", "8.00", "80.00%"},
        {"综合得分", "100.00", "86.78", "86.78%"},
    };

    /**
     * The table drawn with column lines only (表4): rows not separated by lines, 一级 merged over its rows, so that
     * only the alignment of the figures tells the rows apart.
     */
    static final String[][] COLUMN_RULES_ROWS = {
        {"一级指标", "二级指标", "分值", "得分", "得分率"},
        {"产出", "数量指标", "20.00", "18.00", "90.00%"},
        {"产出", "质量指标", "15.00", "15.00", "100.00%"},
        {"产出", "时效指标", "10.00", "7.50", "75.00%"},
        {"效益", "社会效益指标", "30.00", "27.00", "90.00%"},
        {"效益", "可持续影响指标", "15.00", "12.00", "80.00%"},
    };

    /** The landscape self-evaluation table (表5): 一级 merged over its rows. */
    static final String[][] LANDSCAPE_ROWS = {
        {"产出指标", "数量指标", "培训企业负责人人次", "≥200人次", "236人次", "10.00", "10.00", "无偏差"},
        {"产出指标", "质量指标", "培训合格率", "≥95%", "97.5%", "10.00", "10.00", "无偏差"},
        {"产出指标", "时效指标", "培训按期完成率", "100%", "90%", "10.00", "9.00", "第四季度培训因场地调整推迟至次年一月完成，已调整计划"},
        {"效益指标", "社会效益指标", "企业安全生产事故发生率下降", "较上年下降", "下降12%", "20.00", "20.00", "无偏差"},
        {"满意度指标", "服务对象满意度指标", "参训企业满意度", "≥90%", "93%", "10.00", "10.00", "无偏差"},
    };

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "formats/src/test/resources/org/jixiao/formats/document/pdf");
        Files.createDirectories(dir);
        write(scoreReport(), dir.resolve(SCORE_REPORT + ".docx"));
        write(borderlessLandscape(), dir.resolve(BORDERLESS_LANDSCAPE + ".docx"));
        Path profile = Files.createTempDirectory("lo-profile");
        Process process = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=" + profile.toUri(), "--convert-to", "pdf",
                "--outdir", dir.toString(), dir.resolve(SCORE_REPORT + ".docx").toString(),
                dir.resolve(BORDERLESS_LANDSCAPE + ".docx").toString()).inheritIO().start();
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("soffice failed");
        }
    }

    private static void write(XWPFDocument document, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            document.write(out);
        }
        document.close();
    }

    static XWPFDocument scoreReport() {
        XWPFDocument document = new XWPFDocument();
        page(document.getDocument().getBody().addNewSectPr(), false);
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph headerLine = header.createParagraph();
        headerLine.setAlignment(ParagraphAlignment.CENTER);
        run(headerLine, "某市工业和信息化局2023年度部门整体绩效评价报告", 9, false);
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph pageNumber = footer.createParagraph();
        pageNumber.setAlignment(ParagraphAlignment.CENTER);
        run(pageNumber, "- ", 10.5, false);
        XWPFRun begin = pageNumber.createRun();
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instruction = pageNumber.createRun();
        instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun separate = pageNumber.createRun();
        separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(pageNumber, "1", 10.5, false);
        XWPFRun end = pageNumber.createRun();
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(pageNumber, " -", 10.5, false);

        XWPFParagraph title = document.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        run(title, "某市工业和信息化局2023年度部门整体绩效评价报告", 22, true);
        heading(document, "一、评价结论", 1);
        body(document, "本次绩效评价由某市财政局委托第三方机构实施，评价对象为某市工业和信息化局2023年度部门整体支出。经综合评价，"
                + "该局2023年度部门整体绩效评价综合得分86.78分，评价等级为“良”。各项指标得分情况见表1。");
        caption(document, "表1：部门整体绩效评价指标得分表");
        scoreTable(document);
        heading(document, "二、指标分析", 1);
        heading(document, "（一）预算执行率", 2);
        body(document, "该指标分值6.00分，评价得分5.50分，得分率91.67%。");
        body(document, "2023年度调整后预算10,039.31万元，实际支出9,738.40万元，预算执行率97.00%，未达到100%的目标值，"
                + "按评分标准扣0.50分。");
        heading(document, "（二）管理制度健全性", 2);
        body(document, "该指标分值4.00分，评价得分3.20分，得分率80.00%。");
        body(document, "该局未制定项目支出绩效管理办法，扣0.80分。");
        heading(document, "三、项目支出情况", 1);
        body(document, "2023年度共实施项目56个，各项目预算及执行情况见表2。");
        caption(document, "表2：项目支出明细表");
        projectTable(document);
        body(document, "以上项目中有14个项目未全部执行，资金结转至下一年度使用。");
        return document;
    }

    static XWPFDocument borderlessLandscape() {
        XWPFDocument document = new XWPFDocument();
        heading(document, "一、综合评价结论", 1);
        body(document, "2023年度部门整体绩效评价得分为86.78分，综合绩效级别为“良”。得分情况见表3。");
        caption(document, "表3：一级指标得分情况表");
        borderlessTable(document);
        body(document, "管理效率方面得分率较低，主要是预算编制和成本控制存在不足。");
        caption(document, "表4：产出和效益指标得分表");
        columnRulesTable(document);
        // the portrait section ends with this paragraph; the rest of the document is landscape
        XWPFParagraph sectionEnd = document.createParagraph();
        page(sectionEnd.getCTP().addNewPPr().addNewSectPr(), false);
        caption(document, "表5：项目支出绩效自评表");
        landscapeTable(document);
        body(document, "总分为69.00分，低于80分，已说明未完成目标的原因。");
        page(document.getDocument().getBody().addNewSectPr(), true);
        return document;
    }

    private static void page(CTSectPr section, boolean landscape) {
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
        size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(1800));
        margins.setRight(BigInteger.valueOf(1800));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, double size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
        fonts.setAscii(LATIN);
        fonts.setHAnsi(LATIN);
        fonts.setEastAsia(CJK);
        return run;
    }

    private static void heading(XWPFDocument document, String text, int level) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        paragraph.setSpacingBefore(120);
        paragraph.setSpacingAfter(120);
        run(paragraph, text, level == 1 ? 16 : 14, true);
    }

    private static void body(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(560);
        run(paragraph, text, 14, false);
    }

    private static void caption(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingBefore(120);
        run(paragraph, text, 12, true);
    }

    private static void scoreTable(XWPFDocument document) {
        int[] widths = {1100, 1300, 2900, 1000, 1000, 1000};
        XWPFTable table = table(document, SCORE_ROWS.length + 2, widths, true);
        fill(table.getRow(0), new String[] {"一级指标", "二级指标", "三级指标", "分值", "得分", "得分率"}, true);
        for (int r = 0; r < SCORE_ROWS.length; r++) {
            fill(table.getRow(r + 1), SCORE_ROWS[r], false);
        }
        // 一级 merged over its rows, 二级 where it repeats
        mergeDown(table, 0, 1, 3);
        mergeDown(table, 0, 4, 6);
        mergeDown(table, 1, 1, 2);
        mergeDown(table, 1, 4, 5);
        XWPFTableRow total = table.getRow(SCORE_ROWS.length + 1);
        fill(total, new String[] {"合计", "", "", "22.00", "19.60", "89.09%"}, true);
        mergeAcross(total, 0, 3);
    }

    private static void projectTable(XWPFDocument document) {
        List<String[]> rows = projectRows();
        int[] widths = {700, 3800, 1300, 1300, 1200};
        XWPFTable table = table(document, rows.size() + 1, widths, true);
        XWPFTableRow header = table.getRow(0);
        fill(header, new String[] {"序号", "项目名称", "预算数（万元）", "执行数（万元）", "执行率"}, true);
        header.setRepeatHeader(true);
        for (int r = 0; r < rows.size(); r++) {
            fill(table.getRow(r + 1), rows.get(r), false);
        }
        mergeAcross(table.getRow(rows.size()), 0, 2);
    }

    private static void borderlessTable(XWPFDocument document) {
        int[] widths = {2600, 1400, 1400, 1400};
        XWPFTable table = table(document, BORDERLESS_ROWS.length, widths, false);
        for (int r = 0; r < BORDERLESS_ROWS.length; r++) {
            fill(table.getRow(r), BORDERLESS_ROWS[r], r == 0);
        }
    }

    private static void columnRulesTable(XWPFDocument document) {
        int[] widths = {1300, 2000, 1200, 1200, 1200};
        XWPFTable table = table(document, COLUMN_RULES_ROWS.length, widths, true);
        CTTblBorders borders = table.getCTTbl().getTblPr().getTblBorders();
        borders.getInsideH().setVal(STBorder.NIL);
        for (int r = 0; r < COLUMN_RULES_ROWS.length; r++) {
            fill(table.getRow(r), COLUMN_RULES_ROWS[r], r == 0);
        }
        for (XWPFTableCell cell : table.getRow(0).getTableCells()) {
            CTBorder bottom = cell.getCTTc().getTcPr().addNewTcBorders().addNewBottom();
            bottom.setVal(STBorder.SINGLE);
            bottom.setSz(BigInteger.valueOf(4));
            bottom.setColor("000000");
        }
        mergeDown(table, 0, 1, 3);
        mergeDown(table, 0, 4, 5);
    }

    private static void landscapeTable(XWPFDocument document) {
        int[] widths = {1200, 1600, 2600, 1300, 1300, 900, 900, 3600};
        XWPFTable table = table(document, LANDSCAPE_ROWS.length + 2, widths, true);
        fill(table.getRow(0), new String[] {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
            "偏差原因分析及改进措施"}, true);
        for (int r = 0; r < LANDSCAPE_ROWS.length; r++) {
            fill(table.getRow(r + 1), LANDSCAPE_ROWS[r], false);
        }
        mergeDown(table, 0, 1, 3);
        XWPFTableRow total = table.getRow(LANDSCAPE_ROWS.length + 1);
        fill(total, new String[] {"总分", "", "", "", "", "60.00", "59.00", ""}, true);
        mergeAcross(total, 0, 5);
    }

    private static XWPFTable table(XWPFDocument document, int rows, int[] widths, boolean ruled) {
        XWPFTable table = document.createTable(rows, widths.length);
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblPr properties = table.getCTTbl().getTblPr();
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        width.setW(BigInteger.valueOf(total));
        width.setType(STTblWidth.DXA);
        properties.addNewTblLayout().setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        CTTblBorders borders = properties.isSetTblBorders() ? properties.getTblBorders() : properties.addNewTblBorders();
        for (CTBorder border : new CTBorder[] {
            borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
            borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
            borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
            borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
            borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
            borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV()}) {
            border.setVal(ruled ? STBorder.SINGLE : STBorder.NIL);
            if (ruled) {
                border.setSz(BigInteger.valueOf(4));
                border.setColor("000000");
            }
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                CTTcPr cell = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr() : row.getCell(c).getCTTc().addNewTcPr();
                CTTblWidth cellWidth = cell.isSetTcW() ? cell.getTcW() : cell.addNewTcW();
                cellWidth.setW(BigInteger.valueOf(widths[c]));
                cellWidth.setType(STTblWidth.DXA);
                cell.addNewVAlign().setVal(STVerticalJc.CENTER);
            }
        }
        return table;
    }

    private static void fill(XWPFTableRow row, String[] texts, boolean bold) {
        for (int c = 0; c < texts.length; c++) {
            XWPFTableCell cell = row.getCell(c);
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            boolean figure = texts[c].matches("[-\\d,.%]+");
            paragraph.setAlignment(figure || bold ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            if (!texts[c].isEmpty()) {
                run(paragraph, texts[c], 10.5, bold);
            }
        }
    }

    /** Merges column {@code column} from row {@code from} to row {@code to} (inclusive), keeping the first row's text. */
    private static void mergeDown(XWPFTable table, int column, int from, int to) {
        for (int r = from; r <= to; r++) {
            XWPFTableCell cell = table.getRow(r).getCell(column);
            cell.getCTTc().getTcPr().addNewVMerge().setVal(r == from ? STMerge.RESTART : STMerge.CONTINUE);
            if (r > from) {
                XWPFParagraph paragraph = cell.getParagraphs().get(0);
                while (!paragraph.getRuns().isEmpty()) {
                    paragraph.removeRun(0);
                }
            }
        }
    }

    /** Merges {@code count} cells of a row starting at {@code column} into one (gridSpan). */
    private static void mergeAcross(XWPFTableRow row, int column, int count) {
        XWPFTableCell first = row.getCell(column);
        first.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(count));
        int width = 0;
        for (int c = column; c < column + count; c++) {
            width += row.getCell(c).getCTTc().getTcPr().getTcW().getW() instanceof BigInteger w ? w.intValue() : 0;
        }
        first.getCTTc().getTcPr().getTcW().setW(BigInteger.valueOf(width));
        for (int k = 1; k < count; k++) {
            row.removeCell(column + 1);
        }
    }

    private static String money(long cents) {
        return String.format("%,d.%02d", cents / 100, cents % 100);
    }

    private static String percent(long part, long whole) {
        return new java.math.BigDecimal(part).multiply(java.math.BigDecimal.valueOf(100))
                .divide(new java.math.BigDecimal(whole), 2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
