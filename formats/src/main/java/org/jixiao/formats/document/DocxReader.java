package org.jixiao.formats.document;

import org.jixiao.core.review.Where;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.jixiao.formats.limits.LimitExceeded;
import org.jixiao.formats.limits.ZipLimits;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Word (.docx) into blocks. Walks the body's XML rather than POI's object model so that what Word shows is what is
 * read: text inside content controls, hyperlinks and fields is kept, text of tracked deletions is not (the accepted
 * text is read), and table cells keep their spans — {@code w:gridSpan} across, {@code w:vMerge} down — so that a
 * 一级指标 merged over nine rows is one cell.
 */
final class DocxReader {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final List<Block> blocks = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Integer> styleLevels = new HashMap<>();
    private final XWPFStyles styles;
    private int paragraphs;
    private int tables;

    private DocxReader(XWPFStyles styles) {
        this.styles = styles;
    }

    static SourceDocument read(String name, byte[] bytes) throws DocumentReadException {
        try {
            ZipLimits.check(bytes);
        } catch (LimitExceeded e) {
            throw new DocumentReadException(name + "：无法复核，" + org.jixiao.formats.limits.ReadFailure.describe(e), e);
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocxReader reader = new DocxReader(document.getStyles());
            reader.body((Element) document.getDocument().getBody().getDomNode());
            return new SourceDocument(name, SourceDocument.Format.DOCX, 0, reader.blocks, reader.notes);
        } catch (IOException | RuntimeException | LinkageError e) {
            throw new DocumentReadException(name + "：无法作为 Word 文档（.docx）打开，文件可能已损坏、已加密或不是 Word 文档", e);
        }
    }

    private void body(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element) || !W.equals(element.getNamespaceURI())) {
                continue;
            }
            switch (element.getLocalName()) {
                case "p" -> paragraph(element);
                case "tbl" -> table(element);
                case "sdt" -> {
                    Element content = child(element, "sdtContent");
                    if (content != null) {
                        body(content);
                    }
                }
                case "customXml", "ins", "moveTo" -> body(element);
                default -> { }
            }
        }
    }

    private void paragraph(Element p) {
        paragraphs++;
        String text = Texts.normalize(text(p, false));
        if (text.isEmpty()) {
            return;
        }
        blocks.add(new TextBlock(text, headingLevel(p), List.of(new TextBlock.Piece(0, Where.paragraph(paragraphs)))));
    }

    private void table(Element tbl) {
        int index = ++tables;
        List<Cell> cells = new ArrayList<>();
        List<Element> nested = new ArrayList<>();
        Map<Integer, int[]> open = new HashMap<>(); // grid column -> {index in cells, span}
        int row = 0;
        for (Element tr : rows(tbl)) {
            Element trPr = child(tr, "trPr");
            int column = trPr == null ? 0 : intValue(child(trPr, "gridBefore"), 0);
            for (Element tc : cellsOf(tr)) {
                Element tcPr = child(tc, "tcPr");
                int span = Math.max(1, tcPr == null ? 1 : intValue(child(tcPr, "gridSpan"), 1));
                Element vMerge = tcPr == null ? null : child(tcPr, "vMerge");
                String merge = vMerge == null ? null : vMerge.getAttributeNS(W, "val");
                int[] above = open.get(column);
                if (vMerge != null && !"restart".equals(merge) && above != null && above[1] == span) {
                    Cell anchor = cells.get(above[0]);
                    cells.set(above[0], new Cell(anchor.row(), anchor.column(), anchor.rowSpan() + 1, anchor.columnSpan(), anchor.text(),
                            anchor.where()));
                } else {
                    cells.add(new Cell(row, column, 1, span, cellText(tc, nested), Where.NOWHERE.inTable(index, row + 1, column + 1), indent(tc)));
                    for (int c = column; c < column + span; c++) {
                        open.remove(c);
                    }
                    if ("restart".equals(merge)) {
                        open.put(column, new int[] {cells.size() - 1, span});
                    }
                }
                column += span;
            }
            row++;
        }
        if (!cells.isEmpty()) {
            blocks.add(new TableBlock(cells, Where.NOWHERE.inTable(index, 0, 0)));
        }
        if (!nested.isEmpty()) {
            notes.add("第 " + index + " 个表格的单元格中嵌套了 " + nested.size() + " 个表格，已作为单独的表格读取");
            for (Element inner : nested) {
                table(inner);
            }
        }
    }

    private static List<Element> rows(Element tbl) {
        List<Element> rows = new ArrayList<>();
        collect(tbl, "tr", rows);
        return rows;
    }

    private static List<Element> cellsOf(Element tr) {
        List<Element> cells = new ArrayList<>();
        collect(tr, "tc", cells);
        return cells;
    }

    /** Direct children named {@code name}, looking through content controls and custom XML wrappers. */
    private static void collect(Element parent, String name, List<Element> into) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && W.equals(element.getNamespaceURI())) {
                String local = element.getLocalName();
                if (local.equals(name)) {
                    into.add(element);
                } else if (local.equals("sdt")) {
                    Element content = child(element, "sdtContent");
                    if (content != null) {
                        collect(content, name, into);
                    }
                } else if (local.equals("customXml") || local.equals("ins")) {
                    collect(element, name, into);
                }
            }
        }
    }

    /**
     * How far a cell's first paragraph is indented, in twips: its left (or start) indentation and first-line indent, and
     * leading spaces (a full-width space about one character, 210 twips at common sizes).
     */
    private static int indent(Element tc) {
        Element p = child(tc, "p");
        if (p == null) {
            return 0;
        }
        int indent = 0;
        Element pPr = child(p, "pPr");
        Element ind = pPr == null ? null : child(pPr, "ind");
        if (ind != null) {
            indent += twips(ind, "left") + twips(ind, "start") + twips(ind, "firstLine") - twips(ind, "hanging");
        }
        String text = text(p, true);
        int spaces = 0;
        while (spaces < text.length() && (text.charAt(spaces) == ' ' || text.charAt(spaces) == '\u3000' || text.charAt(spaces) == '\u00a0')) {
            spaces++;
        }
        for (int i = 0; i < spaces; i++) {
            indent += text.charAt(i) == '\u3000' ? 210 : 105;
        }
        return Math.max(indent, 0);
    }

    private static int twips(Element element, String attribute) {
        String value = element.getAttributeNS(W, attribute);
        try {
            return value.isEmpty() ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String cellText(Element tc, List<Element> nested) {
        List<String> lines = new ArrayList<>();
        cellParagraphs(tc, lines, nested);
        return String.join("\n", lines);
    }

    private void cellParagraphs(Element parent, List<String> lines, List<Element> nested) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element) || !W.equals(element.getNamespaceURI())) {
                continue;
            }
            switch (element.getLocalName()) {
                case "p" -> {
                    String text = Texts.normalize(text(element, true));
                    if (!text.isEmpty()) {
                        lines.add(text);
                    }
                }
                case "tbl" -> nested.add(element);
                case "sdt" -> {
                    Element content = child(element, "sdtContent");
                    if (content != null) {
                        cellParagraphs(content, lines, nested);
                    }
                }
                case "customXml", "ins" -> cellParagraphs(element, lines, nested);
                default -> { }
            }
        }
    }

    /** The accepted text of a paragraph: runs anywhere below it, except deleted ones, drawings and properties. */
    private static String text(Element p, boolean keepBreaks) {
        StringBuilder text = new StringBuilder();
        appendText(p, text, keepBreaks);
        return text.toString();
    }

    private static void appendText(Element parent, StringBuilder text, boolean keepBreaks) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element)) {
                continue;
            }
            String local = element.getLocalName();
            if (!W.equals(element.getNamespaceURI())) {
                // mc:AlternateContent holds the same text twice (choice and fallback); drawings are not running text
                continue;
            }
            switch (local) {
                case "t" -> appendNodeText(element, text);
                case "tab", "ptab" -> text.append(' ');
                case "br", "cr" -> text.append(keepBreaks ? "\n" : " ");
                case "noBreakHyphen" -> text.append('-');
                case "del", "moveFrom", "pPr", "rPr", "drawing", "pict", "object", "instrText", "delText", "fldData" -> { }
                default -> appendText(element, text, keepBreaks);
            }
        }
    }

    /** XmlBeans' DOM does not implement getTextContent(): the text nodes are read one by one. */
    private static void appendNodeText(Element element, StringBuilder text) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
            }
        }
    }

    private int headingLevel(Element p) {
        Element pPr = child(p, "pPr");
        if (pPr == null) {
            return 0;
        }
        Element outline = child(pPr, "outlineLvl");
        if (outline != null) {
            return level(intValue(outline, 9));
        }
        Element style = child(pPr, "pStyle");
        if (style == null) {
            return 0;
        }
        return styleLevels.computeIfAbsent(style.getAttributeNS(W, "val"), this::styleLevel);
    }

    private int styleLevel(String styleId) {
        if (styles == null) {
            return 0;
        }
        String id = styleId;
        for (int depth = 0; depth < 10 && id != null; depth++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                return 0;
            }
            CTPPrGeneral pPr = style.getCTStyle().getPPr();
            if (pPr != null && pPr.isSetOutlineLvl()) {
                return level(pPr.getOutlineLvl().getVal().intValue());
            }
            String name = style.getName() == null ? "" : style.getName().toLowerCase(Locale.ROOT).replace(" ", "");
            if (name.matches("(heading|标题)[1-9]")) {
                return name.charAt(name.length() - 1) - '0';
            }
            id = style.getCTStyle().isSetBasedOn() ? style.getCTStyle().getBasedOn().getVal() : null;
        }
        return 0;
    }

    /** Word's outline levels are 0-based, and 9 means body text. */
    private static int level(int outlineLevel) {
        return outlineLevel >= 0 && outlineLevel < 9 ? outlineLevel + 1 : 0;
    }

    private static Element child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && W.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static int intValue(Element element, int otherwise) {
        if (element == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(element.getAttributeNS(W, "val").strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
