package org.jixiao.formats.document;

import org.jixiao.core.review.Where;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private int paragraphs;
    private int tables;

    private HtmlReader() {}

    static SourceDocument readMarkdown(String name, String markdown) {
        List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        String html = HtmlRenderer.builder().extensions(extensions).build().render(parser.parse(markdown));
        return read(name, html, SourceDocument.Format.MARKDOWN);
    }

    static SourceDocument read(String name, String html, SourceDocument.Format format) {
        Document document = Jsoup.parse(html);
        HtmlReader reader = new HtmlReader();
        reader.walk(document.body());
        return new SourceDocument(name, format, 0, reader.blocks, List.of());
    }

    private void walk(Element parent) {
        StringBuilder inline = new StringBuilder();
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
                    if (element.selectFirst("table, p, div, h1, h2, h3, h4, h5, h6, li, br") == null) {
                        inline.append(element.text());
                        flush(inline, 0);
                    } else {
                        walk(element);
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
        int index = ++tables;
        List<Cell> cells = new ArrayList<>();
        Map<Long, Boolean> taken = new HashMap<>();
        List<Element> nested = new ArrayList<>();
        int row = 0;
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
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
                int rowSpan = span(td.attr("rowspan"));
                int columnSpan = span(td.attr("colspan"));
                for (Element inner : td.select("table")) {
                    if (inner.parent() != null && inner.parent().closest("table") == table) {
                        nested.add(inner);
                    }
                }
                cells.add(new Cell(row, column, rowSpan, columnSpan, cellText(td), Where.NOWHERE.inTable(index, row + 1, column + 1), indent(td)));
                for (int r = row; r < row + rowSpan; r++) {
                    for (int c = column; c < column + columnSpan; c++) {
                        taken.put(key(r, c), Boolean.TRUE);
                    }
                }
                column += columnSpan;
            }
            row++;
        }
        if (!cells.isEmpty()) {
            blocks.add(new TableBlock(cells, Where.NOWHERE.inTable(index, 0, 0)));
        }
        for (Element inner : nested) {
            table(inner);
        }
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

    private static int span(String value) {
        try {
            int span = Integer.parseInt(value.strip());
            return Math.max(1, Math.min(span, MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
