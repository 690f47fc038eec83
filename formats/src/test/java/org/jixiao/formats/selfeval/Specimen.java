package org.jixiao.formats.selfeval;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A self-evaluation document written for the tests in a real layout: paragraphs and tables (cells with row and column
 * spans, placed left to right on the free positions of each row as HTML places them), written as a workbook (.xlsx, the
 * tables of a sheet one under the other) and as a Word document (.docx, as Word makes them: w:gridSpan, w:vMerge); the
 * PDF is LibreOffice's export of the .docx. Cells may carry a name: a variant of the specimen replaces their text (an
 * injected error).
 */
final class Specimen {
    /** One printed cell. */
    record C(String text, int rs, int cs, String name) {}

    /** A paragraph, a table, or a page break (the next part starts on a new page; in a workbook: a new sheet). */
    sealed interface Part permits Para, Table, PageBreak {}

    record Para(String text) implements Part {}

    record Table(int[] widths, List<List<C>> rows) implements Part {}

    record PageBreak() implements Part {}

    final String id;
    final List<Part> parts = new ArrayList<>();
    private Table current;

    Specimen(String id) {
        this.id = id;
    }

    static C c(String text) {
        return new C(text, 1, 1, null);
    }

    static C c(String text, int rs, int cs) {
        return new C(text, rs, cs, null);
    }

    /** A named cell: a variant may print another text in it. */
    static C v(String name, String text) {
        return new C(text, 1, 1, name);
    }

    static C v(String name, String text, int rs, int cs) {
        return new C(text, rs, cs, name);
    }

    Specimen para(String text) {
        parts.add(new Para(text));
        current = null;
        return this;
    }

    Specimen pageBreak() {
        parts.add(new PageBreak());
        current = null;
        return this;
    }

    Specimen table(int... widths) {
        current = new Table(widths, new ArrayList<>());
        parts.add(current);
        return this;
    }

    Specimen row(C... cells) {
        current.rows().add(List.of(cells));
        return this;
    }

    /** The grid of a table: [row][column] → the cell and whether that position is its top-left. */
    record Placed(C cell, boolean anchor, int row, int column) {}

    static Placed[][] place(Table table) {
        int columns = table.widths().length;
        Placed[][] grid = new Placed[table.rows().size()][columns];
        for (int r = 0; r < table.rows().size(); r++) {
            int c = 0;
            for (C cell : table.rows().get(r)) {
                while (c < columns && grid[r][c] != null) {
                    c++;
                }
                if (c + cell.cs() > columns || r + cell.rs() > table.rows().size()) {
                    throw new IllegalStateException("cell “" + cell.text() + "” leaves the table at row " + r + ", column " + c);
                }
                for (int dr = 0; dr < cell.rs(); dr++) {
                    for (int dc = 0; dc < cell.cs(); dc++) {
                        grid[r + dr][c + dc] = new Placed(cell, dr == 0 && dc == 0, r, c);
                    }
                }
                c += cell.cs();
            }
        }
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < columns; c++) {
                if (grid[r][c] == null) {
                    throw new IllegalStateException("position " + r + "," + c + " of a table of " + id(table) + " is not covered");
                }
            }
        }
        return grid;
    }

    private static String id(Table table) {
        return table.rows().isEmpty() || table.rows().get(0).isEmpty() ? "?" : table.rows().get(0).get(0).text();
    }

    private static String text(C cell, Map<String, String> variant) {
        return cell.name() != null && variant.containsKey(cell.name()) ? variant.get(cell.name()) : cell.text();
    }

    /** The names of the cells, to check that a variant names cells that exist. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Table table) {
                table.rows().forEach(row -> row.forEach(cell -> {
                    if (cell.name() != null) {
                        names.add(cell.name());
                    }
                }));
            }
        }
        return names;
    }

    // ---------------------------------------------------------------------------------------------------------- xlsx

    /** The workbook: each page a sheet; on a sheet the paragraphs as merged rows and the tables one under the other. */
    void writeXlsx(Path file, Map<String, String> variant) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); Workbook workbook = new Workbook(out, "Jixiao", "1.0")) {
            int sheetNo = 1;
            Worksheet ws = workbook.newWorksheet("表" + sheetNo);
            int row = 0;
            int width = 1;
            for (Part part : parts) {
                if (part instanceof Table table) {
                    width = Math.max(width, table.widths().length);
                }
            }
            for (Part part : parts) {
                if (part instanceof PageBreak) {
                    ws.finish();
                    ws = workbook.newWorksheet("表" + ++sheetNo);
                    row = 0;
                } else if (part instanceof Para para) {
                    ws.value(row, 0, para.text());
                    ws.range(row, 0, row, width - 1).merge();
                    row++;
                } else if (part instanceof Table table) {
                    Placed[][] grid = place(table);
                    for (int r = 0; r < grid.length; r++) {
                        for (int c = 0; c < grid[r].length; c++) {
                            Placed placed = grid[r][c];
                            if (!placed.anchor()) {
                                continue;
                            }
                            cell(ws, row + r, c, text(placed.cell(), variant));
                            if (placed.cell().rs() > 1 || placed.cell().cs() > 1) {
                                ws.range(row + r, c, row + r + placed.cell().rs() - 1, c + placed.cell().cs() - 1).merge();
                            }
                        }
                    }
                    row += grid.length;
                    row++; // a blank row after a table
                }
            }
            ws.finish();
        }
    }

    /** Numbers as number cells (a percentage as a fraction with a percentage format), everything else as text. */
    private static void cell(Worksheet ws, int r, int c, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (text.matches("-?\\d+(\\.\\d+)?")) {
            ws.value(r, c, new BigDecimal(text));
            int decimals = text.contains(".") ? text.length() - text.indexOf('.') - 1 : 0;
            if (decimals > 0) {
                ws.style(r, c).format("0." + "0".repeat(decimals)).set();
            }
        } else if (text.matches("-?\\d+(\\.\\d+)?%")) {
            String number = text.substring(0, text.length() - 1);
            ws.value(r, c, new BigDecimal(number).movePointLeft(2));
            int decimals = number.contains(".") ? number.length() - number.indexOf('.') - 1 : 0;
            ws.style(r, c).format(decimals > 0 ? "0." + "0".repeat(decimals) + "%" : "0%").set();
        } else {
            ws.value(r, c, text);
        }
    }

    // ---------------------------------------------------------------------------------------------------------- docx

    void writeDocx(Path file, Map<String, String> variant) throws IOException {
        StringBuilder body = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Para para) {
                body.append(paragraph(para.text()));
            } else if (part instanceof PageBreak) {
                body.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
            } else if (part instanceof Table table) {
                body.append(table(table, variant)).append("<w:p/>");
            }
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>" + body
                + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1200\" w:right=\"1000\" w:bottom=\"1200\" w:left=\"1000\" "
                + "w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        entries.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                + "Target=\"word/document.xml\"/></Relationships>");
        entries.put("word/document.xml", document);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setLastModifiedTime(FileTime.fromMillis(1_700_000_000_000L));
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private static String run(String text, boolean bold, int size) {
        String props = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"宋体\"/>" + (bold ? "<w:b/>" : "")
                + "<w:sz w:val=\"" + size + "\"/><w:szCs w:val=\"" + size + "\"/>";
        return "<w:r><w:rPr>" + props + "</w:rPr><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
    }

    private static String paragraph(String text) {
        return "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>" + run(text, false, 24) + "</w:p>";
    }

    private static String table(Table table, Map<String, String> variant) {
        Placed[][] grid = place(table);
        int[] widths = table.widths();
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        StringBuilder out = new StringBuilder();
        String border = "";
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            border += "<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
        }
        out.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(total).append("\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>")
                .append(border).append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            out.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        out.append("</w:tblGrid>");
        for (int r = 0; r < grid.length; r++) {
            out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            int c = 0;
            while (c < widths.length) {
                Placed placed = grid[r][c];
                C cell = placed.cell();
                int span = cell.cs();
                int width = 0;
                for (int k = c; k < c + span; k++) {
                    width += widths[k];
                }
                StringBuilder tcpr = new StringBuilder("<w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/>");
                if (span > 1) {
                    tcpr.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
                }
                if (cell.rs() > 1) {
                    tcpr.append(placed.row() == r ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>");
                }
                tcpr.append("<w:vAlign w:val=\"center\"/>");
                String text = placed.row() == r ? text(cell, variant) : "";
                out.append("<w:tc><w:tcPr>").append(tcpr).append("</w:tcPr><w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/>")
                        .append("<w:jc w:val=\"center\"/></w:pPr>").append(text.isEmpty() ? "" : run(text, false, 18)).append("</w:p></w:tc>");
                c += span;
            }
            out.append("</w:tr>");
        }
        out.append("</w:tbl>");
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A variant: the named cells with other texts. */
    static Map<String, String> variant(String... nameAndText) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            map.put(nameAndText[i], nameAndText[i + 1]);
        }
        return map;
    }
}
