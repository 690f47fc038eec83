package org.jixiao.app.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Writes a {@link Doc} as a Word document with Apache POI: headings with outline levels (or plain bold paragraphs),
 * tables with real merged cells ({@code w:gridSpan} across, {@code w:vMerge} down), borders on every cell or, for a
 * three-line table, only above and below. The output is byte-for-byte the same for the same document.
 */
final class DocxWriter {
    private static final int TEXT_WIDTH = 9070; // twips between the margins of an A4 page
    private static final long FIXED_TIME = 1_700_000_000_000L;

    private DocxWriter() {}

    static byte[] write(Doc doc) throws IOException {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            word.getProperties().getCoreProperties().setCreated(Optional.of(new Date(FIXED_TIME)));
            word.getProperties().getCoreProperties().setTitle(doc.title);
            page(word);
            for (Object block : doc.blocks) {
                if (block instanceof Doc.Para para) {
                    paragraph(word, para);
                } else if (block instanceof Doc.Table table) {
                    table(word, table);
                    word.createParagraph();
                }
            }
            word.write(out);
            return deterministic(out.toByteArray());
        }
    }

    private static void page(XWPFDocument word) {
        CTSectPr section = word.getDocument().getBody().isSetSectPr() ? word.getDocument().getBody().getSectPr()
                : word.getDocument().getBody().addNewSectPr();
        var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(1418));
        margins.setRight(BigInteger.valueOf(1418));
    }

    private static void paragraph(XWPFDocument word, Doc.Para para) {
        XWPFParagraph paragraph = word.createParagraph();
        if (para.centred()) {
            paragraph.setAlignment(ParagraphAlignment.CENTER);
        } else if (para.heading() == 0 && !para.bold()) {
            paragraph.setIndentationFirstLine(420);
        }
        if (para.heading() > 0) {
            CTPPr pPr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
            pPr.addNewOutlineLvl().setVal(BigInteger.valueOf(para.heading() - 1));
        }
        XWPFRun run = paragraph.createRun();
        run.setText(para.text());
        run.setBold(para.bold());
        run.setFontSize(para.heading() == 1 || para.centred() && para.bold() && para.heading() == 0 && word.getParagraphs().size() == 1 ? 16 : 12);
        run.setFontFamily("Times New Roman");
        fonts(run.getCTR());
    }

    private static void fonts(CTR run) {
        CTRPr rPr = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
        CTFonts fonts = rPr.sizeOfRFontsArray() > 0 ? rPr.getRFontsArray(0) : rPr.addNewRFonts();
        fonts.setEastAsia("宋体");
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
    }

    private static void table(XWPFDocument word, Doc.Table table) {
        XWPFTable created = word.createTable();
        CTTbl tbl = created.getCTTbl();
        while (tbl.sizeOfTrArray() > 0) {
            tbl.removeTr(0);
        }
        CTTblPr tblPr = tbl.getTblPr() == null ? tbl.addNewTblPr() : tbl.getTblPr();
        var width = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(java.util.Arrays.stream(twips(table)).sum()));
        (tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        (tblPr.isSetJc() ? tblPr.getJc() : tblPr.addNewJc()).setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable.CENTER);
        borders(tblPr, table.horizontalRulesOnly());
        int[] twips = twips(table);
        CTTblGrid grid = tbl.getTblGrid() == null ? tbl.addNewTblGrid() : tbl.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        List<List<Slot>> rows = slots(table);
        for (int r = 0; r < table.rows(); r++) {
            CTRow tr = tbl.addNewTr();
            if (r < table.headerRows()) {
                tr.addNewTrPr().addNewTblHeader();
            }
            for (Slot slot : rows.get(r)) {
                CTTc tc = tr.addNewTc();
                CTTcPr tcPr = tc.addNewTcPr();
                int w = 0;
                for (int c = slot.column; c < slot.column + slot.cell.columnSpan(); c++) {
                    w += twips[c];
                }
                tcPr.addNewTcW().setW(BigInteger.valueOf(w));
                tcPr.getTcW().setType(STTblWidth.DXA);
                if (slot.cell.columnSpan() > 1) {
                    tcPr.addNewGridSpan().setVal(BigInteger.valueOf(slot.cell.columnSpan()));
                }
                if (slot.cell.rowSpan() > 1) {
                    var merge = tcPr.addNewVMerge();
                    if (!slot.continued) {
                        merge.setVal(STMerge.RESTART);
                    }
                }
                tcPr.addNewVAlign().setVal(STVerticalJc.CENTER);
                CTP p = tc.addNewP();
                CTPPr pPr = p.addNewPPr();
                if (slot.cell.indent() > 0) {
                    pPr.addNewInd().setLeft(BigInteger.valueOf(240L * slot.cell.indent()));
                }
                if (r < table.headerRows() || slot.cell.text().length() <= 10 && !slot.cell.text().isEmpty() && slot.cell.indent() == 0) {
                    pPr.addNewJc().setVal(STJc.CENTER);
                }
                if (!slot.continued) {
                    CTR run = p.addNewR();
                    CTRPr rPr = run.addNewRPr();
                    if (slot.cell.bold()) {
                        rPr.addNewB();
                    }
                    rPr.addNewSz().setVal(BigInteger.valueOf(18));
                    fonts(run);
                    run.addNewT().setStringValue(slot.cell.text());
                }
            }
        }
    }

    private static void borders(CTTblPr tblPr, boolean horizontalOnly) {
        CTTblBorders borders = tblPr.isSetTblBorders() ? tblPr.getTblBorders() : tblPr.addNewTblBorders();
        line(borders.isSetTop() ? borders.getTop() : borders.addNewTop(), true);
        line(borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(), true);
        line(borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(), true);
        line(borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(), !horizontalOnly);
        line(borders.isSetRight() ? borders.getRight() : borders.addNewRight(), !horizontalOnly);
        line(borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV(), !horizontalOnly);
    }

    private static void line(CTBorder border, boolean shown) {
        border.setVal(shown ? STBorder.SINGLE : STBorder.NONE);
        border.setSz(BigInteger.valueOf(shown ? 4 : 0));
        border.setSpace(BigInteger.ZERO);
        border.setColor(shown ? "000000" : "auto");
    }

    /**
     * Column widths: a column of figures gets what its longest figure needs (a figure never wraps), the name and text
     * columns share the rest by their relative widths.
     */
    private static int[] twips(Doc.Table table) {
        int[] widths = table.widths();
        int columns = widths.length;
        int[] longest = new int[columns];
        boolean[] figures = new boolean[columns];
        java.util.Arrays.fill(figures, true);
        for (Doc.Cell cell : table.cells()) {
            if (cell.row() < table.headerRows() || cell.columnSpan() > 1) {
                continue;
            }
            if (!cell.text().matches("[0-9.,%—/\\-]*")) {
                figures[cell.column()] = false;
            }
            longest[cell.column()] = Math.max(longest[cell.column()], cell.text().length());
        }
        int[] twips = new int[columns];
        int fixed = 0;
        int flexible = 0;
        for (int c = 0; c < columns; c++) {
            if (figures[c]) {
                twips[c] = Math.max(600, longest[c] * 125 + 340);
                fixed += twips[c];
            } else {
                flexible += widths[c];
            }
        }
        int room = Math.max(TEXT_WIDTH - fixed, 600 * (int) java.util.stream.IntStream.range(0, columns).filter(c -> !figures[c]).count());
        int given = 0;
        int lastFlexible = -1;
        for (int c = 0; c < columns; c++) {
            if (!figures[c]) {
                twips[c] = room * widths[c] / Math.max(1, flexible);
                given += twips[c];
                lastFlexible = c;
            }
        }
        if (lastFlexible >= 0) {
            twips[lastFlexible] += room - given;
        }
        return twips;
    }

    /** One Word cell of a row: the cell starting there, or the continuation of a cell merged down from above. */
    private record Slot(int column, Doc.Cell cell, boolean continued) {}

    private static List<List<Slot>> slots(Doc.Table table) {
        List<List<Slot>> rows = new ArrayList<>();
        Doc.Cell[][] owner = new Doc.Cell[table.rows()][table.columns()];
        for (Doc.Cell cell : table.cells()) {
            for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
                for (int c = cell.column(); c < cell.column() + cell.columnSpan(); c++) {
                    owner[r][c] = cell;
                }
            }
        }
        for (int r = 0; r < table.rows(); r++) {
            List<Slot> row = new ArrayList<>();
            for (int c = 0; c < table.columns(); ) {
                Doc.Cell cell = owner[r][c];
                row.add(new Slot(cell.column(), cell, cell.row() != r));
                c = cell.column() + cell.columnSpan();
            }
            rows.add(row);
        }
        return rows;
    }

    /** The same package with every entry dated alike, so that the same document gives the same bytes. */
    private static byte[] deterministic(byte[] docx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(FIXED_TIME);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
