package org.jixiao.report.html;

import static org.jixiao.report.html.HtmlText.escape;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.jixiao.report.document.Block;
import org.jixiao.report.document.ReportDocument;

/**
 * Renders a document as one self-contained HTML page (for a browser preview): the same blocks as the Word report,
 * charts as inline SVG, no scripts and nothing fetched from the network.
 */
public final class HtmlRenderer {
    private static final String[] COLORS = {"#2f5597", "#c55a11", "#548235", "#7030a0"};
    private static final String CSS = """
            body{font-family:"FangSong","仿宋","Noto Serif CJK SC","Songti SC",serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.8;color:#222}
            h1,h2,h3,h4{font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif;font-weight:normal}
            h1{font-size:1.5em;margin-top:2em}h2{font-size:1.25em}h3,h4{font-size:1.1em}
            .cover{text-align:center;margin:4em 0 6em}.cover .title{font-size:2em;font-family:"SimHei","黑体",sans-serif;margin-bottom:2em}
            p{text-indent:2em;margin:.4em 0}p.strong{font-weight:bold}
            .placeholder{color:#c00000}
            figure{margin:1.5em 0;text-align:center}figcaption,.caption{text-align:center;font-family:"SimHei","黑体",sans-serif;margin:.8em 0 .3em}
            .unit{text-align:right;font-size:.9em}
            table{border-collapse:collapse;width:100%;font-family:"SimSun","宋体","Noto Serif CJK SC",serif;font-size:.9em}
            th,td{border:1px solid #000;padding:.2em .4em}th{background:#f2f2f2}
            td.left{text-align:left}td.center{text-align:center}td.right{text-align:right}td.bold{font-weight:bold}
            """;

    private HtmlRenderer() {}

    /**
     * @param cover the cover lines {label, value}; the first is the title
     */
    public static String render(ReportDocument document, List<String[]> cover) {
        Map<String, String> values = document.values();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n" + HtmlText.HEAD + "<title>")
                .append(escape(values.getOrDefault("title", ""))).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
        html.append("<div class=\"cover\">\n<div class=\"title\">").append(escape(cover.get(0)[1])).append("</div>\n");
        for (String[] line : cover.subList(1, cover.size())) {
            html.append("<div>").append(line[0].isEmpty() ? "" : escape(line[0]) + "：").append(escape(line[1])).append("</div>\n");
        }
        html.append("</div>\n");
        for (Block block : document.allBlocks()) {
            block(html, block);
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void block(StringBuilder html, Block block) {
        if (block instanceof Block.Heading heading) {
            int level = Math.min(Math.max(heading.level(), 1), 4);
            html.append("<h").append(level).append('>').append(escape(heading.text())).append("</h").append(level).append(">\n");
        } else if (block instanceof Block.Paragraph paragraph) {
            html.append(paragraph.emphasis() ? "<p class=\"strong\">" : "<p>").append(escape(paragraph.text())).append("</p>\n");
        } else if (block instanceof Block.Placeholder placeholder) {
            html.append("<p class=\"placeholder\">").append(escape(placeholder.text())).append("</p>\n");
        } else if (block instanceof Block.Table table) {
            table(html, table);
        } else if (block instanceof Block.Chart chart) {
            html.append("<figure>\n").append(Svg.chart(chart, COLORS)).append("<figcaption>").append(escape(chart.caption()))
                    .append("</figcaption>\n</figure>\n");
        } else if (block instanceof Block.PageBreak) {
            html.append("<hr>\n");
        }
    }

    private static void table(StringBuilder html, Block.Table table) {
        html.append("<div class=\"caption\">").append(escape(table.caption())).append("</div>\n");
        if (table.unit() != null) {
            html.append("<div class=\"unit\">").append(escape(table.unit())).append("</div>\n");
        }
        html.append("<table>\n");
        List<List<Block.Cell>> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            html.append("<tr>");
            for (int c = 0; c < rows.get(r).size(); c++) {
                Block.Cell cell = rows.get(r).get(c);
                if (cell.mergedAbove()) {
                    continue;
                }
                int span = 1;
                while (r + span < rows.size() && rows.get(r + span).get(c).mergedAbove()) {
                    span++;
                }
                boolean header = r < table.headerRows();
                html.append(header ? "<th" : "<td class=\"" + table.columns().get(c).align().name().toLowerCase() + (cell.bold() ? " bold" : "") + "\"");
                if (span > 1) {
                    html.append(" rowspan=\"").append(span).append('"');
                }
                html.append('>').append(escape(cell.text())).append(header ? "</th>" : "</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    /** Small SVG drawings of bar and line charts. */
    static final class Svg {
        private static final int WIDTH = 640;
        private static final int HEIGHT = 320;
        private static final int LEFT = 60;
        private static final int RIGHT = 20;
        private static final int TOP = 20;
        private static final int BOTTOM = 70;

        private Svg() {}

        static String chart(Block.Chart chart, String[] colors) {
            BigDecimal max = BigDecimal.ONE;
            BigDecimal min = BigDecimal.ZERO;
            for (Block.Series series : chart.series()) {
                for (BigDecimal v : series.values()) {
                    max = max.max(v);
                    min = min.min(v);
                }
            }
            BigDecimal range = max.subtract(min);
            int plotWidth = WIDTH - LEFT - RIGHT;
            int plotHeight = HEIGHT - TOP - BOTTOM;
            int n = chart.categories().size();
            StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
                    + "\" width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" font-size=\"12\">\n");
            svg.append("<title>").append(escape(chart.caption())).append("</title>\n");
            for (int t = 0; t <= 4; t++) {
                BigDecimal value = min.add(range.multiply(BigDecimal.valueOf(t)).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP));
                int y = TOP + plotHeight - plotHeight * t / 4;
                svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"").append(y)
                        .append("\" stroke=\"#ddd\"/>\n<text x=\"").append(LEFT - 6).append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\">")
                        .append(value.stripTrailingZeros().toPlainString()).append(chart.valueUnit().equals("%") ? "%" : "").append("</text>\n");
            }
            double slot = (double) plotWidth / n;
            int seriesCount = chart.series().size();
            for (int s = 0; s < seriesCount; s++) {
                Block.Series series = chart.series().get(s);
                String color = colors[s % colors.length];
                StringBuilder points = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    double height = range.signum() == 0 ? 0 : series.values().get(i).subtract(min).doubleValue() / range.doubleValue() * plotHeight;
                    double y = TOP + plotHeight - height;
                    if (chart.kind() == Block.Chart.Kind.BAR) {
                        double barWidth = slot * 0.7 / seriesCount;
                        double x = LEFT + i * slot + slot * 0.15 + s * barWidth;
                        svg.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s：%s</title></rect>%n",
                                x, y, barWidth, height, color, escape(chart.categories().get(i)), escape(series.name()), series.values().get(i).toPlainString()));
                    } else {
                        double x = LEFT + i * slot + slot / 2;
                        points.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
                        svg.append(String.format(java.util.Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s %s：%s</title></circle>%n",
                                x, y, color, escape(chart.categories().get(i)), escape(series.name()), series.values().get(i).toPlainString()));
                    }
                }
                if (chart.kind() == Block.Chart.Kind.LINE) {
                    svg.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"2\" points=\"").append(points.toString().strip()).append("\"/>\n");
                }
                int legendX = LEFT + s * 140;
                svg.append("<rect x=\"").append(legendX).append("\" y=\"").append(HEIGHT - 18).append("\" width=\"12\" height=\"12\" fill=\"").append(color)
                        .append("\"/><text x=\"").append(legendX + 16).append("\" y=\"").append(HEIGHT - 8).append("\">").append(escape(series.name())).append("</text>\n");
            }
            for (int i = 0; i < n; i++) {
                double x = LEFT + i * slot + slot / 2;
                svg.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, TOP + plotHeight + 18,
                        escape(chart.categories().get(i))));
            }
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP + plotHeight).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y2=\"").append(TOP + plotHeight).append("\" stroke=\"#000\"/>\n");
            return svg.append("</svg>\n").toString();
        }
    }
}
