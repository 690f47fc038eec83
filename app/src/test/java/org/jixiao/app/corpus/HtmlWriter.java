package org.jixiao.app.corpus;

/**
 * Writes a {@link Doc} as one HTML page: headings as {@code <h1>}–{@code <h4>} (or bold paragraphs), tables with
 * {@code rowspan}/{@code colspan}, header cells as {@code <th>}, bold cells and captions in {@code <b>} where the
 * shape asks for it, indentation as padding.
 */
final class HtmlWriter {
    private HtmlWriter() {}

    static String write(Doc doc, boolean bold) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(doc.title)).append("</title>\n<style>\nbody{font-family:\"SimSun\",serif;font-size:12pt;line-height:1.6}\n"
                        + "table{border-collapse:collapse;margin:6pt auto;font-size:9pt}\ntd,th{border:1px solid #000;padding:2pt 4pt}\n"
                        + "table.rules td,table.rules th{border-left:none;border-right:none}\n.c{text-align:center}\n</style>\n</head>\n<body>\n");
        for (Object block : doc.blocks) {
            if (block instanceof Doc.Para para) {
                String text = escape(para.text());
                if (para.heading() > 0) {
                    int level = Math.min(para.heading(), 6);
                    html.append("<h").append(level).append('>').append(text).append("</h").append(level).append(">\n");
                } else if (para.bold()) {
                    html.append(para.centred() ? "<p class=\"c\">" : "<p>").append(bold || para.centred() ? "<b>" + text + "</b>" : "<strong>" + text + "</strong>")
                            .append("</p>\n");
                } else {
                    html.append("<p>").append(text).append("</p>\n");
                }
            } else if (block instanceof Doc.Table table) {
                table(html, table, bold);
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder html, Doc.Table table, boolean bold) {
        html.append(table.horizontalRulesOnly() ? "<table class=\"rules\">\n" : "<table>\n");
        for (int r = 0; r < table.rows(); r++) {
            html.append("<tr>");
            for (Doc.Cell cell : table.cells()) {
                if (cell.row() != r) {
                    continue;
                }
                String tag = r < table.headerRows() ? "th" : "td";
                html.append('<').append(tag);
                if (cell.rowSpan() > 1) {
                    html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
                }
                if (cell.columnSpan() > 1) {
                    html.append(" colspan=\"").append(cell.columnSpan()).append('"');
                }
                if (cell.indent() > 0) {
                    html.append(" style=\"padding-left:").append(1.5 * cell.indent() + 0.3).append("em\"");
                }
                html.append('>');
                String text = escape(cell.text());
                html.append(cell.bold() && bold && r >= table.headerRows() ? "<b>" + text + "</b>" : text);
                html.append("</").append(tag).append('>');
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
