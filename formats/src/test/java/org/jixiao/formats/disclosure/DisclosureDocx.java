package org.jixiao.formats.disclosure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Writes a test disclosure as a Word document the way units publish theirs: a title, headings and paragraphs of the
 * 情况说明, and each table on its own page with its 公开NN表 tag, title, 编制单位/单位 line, a bordered grid with merged
 * header cells and repeated header rows. LibreOffice turns it into the PDF the reviewers receive.
 */
final class DisclosureDocx {
    static final String CJK = "Noto Sans CJK SC";
    static final String LATIN = "DejaVu Sans";

    private final XWPFDocument document = new XWPFDocument();
    private boolean landscape;

    DisclosureDocx title(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(240);
        run(paragraph, text, 18, true);
        return this;
    }

    DisclosureDocx heading(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(160);
        paragraph.setSpacingAfter(80);
        run(paragraph, text, 14, true);
        return this;
    }

    DisclosureDocx paragraph(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(560);
        run(paragraph, text, 12, false);
        return this;
    }

    DisclosureDocx pageBreak() {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().addBreak(BreakType.PAGE);
        return this;
    }

    /** Ends the current section; what follows is printed landscape (or portrait again). */
    DisclosureDocx orientation(boolean landscape) {
        if (landscape == this.landscape) {
            return this;
        }
        XWPFParagraph end = document.createParagraph();
        page(end.getCTP().addNewPPr().addNewSectPr(), this.landscape);
        this.landscape = landscape;
        return this;
    }

    /** The table on a page of its own, landscape when it is wide. */
    DisclosureDocx tablePage(Grid grid) {
        if (grid.landscape != landscape) {
            orientation(grid.landscape);
        } else {
            pageBreak();
        }
        return table(grid);
    }

    DisclosureDocx table(Grid grid) {
        for (String line : grid.above) {
            XWPFParagraph paragraph = document.createParagraph();
            boolean tag = line.matches("^(公开|附表|表)?\\s*\\d+表?$") || line.startsWith("公开") && line.length() <= 6;
            boolean unit = line.contains("单位：") || line.contains("单位:");
            paragraph.setAlignment(tag ? ParagraphAlignment.RIGHT : unit ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
            run(paragraph, line, tag || unit ? 10 : 15, !tag && !unit);
        }
        int columns = grid.columns();
        XWPFTable table = document.createTable(grid.rows.size(), columns);
        table.setTableAlignment(TableRowAlign.CENTER);
        int[] widths = grid.widths != null ? grid.widths : defaultWidths(columns);
        layout(table, widths);
        for (int r = 0; r < grid.rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            String[] cells = grid.rows.get(r);
            for (int c = 0; c < columns; c++) {
                String text = c < cells.length ? cells[c] : "";
                XWPFParagraph paragraph = row.getCell(c).getParagraphs().get(0);
                boolean figure = text.matches("[-\\d,.%]+");
                paragraph.setAlignment(figure ? ParagraphAlignment.RIGHT : r < grid.headerRows ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                if (!text.isEmpty()) {
                    run(paragraph, text, 9, r < grid.headerRows);
                }
            }
            if (r < grid.headerRows) {
                row.setRepeatHeader(true);
            }
        }
        // vertical merges first (they keep the grid), then horizontal ones from the right so that indices stay valid
        for (Grid.Merge merge : grid.merges) {
            if (merge.rows() > 1) {
                for (int r = merge.row(); r < merge.row() + merge.rows(); r++) {
                    for (int c = merge.column(); c < merge.column() + merge.columns(); c++) {
                        XWPFTableCell cell = table.getRow(r).getCell(c);
                        cell.getCTTc().getTcPr().addNewVMerge().setVal(r == merge.row() ? STMerge.RESTART : STMerge.CONTINUE);
                        if (r > merge.row()) {
                            clear(cell);
                        }
                    }
                }
            }
        }
        java.util.List<Grid.Merge> across = new java.util.ArrayList<>(grid.merges.stream().filter(m -> m.columns() > 1).toList());
        across.sort((a, b) -> Integer.compare(b.column(), a.column()));
        for (Grid.Merge merge : across) {
            for (int r = merge.row(); r < merge.row() + merge.rows(); r++) {
                XWPFTableRow row = table.getRow(r);
                XWPFTableCell first = row.getCell(merge.column());
                first.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(merge.columns()));
                int width = 0;
                for (int c = merge.column(); c < merge.column() + merge.columns(); c++) {
                    width += widths[c];
                }
                first.getCTTc().getTcPr().getTcW().setW(BigInteger.valueOf(width));
                for (int k = 1; k < merge.columns(); k++) {
                    row.removeCell(merge.column() + 1);
                }
            }
        }
        if (!grid.below.isEmpty()) {
            XWPFParagraph note = document.createParagraph();
            run(note, grid.below, 10, false);
        }
        return this;
    }

    byte[] bytes() {
        page(document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr(), landscape);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] defaultWidths(int columns) {
        int[] widths = new int[columns];
        java.util.Arrays.fill(widths, 9000 / Math.max(columns, 1));
        return widths;
    }

    private static void clear(XWPFTableCell cell) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        while (!paragraph.getRuns().isEmpty()) {
            paragraph.removeRun(0);
        }
    }

    private static void layout(XWPFTable table, int[] widths) {
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
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(4));
            border.setColor("000000");
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
    }

    private static void page(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
        size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1200));
        margins.setBottom(BigInteger.valueOf(1200));
        margins.setLeft(BigInteger.valueOf(1200));
        margins.setRight(BigInteger.valueOf(1200));
    }

    private static void run(XWPFParagraph paragraph, String text, double size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
        fonts.setAscii(LATIN);
        fonts.setHAnsi(LATIN);
        fonts.setEastAsia(CJK);
    }
}
