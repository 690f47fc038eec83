package org.jixiao.formats.document;

import org.jixiao.core.review.Where;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML into blocks: {@code <table>} with {@code rowspan}/{@code colspan} becomes a grid, headings and paragraphs become
 * text; inline markup ({@code <b>}, {@code <span>}) disappears. Markdown is turned into HTML first (pipe tables
 * included), so both share one reader.
 */
final class HtmlReader {
    private static final int MAX_SPAN = 1000;

    private final List<Block> blocks = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int paragraphs;
    private int tables;

    private HtmlReader() {}

    static SourceDocument readMarkdown(String name, String markdown) {
        // HTML tables written inside Markdown are taken out before Markdown reads the text and put back after: Markdown
        // would end such a block at a blank line and read an indented row after it as code
        List<String> htmlTables = new ArrayList<>();
        StringBuilder source = new StringBuilder();
        Matcher open = TABLE_TAG.matcher(markdown);
        int at = 0;
        while (open.find(at)) {
            int end = tableEnd(markdown, open.start());
            if (end < 0) {
                break;
            }
            if (insideCodeFence(markdown, open.start())) {
                source.append(markdown, at, end);
                at = end;
                continue;
            }
            source.append(markdown, at, open.start()).append("\n\n").append(PLACEHOLDER).append(htmlTables.size()).append("\n\n");
            htmlTables.add(markdown.substring(open.start(), end));
            at = end;
        }
        source.append(markdown.substring(at));
        List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        String html = HtmlRenderer.builder().extensions(extensions).build().render(parser.parse(source.toString()));
        for (int i = htmlTables.size() - 1; i >= 0; i--) {
            // as a paragraph of its own, or inside a list item where Markdown writes no paragraph
            html = html.replace("<p>" + PLACEHOLDER + i + "</p>", htmlTables.get(i)).replace(PLACEHOLDER + i, htmlTables.get(i));
        }
        return read(name, html, SourceDocument.Format.MARKDOWN);
    }

    private static final Pattern TABLE_TAG = Pattern.compile("(?i)<table\\b");
    private static final Pattern TABLE_TAGS = Pattern.compile("(?i)<(/?)table\\b[^>]*>");
    private static final String PLACEHOLDER = "JIXIAOHTMLTABLE";

    /** Whether a position is inside a fenced code block (``` or ~~~), where HTML is text to show, not a table. */
    private static boolean insideCodeFence(String text, int position) {
        boolean inside = false;
        for (String line : text.substring(0, position).split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Where the HTML table opening at {@code start} ends (after its {@code </table>}, nested tables counted), or -1. */
    private static int tableEnd(String text, int start) {
        Matcher tags = TABLE_TAGS.matcher(text);
        int depth = 0;
        int from = start;
        while (tags.find(from)) {
            depth += tags.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return tags.end();
            }
            from = tags.end();
        }
        return -1;
    }

    static SourceDocument read(String name, String html, SourceDocument.Format format) {
        Document document = Jsoup.parse(html);
        // what a browser does not show is not in the document: Word's hidden text, display:none
        document.select("[style~=(?i)display\\s*:\\s*none], [style~=(?i)mso-hide\\s*:\\s*all], [hidden]").remove();
        HtmlReader reader = new HtmlReader();
        reader.walk(document.body());
        return new SourceDocument(name, format, 0, reader.blocks, reader.notes);
    }

    private void walk(Element parent) {
        walk(parent, "");
    }

    /** The blocks under {@code parent}; {@code prefix} (a list item's number) starts its first paragraph. */
    private void walk(Element parent, String prefix) {
        StringBuilder inline = new StringBuilder(prefix);
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode textNode) {
                inline.append(textNode.getWholeText());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("table")) {
                    flush(inline, 0);
                    table(element);
                } else if (tag.matches("h[1-6]")) {
                    flush(inline, 0);
                    inline.append(element.text());
                    flush(inline, tag.charAt(1) - '0');
                } else if (tag.equals("br")) {
                    flush(inline, 0);
                } else if (tag.equals("script") || tag.equals("style") || tag.equals("head")) {
                    continue;
                } else if (isBlock(tag)) {
                    flush(inline, 0);
                    // the number a browser prints before an item of a numbered list
                    String number = tag.equals("li") && element.parent() != null && element.parent().normalName().equals("ol")
                            ? listNumber(element) + ". " : "";
                    if (element.selectFirst("table, p, div, h1, h2, h3, h4, h5, h6, li, br") == null) {
                        inline.append(number).append(element.text());
                        flush(inline, 0);
                    } else {
                        walk(element, number);
                    }
                } else if (element.selectFirst("table") != null) {
                    flush(inline, 0);
                    walk(element);
                } else {
                    inline.append(element.text());
                }
            }
        }
        flush(inline, 0);
    }

    private static int listNumber(Element item) {
        int number;
        try {
            number = Integer.parseInt(item.parent().attr("start").strip());
        } catch (NumberFormatException e) {
            number = 1;
        }
        for (Element sibling : item.parent().children()) {
            if (sibling == item) {
                break;
            }
            if (sibling.normalName().equals("li")) {
                number++;
            }
        }
        return number;
    }

    private static boolean isBlock(String tag) {
        return switch (tag) {
            case "p", "div", "section", "article", "li", "ul", "ol", "blockquote", "pre", "center", "main", "body", "dd", "dt", "dl" -> true;
            default -> false;
        };
    }

    private void flush(StringBuilder inline, int headingLevel) {
        String text = Texts.normalize(inline.toString().replace('\n', ' '));
        inline.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        paragraphs++;
        blocks.add(new TextBlock(text, headingLevel, List.of(new TextBlock.Piece(0, Where.paragraph(paragraphs)))));
    }

    private void table(Element table) {
        for (Element caption : table.children()) {
            if (caption.normalName().equals("caption")) {
                StringBuilder text = new StringBuilder(caption.text());
                flush(text, 0);
            }
        }
        int index = ++tables;
        List<Cell> cells = new ArrayList<>();
        Map<Long, Boolean> taken = new HashMap<>();
        List<Element> nested = new ArrayList<>();
        int row = 0;
        for (Element tr : rows(table)) {
            if (phantom(tr)) {
                continue;
            }
            int column = 0;
            for (Element td : tr.children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                    continue;
                }
                while (taken.containsKey(key(row, column))) {
                    column++;
                }
                int rowSpan = span(td.attr("rowspan"), true);
                int columnSpan = span(td.attr("colspan"), false);
                for (Element inner : td.select("table")) {
                    if (inner.parent() != null && inner.parent().closest("table") == table) {
                        nested.add(inner);
                    }
                }
                cells.add(new Cell(row, column, rowSpan, columnSpan, cellText(td), Where.NOWHERE.inTable(index, row + 1, column + 1), indent(td)));
                for (int r = row; r < Math.min(row + rowSpan, row + MAX_SPAN); r++) {
                    for (int c = column; c < column + columnSpan; c++) {
                        taken.put(key(r, c), Boolean.TRUE);
                    }
                }
                column += columnSpan;
            }
            row++;
        }
        // a rowspan running past the last row (or rowspan="0": to the end of the table) ends with the table
        int rowCount = row;
        List<Cell> clamped = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            int rowSpan = Math.min(cell.rowSpan(), rowCount - cell.row());
            clamped.add(rowSpan == cell.rowSpan() ? cell
                    : new Cell(cell.row(), cell.column(), rowSpan, cell.columnSpan(), cell.text(), cell.where(), cell.indent()));
        }
        if (!clamped.isEmpty()) {
            blocks.add(new TableBlock(clamped, Where.NOWHERE.inTable(index, 0, 0)));
        }
        if (!nested.isEmpty()) {
            notes.add("第 " + index + " 个表格的单元格中有 " + nested.size() + " 个嵌套的表格，已作为单独的表格读取");
        }
        for (Element inner : nested) {
            table(inner);
        }
    }

    /** The rows of a table in the order they are shown: header rows, body rows, footer rows; not those of nested tables. */
    private static List<Element> rows(Element table) {
        List<Element> head = new ArrayList<>();
        List<Element> body = new ArrayList<>();
        List<Element> foot = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            Element section = tr.parent();
            String kind = section == null ? "" : section.normalName();
            (kind.equals("thead") ? head : kind.equals("tfoot") ? foot : body).add(tr);
        }
        List<Element> rows = new ArrayList<>(head);
        rows.addAll(body);
        rows.addAll(foot);
        return rows;
    }

    /**
     * A row that only sets column widths: Word's "save as HTML" ends a table whose columns do not line up with an
     * empty row of height 0 (inside {@code <![if !supportMisalignedColumns]>}), its cells without borders.
     */
    private static boolean phantom(Element tr) {
        boolean empty = true;
        boolean borderless = true;
        for (Element td : tr.children()) {
            empty &= td.text().isBlank() && td.select("img, table").isEmpty();
            borderless &= td.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT).contains("border:none");
        }
        return empty && (tr.attr("height").strip().equals("0") || (borderless && !tr.children().isEmpty()));
    }

    /** The cell's text; line breaks only where the cell breaks them (br, paragraphs), not where the HTML source does. */
    private static String cellText(Element td) {
        Element copy = td.clone();
        copy.select("table").remove();
        copy.select("br").after("\u2029");
        copy.select("p, div, li").after("\u2029");
        String text = copy.wholeText().replaceAll("\\s+", " ").replace('\u2029', '\n');
        return Texts.normalize(text);
    }

    private static final java.util.regex.Pattern INDENT = java.util.regex.Pattern.compile(
            "(?:padding-left|margin-left|text-indent)\\s*:\\s*([\\d.]+)\\s*(em|px|pt|rem)?");

    /** How far a cell's text is indented, in hundredths of an em: CSS padding, margin or text-indent, and leading spaces. */
    private static int indent(Element td) {
        double em = 0;
        Element at = td;
        for (int depth = 0; depth < 3 && at != null; depth++) {
            java.util.regex.Matcher matcher = INDENT.matcher(at.attr("style"));
            while (matcher.find()) {
                double value = Double.parseDouble(matcher.group(1));
                String unit = matcher.group(2) == null ? "px" : matcher.group(2);
                em += switch (unit) {
                    case "em", "rem" -> value;
                    case "pt" -> value / 12;
                    default -> value / 16;
                };
            }
            at = at.children().isEmpty() ? null : at.child(0);
        }
        String text = td.wholeText();
        for (int i = 0; i < text.length() && (text.charAt(i) == '\u3000' || text.charAt(i) == '\u00a0'); i++) {
            em += text.charAt(i) == '\u3000' ? 1 : 0.5;
        }
        return (int) Math.round(em * 100);
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }

    /** A rowspan or colspan as written; rowspan="0" means to the end of the table (cut later to the rows there are). */
    private static int span(String value, boolean rows) {
        try {
            int span = Integer.parseInt(value.strip());
            if (span == 0 && rows) {
                return MAX_SPAN;
            }
            return Math.max(1, Math.min(span, MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
