package org.jixiao.report.accounts;

import static org.jixiao.report.html.HtmlText.escape;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import org.jixiao.core.finalaccounts.AccountsText;
import org.jixiao.core.finalaccounts.Disclosure;
import org.jixiao.core.finalaccounts.Disclosure.Block;
import org.jixiao.core.finalaccounts.Disclosure.Chart;
import org.jixiao.core.finalaccounts.Disclosure.ChartKind;
import org.jixiao.report.html.HtmlText;

/** Renders the 情况说明 as one self-contained HTML page; the charts are inline SVG (no script, no network). */
public final class AccountsHtml {
    private static final String[] COLOURS = {"#4472c4", "#ed7d31", "#a5a5a5", "#ffc000", "#5b9bd5", "#70ad47", "#264478", "#9e480e"};

    private AccountsHtml() {}

    public static String render(Disclosure disclosure) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n" + HtmlText.HEAD + "<title>")
                .append(escape(disclosure.title())).append("</title>\n<style>\n")
                .append("body{font-family:\"FangSong\",\"仿宋\",\"Noto Serif CJK SC\",\"Source Han Serif SC\",serif;max-width:52em;margin:2em auto;line-height:1.8;font-size:16px}\n")
                .append("h1{text-align:center;font-family:\"SimHei\",\"黑体\",\"Noto Sans CJK SC\",sans-serif}\n")
                .append("h2,h3{font-family:\"SimHei\",\"黑体\",\"Noto Sans CJK SC\",sans-serif}\np{text-indent:2em}\n")
                .append("figure{text-align:center;margin:1em 0}figcaption{font-size:14px}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(disclosure.title())).append("</h1>\n");
        for (Disclosure.Section section : disclosure.sections()) {
            html.append("<h2>").append(escape(section.heading())).append("</h2>\n");
            for (Block block : section.blocks()) {
                if (block instanceof Disclosure.Heading h) {
                    html.append("<h3>").append(escape(h.text())).append("</h3>\n");
                } else if (block instanceof Disclosure.Paragraph p) {
                    html.append("<p>").append(escape(p.text())).append("</p>\n");
                } else if (block instanceof Chart c) {
                    html.append("<figure id=\"").append(escape(c.id())).append("\">\n")
                            .append(c.kind() == ChartKind.BAR ? bars(c) : pie(c))
                            .append("<figcaption>").append(escape(c.caption())).append("</figcaption>\n</figure>\n");
                }
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /** Vertical bars, one per category (year), labelled with the amount. */
    static String bars(Chart chart) {
        List<BigDecimal> values = chart.series().get(0).values();
        BigDecimal max = values.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        int width = 480;
        int height = 260;
        int base = 220;
        int plot = 180;
        int slot = width / Math.max(values.size(), 1);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" aria-label=\"" + escape(chart.caption()) + "\">\n");
        svg.append("<line x1=\"20\" y1=\"").append(base).append("\" x2=\"").append(width - 20).append("\" y2=\"").append(base)
                .append("\" stroke=\"#333\"/>\n");
        for (int i = 0; i < values.size(); i++) {
            BigDecimal value = values.get(i);
            int h = max.signum() == 0 ? 0 : value.multiply(BigDecimal.valueOf(plot)).divide(max, 0, RoundingMode.HALF_UP).intValue();
            int x = i * slot + slot / 4;
            int w = slot / 2;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(base - h).append("\" width=\"").append(w).append("\" height=\"")
                    .append(h).append("\" fill=\"").append(COLOURS[i % COLOURS.length]).append("\"/>\n");
            svg.append("<text x=\"").append(x + w / 2).append("\" y=\"").append(base - h - 6).append("\" text-anchor=\"middle\" font-size=\"13\">")
                    .append(escape(AccountsText.money(value))).append("</text>\n");
            svg.append("<text x=\"").append(x + w / 2).append("\" y=\"").append(base + 20).append("\" text-anchor=\"middle\" font-size=\"13\">")
                    .append(escape(chart.categories().get(i))).append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** A pie of the parts with a legend giving each part's amount and share. */
    static String pie(Chart chart) {
        List<BigDecimal> values = chart.series().get(0).values();
        BigDecimal total = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> shares = AccountsText.shares(values, total);
        int legendLines = values.size();
        int height = Math.max(240, 30 + legendLines * 22);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"620\" height=\"" + height
                + "\" viewBox=\"0 0 620 " + height + "\" role=\"img\" aria-label=\"" + escape(chart.caption()) + "\">\n");
        double cx = 120;
        double cy = 120;
        double r = 100;
        double angle = -Math.PI / 2;
        for (int i = 0; i < values.size(); i++) {
            // Geometry only: the printed figures come from BigDecimal; the angle of a slice is drawing arithmetic.
            double fraction = total.signum() == 0 ? 0 : values.get(i).divide(total, 6, RoundingMode.HALF_UP).doubleValue();
            String colour = COLOURS[i % COLOURS.length];
            if (fraction >= 0.999999) {
                svg.append("<circle cx=\"").append(cx).append("\" cy=\"").append(cy).append("\" r=\"").append(r).append("\" fill=\"")
                        .append(colour).append("\"/>\n");
            } else if (fraction > 0) {
                double end = angle + fraction * 2 * Math.PI;
                svg.append(String.format(Locale.ROOT, "<path d=\"M%.2f %.2f L%.2f %.2f A%.2f %.2f 0 %d 1 %.2f %.2f Z\" fill=\"%s\"/>%n", cx, cy,
                        cx + r * Math.cos(angle), cy + r * Math.sin(angle), r, r, fraction > 0.5 ? 1 : 0, cx + r * Math.cos(end),
                        cy + r * Math.sin(end), colour));
                angle = end;
            }
            int y = 30 + i * 22;
            svg.append("<rect x=\"260\" y=\"").append(y - 11).append("\" width=\"12\" height=\"12\" fill=\"").append(colour).append("\"/>\n");
            svg.append("<text x=\"280\" y=\"").append(y).append("\" font-size=\"13\">").append(escape(chart.categories().get(i) + " "
                    + AccountsText.money(values.get(i)) + "万元（" + org.jixiao.core.number.ChineseNumbers.plainPercent(shares.get(i)) + "）"))
                    .append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }
}
