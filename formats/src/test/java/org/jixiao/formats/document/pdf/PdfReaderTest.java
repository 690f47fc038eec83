package org.jixiao.formats.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jixiao.core.review.Where;
import org.jixiao.formats.document.Block;
import org.jixiao.formats.document.Cell;
import org.jixiao.formats.document.DocumentReadException;
import org.jixiao.formats.document.Documents;
import org.jixiao.formats.document.SourceDocument;
import org.jixiao.formats.document.TableBlock;
import org.jixiao.formats.document.TextBlock;
import org.junit.jupiter.api.Test;

/**
 * The PDF reader on PDFs made the way published reports are made: Word documents (built by {@link PdfFixtures}) exported
 * to PDF by LibreOffice, and the same pages changed the way other producers write them ({@link PdfVariants}).
 */
class PdfReaderTest {
    static final String TITLE = "某市工业和信息化局2023年度部门整体绩效评价报告";

    @Test
    void scoreReportGivesItsParagraphsHeadingsAndCaptionsInReadingOrder() throws Exception {
        SourceDocument document = read(PdfFixtures.SCORE_REPORT + ".pdf");

        assertThat(document.format()).isEqualTo(SourceDocument.Format.PDF);
        assertThat(document.pages()).isEqualTo(3);
        assertThat(document.notes()).isEmpty();
        assertThat(outline(document)).containsExactly(
                "0 " + TITLE,
                "1 一、评价结论",
                "0 本次绩效评价由某市财政局委托第三方机构实施，评价对象为某市工业和信息化局2023年度部门整体支出。经综合评价，"
                        + "该局2023年度部门整体绩效评价综合得分86.78分，评价等级为“良”。各项指标得分情况见表1。",
                "0 表1：部门整体绩效评价指标得分表",
                "table 1 8x6",
                "1 二、指标分析",
                "2 （一）预算执行率",
                "0 该指标分值6.00分，评价得分5.50分，得分率91.67%。",
                "0 2023年度调整后预算10,039.31万元，实际支出9,738.40万元，预算执行率97.00%，未达到100%的目标值，按评分标准扣0.50分。",
                "2 （二）管理制度健全性",
                "0 该指标分值4.00分，评价得分3.20分，得分率80.00%。",
                "0 该局未制定项目支出绩效管理办法，扣0.80分。",
                "1 三、项目支出情况",
                "0 2023年度共实施项目56个，各项目预算及执行情况见表2。",
                "0 表2：项目支出明细表",
                "table 2 39x5",
                "table 3 20x5",
                "0 以上项目中有14个项目未全部执行，资金结转至下一年度使用。");
    }

    @Test
    void runningHeaderAndPageNumbersAreDropped() throws Exception {
        SourceDocument document = read(PdfFixtures.SCORE_REPORT + ".pdf");
        // the header repeats the title on every page; only the title itself (page 1, set in 22 pt over two lines) is text
        assertThat(document.paragraphs()).filteredOn(p -> p.text().contains(TITLE)).hasSize(1)
                .first().satisfies(title -> assertThat(title.pieces()).extracting(TextBlock.Piece::where)
                        .containsExactly(new Where(1, 1, 0, 0, 0, 0), new Where(1, 2, 0, 0, 0, 0)));
        assertThat(document.paragraphs()).noneMatch(p -> p.text().matches(".*-\\s*\\d+\\s*-.*"));
    }

    @Test
    void aParagraphKeepsTheLineEachPieceWasPrintedOn() throws Exception {
        SourceDocument document = read(PdfFixtures.SCORE_REPORT + ".pdf");
        TextBlock paragraph = document.paragraphs().get(2);
        assertThat(paragraph.text()).startsWith("本次绩效评价由某市财政局委托");
        // four printed lines on page 1, after the title (lines 1 and 2) and the heading (line 3)
        assertThat(paragraph.pieces()).extracting(TextBlock.Piece::where).containsExactly(new Where(1, 4, 0, 0, 0, 0),
                new Where(1, 5, 0, 0, 0, 0), new Where(1, 6, 0, 0, 0, 0), new Where(1, 7, 0, 0, 0, 0));
        List<String> printed = new ArrayList<>();
        for (int i = 0; i < paragraph.pieces().size(); i++) {
            int end = i + 1 < paragraph.pieces().size() ? paragraph.pieces().get(i + 1).offset() : paragraph.text().length();
            printed.add(paragraph.text().substring(paragraph.pieces().get(i).offset(), end));
        }
        assertThat(printed).containsExactly("本次绩效评价由某市财政局委托第三方机构实施，评价对象为", "某市工业和信息化局2023年度部门整体支出。经综合评价，该局",
                "2023年度部门整体绩效评价综合得分86.78分，评价等级为", "“良”。各项指标得分情况见表1。");
        assertThat(paragraph.whereAt(paragraph.text().indexOf("86.78"))).isEqualTo(new Where(1, 6, 0, 0, 0, 0));
    }

    @Test
    void scoreTableKeepsMergedCellsAsOneCellWithItsSpan() throws Exception {
        TableBlock table = read(PdfFixtures.SCORE_REPORT + ".pdf").tables().get(0);

        assertThat(table.rowCount()).isEqualTo(8);
        assertThat(table.columnCount()).isEqualTo(6);
        assertThat(table.rowTexts(0)).containsExactly("一级指标", "二级指标", "三级指标", "分值", "得分", "得分率");
        for (int r = 0; r < PdfFixtures.SCORE_ROWS.length; r++) {
            assertThat(table.rowTexts(r + 1)).as("row %d", r + 1).containsExactly(PdfFixtures.SCORE_ROWS[r]);
        }
        assertThat(table.rowTexts(7)).containsExactly("合计", "合计", "合计", "22.00", "19.60", "89.09%");
        assertThat(cell(table, 1, 0)).usingRecursiveComparison().ignoringFields("indent").isEqualTo(new Cell(1, 0, 3, 1, "决策", new Where(1, 0, 0, 1, 2, 1)));
        assertThat(cell(table, 4, 0)).usingRecursiveComparison().ignoringFields("indent").isEqualTo(new Cell(4, 0, 3, 1, "过程", new Where(1, 0, 0, 1, 5, 1)));
        assertThat(cell(table, 1, 1).rowSpan()).isEqualTo(2);
        assertThat(cell(table, 3, 1).rowSpan()).isEqualTo(1);
        assertThat(cell(table, 4, 1).rowSpan()).isEqualTo(2);
        assertThat(cell(table, 7, 0)).usingRecursiveComparison().ignoringFields("indent").isEqualTo(new Cell(7, 0, 1, 3, "合计", new Where(1, 0, 0, 1, 8, 1)));
        // 48 grid positions less those merged away: 2 under 决策, 2 under 过程, 1 under each merged 二级指标, 2 in 合计
        assertThat(table.cells()).hasSize(40);
        // "100.00%" does not fit the narrow column and is printed over two lines; it still reads as one figure
        assertThat(table.text(1, 5)).isEqualTo("100.00%");
        // a long 三级指标 name wrapped inside its cell is one cell text
        assertThat(table.text(3, 2)).isEqualTo("绩效目标合理性与明确性及其与部门职责的匹配程度");
        assertThat(table.where()).isEqualTo(new Where(1, 0, 0, 1, 0, 0));
    }

    @Test
    void aTableOverTwoPagesIsOneTableBlockPerPageWithTheRepeatedHeader() throws Exception {
        List<TableBlock> tables = read(PdfFixtures.SCORE_REPORT + ".pdf").tables();
        TableBlock first = tables.get(1);
        TableBlock second = tables.get(2);
        List<String> header = List.of("序号", "项目名称", "预算数（万元）", "执行数（万元）", "执行率");

        assertThat(first.where()).isEqualTo(new Where(2, 0, 0, 2, 0, 0));
        assertThat(second.where()).isEqualTo(new Where(3, 0, 0, 3, 0, 0));
        assertThat(first.rowTexts(0)).containsExactlyElementsOf(header);
        assertThat(second.rowTexts(0)).containsExactlyElementsOf(header);
        List<List<String>> rows = new ArrayList<>(rows(first).subList(1, first.rowCount()));
        rows.addAll(rows(second).subList(1, second.rowCount()));
        List<String[]> expected = PdfFixtures.projectRows();
        assertThat(rows).hasSize(expected.size());
        for (int r = 0; r < expected.size() - 1; r++) {
            assertThat(rows.get(r)).as("project %d", r + 1).containsExactly(expected.get(r));
        }
        assertThat(rows.get(expected.size() - 1)).containsExactly("合计", "合计", "64,447.24", "61,267.34", "95.07%");
        assertThat(cell(second, second.rowCount() - 1, 0).columnSpan()).isEqualTo(2);
        assertThat(cell(second, 5, 3).where()).isEqualTo(new Where(3, 0, 0, 3, 6, 4));
    }

    @Test
    void aBorderlessTableIsReadFromTheAlignmentOfItsColumns() throws Exception {
        SourceDocument document = read(PdfFixtures.BORDERLESS_LANDSCAPE + ".pdf");
        TableBlock table = document.tables().get(0);

        assertThat(table.rowCount()).isEqualTo(PdfFixtures.BORDERLESS_ROWS.length);
        assertThat(table.columnCount()).isEqualTo(4);
        for (int r = 0; r < PdfFixtures.BORDERLESS_ROWS.length; r++) {
            assertThat(table.rowTexts(r)).as("row %d", r).containsExactly(PdfFixtures.BORDERLESS_ROWS[r]);
        }
        // the long name is printed on two lines with its figures centred between them: one row, one cell
        assertThat(cell(table, 4, 0)).usingRecursiveComparison().ignoringFields("indent").isEqualTo(new Cell(4, 0, 1, 1, "可持续发展能力与长效管理机制建设情况", new Where(1, 0, 0, 1, 5, 1)));
        assertThat(document.paragraphs()).extracting(TextBlock::text).contains("表3：一级指标得分情况表",
                "管理效率方面得分率较低，主要是预算编制和成本控制存在不足。");
    }

    @Test
    void aTableWithoutRowLinesIsCutIntoTheRowsItsFiguresStandOn() throws Exception {
        TableBlock table = read(PdfFixtures.BORDERLESS_LANDSCAPE + ".pdf").tables().get(1);

        assertThat(table.rowCount()).isEqualTo(PdfFixtures.COLUMN_RULES_ROWS.length);
        assertThat(table.columnCount()).isEqualTo(5);
        for (int r = 0; r < PdfFixtures.COLUMN_RULES_ROWS.length; r++) {
            assertThat(table.rowTexts(r)).as("row %d", r).containsExactly(PdfFixtures.COLUMN_RULES_ROWS[r]);
        }
        // the 一级 names are centred over their rows, as Word prints a merged cell: one cell each, spanning them
        assertThat(table.cellAt(1, 0)).usingRecursiveComparison().ignoringFields("indent").isEqualTo(new Cell(1, 0, 3, 1, "产出", new Where(1, 0, 0, 2, 2, 1)));
        assertThat(table.cellAt(4, 0)).usingRecursiveComparison().ignoringFields("indent").isEqualTo(new Cell(4, 0, 2, 1, "效益", new Where(1, 0, 0, 2, 5, 1)));
        assertThat(table.cellAt(3, 3)).usingRecursiveComparison().ignoringFields("indent").isEqualTo(new Cell(3, 3, 1, 1, "7.50", new Where(1, 0, 0, 2, 4, 4)));
    }

    @Test
    void aLandscapePageGivesItsWideTable() throws Exception {
        SourceDocument document = read(PdfFixtures.BORDERLESS_LANDSCAPE + ".pdf");
        assertThat(document.pages()).isEqualTo(2);
        assertLandscapeTable(document.tables().get(2), 2);
        assertThat(document.paragraphs()).extracting(TextBlock::text).endsWith("表5：项目支出绩效自评表",
                "总分为69.00分，低于80分，已说明未完成目标的原因。");
    }

    @Test
    void aLandscapePageStoredTurnedOnAPortraitPageReadsTheSame() throws Exception {
        byte[] original = bytes(PdfFixtures.BORDERLESS_LANDSCAPE + ".pdf");
        for (int rotation : new int[] {90, 270}) {
            SourceDocument document = Documents.read("turned-" + rotation + ".pdf", PdfVariants.turned(original, 1, rotation));
            assertThat(document.tables()).as("rotation %d", rotation).hasSize(1);
            assertLandscapeTable(document.tables().get(0), 1);
            assertThat(document.paragraphs()).extracting(TextBlock::text).as("rotation %d", rotation)
                    .containsExactly("表5：项目支出绩效自评表", "总分为69.00分，低于80分，已说明未完成目标的原因。");
        }
    }

    @Test
    void tableRulesDrawnAsThinFilledRectanglesGiveTheSameTables() throws Exception {
        SourceDocument lines = read(PdfFixtures.SCORE_REPORT + ".pdf");
        SourceDocument rectangles = Documents.read("rectangles.pdf", PdfVariants.rulesAsRectangles(bytes(PdfFixtures.SCORE_REPORT + ".pdf")));
        assertThat(rectangles.tables()).hasSize(3);
        for (int t = 0; t < 3; t++) {
            assertThat(rectangles.tables().get(t).cells()).as("table %d", t + 1).isEqualTo(lines.tables().get(t).cells());
        }
        assertThat(rectangles.paragraphs()).isEqualTo(lines.paragraphs());
    }

    @Test
    void theDocxAndItsPdfGiveTheSameTablesAndParagraphs() throws Exception {
        for (String name : List.of(PdfFixtures.SCORE_REPORT, PdfFixtures.BORDERLESS_LANDSCAPE)) {
            SourceDocument docx = Documents.read(name + ".docx", bytes(name + ".docx"));
            SourceDocument pdf = read(name + ".pdf");
            List<List<List<String>>> docxTables = docx.tables().stream().map(PdfReaderTest::rows).toList();
            assertThat(joinContinued(pdf)).as(name).isEqualTo(docxTables);
            assertThat(pdf.paragraphs()).extracting(TextBlock::text).as(name)
                    .containsExactlyElementsOf(docx.paragraphs().stream().map(TextBlock::text).toList());
        }
    }

    @Test
    void aScannedPdfIsRefusedWithTheReason() throws Exception {
        byte[] scan = PdfVariants.scanned(bytes(PdfFixtures.SCORE_REPORT + ".pdf"));
        assertThatThrownBy(() -> Documents.read("扫描件.pdf", scan)).isInstanceOf(DocumentReadException.class)
                .hasMessage("扫描件.pdf：是扫描件或图片（没有可读取的文字层），无法复核。请提供带文字的 PDF 或 Word 文档");
    }

    @Test
    void aPdfThatNeedsAPasswordIsRefused() throws Exception {
        byte[] locked = PdfVariants.encrypted(bytes(PdfFixtures.SCORE_REPORT + ".pdf"), "user-secret");
        assertThatThrownBy(() -> Documents.read("加密.pdf", locked)).isInstanceOf(DocumentReadException.class)
                .hasMessage("加密.pdf：PDF 已加密，需要密码才能打开，无法复核");
    }

    @Test
    void aPdfWithCopyingForbiddenButNoPasswordToOpenIsRead() throws Exception {
        byte[] restricted = PdfVariants.encrypted(bytes(PdfFixtures.SCORE_REPORT + ".pdf"), "");
        SourceDocument document = Documents.read("限制复制.pdf", restricted);
        assertThat(document.tables()).hasSize(3);
        assertThat(document.tables().get(0).rowTexts(5)).containsExactly(PdfFixtures.SCORE_ROWS[4]);
    }

    @Test
    void aDamagedPdfIsRefusedInOneLine() throws Exception {
        byte[] whole = bytes(PdfFixtures.SCORE_REPORT + ".pdf");
        for (byte[] broken : List.of("%PDF-1.7\n".getBytes(), "%PDF-1.4\n1 0 obj\n<< /Type /Catalog".getBytes(), Arrays.copyOf(whole, 900))) {
            assertThatThrownBy(() -> Documents.read("损坏.pdf", broken)).isInstanceOf(DocumentReadException.class)
                    .hasMessage("损坏.pdf：无法作为 PDF 打开，文件可能已损坏或不完整");
        }
    }

    @Test
    void readingStopsAtTheTimeLimit() throws Exception {
        byte[] pdf = bytes(PdfFixtures.SCORE_REPORT + ".pdf");
        Limits expired = new Limits(System.nanoTime() - 1, 90, 3_000_000, 20_000, 64L * 1024 * 1024);
        assertThatThrownBy(() -> PdfDocumentReader.read("大文件.pdf", pdf, expired)).isInstanceOf(DocumentReadException.class)
                .hasMessage("大文件.pdf：PDF 过大或过于复杂，读取超过 90 秒仍未完成，已停止。请拆分后再复核");
        Limits fewGlyphs = new Limits(System.nanoTime() + 60_000_000_000L, 60, 500, 20_000, 64L * 1024 * 1024);
        assertThatThrownBy(() -> PdfDocumentReader.read("大文件.pdf", pdf, fewGlyphs)).isInstanceOf(DocumentReadException.class)
                .hasMessage("大文件.pdf：PDF 内容过多，超出可读取的上限，无法复核。请拆分后再复核");
    }

    private static void assertLandscapeTable(TableBlock table, int page) {
        assertThat(table.rowCount()).isEqualTo(PdfFixtures.LANDSCAPE_ROWS.length + 2);
        assertThat(table.columnCount()).isEqualTo(8);
        assertThat(table.rowTexts(0)).containsExactly("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                "偏差原因分析及改进措施");
        for (int r = 0; r < PdfFixtures.LANDSCAPE_ROWS.length; r++) {
            assertThat(table.rowTexts(r + 1)).as("row %d", r + 1).containsExactly(PdfFixtures.LANDSCAPE_ROWS[r]);
        }
        assertThat(cell(table, 1, 0).rowSpan()).isEqualTo(3);
        Cell total = cell(table, 6, 0);
        assertThat(total.columnSpan()).isEqualTo(5);
        assertThat(total.text()).isEqualTo("总分");
        assertThat(table.rowTexts(6).subList(5, 8)).containsExactly("60.00", "59.00", "");
        assertThat(total.where().page()).isEqualTo(page);
    }

    /** The tables of a PDF with each table continued on the next page (same header row) joined to its start. */
    static List<List<List<String>>> joinContinued(SourceDocument pdf) {
        List<List<List<String>>> tables = new ArrayList<>();
        TableBlock previous = null;
        Block before = null;
        for (Block block : pdf.blocks()) {
            if (block instanceof TableBlock table) {
                if (previous != null && before == previous && table.where().page() == previous.where().page() + 1
                        && table.rowTexts(0).equals(previous.rowTexts(0))) {
                    tables.get(tables.size() - 1).addAll(rows(table).subList(1, table.rowCount()));
                } else {
                    tables.add(new ArrayList<>(rows(table)));
                }
                previous = table;
            }
            before = block;
        }
        return tables;
    }

    static List<List<String>> rows(TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            rows.add(table.rowTexts(r));
        }
        return rows;
    }

    private static Cell cell(TableBlock table, int row, int column) {
        return table.cellAt(row, column);
    }

    private static List<String> outline(SourceDocument document) {
        List<String> outline = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof TextBlock text) {
                outline.add(text.headingLevel() + " " + text.text());
            } else if (block instanceof TableBlock table) {
                outline.add("table " + table.where().table() + " " + table.rowCount() + "x" + table.columnCount());
            }
        }
        return outline;
    }

    static SourceDocument read(String resource) throws DocumentReadException, IOException {
        return Documents.read(resource, bytes(resource));
    }

    static byte[] bytes(String resource) throws IOException {
        try (InputStream in = PdfReaderTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return in.readAllBytes();
        }
    }
}
