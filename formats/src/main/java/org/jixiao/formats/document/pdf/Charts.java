package org.jixiao.formats.document.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a chart drawn into the page (Word and LibreOffice export native charts as vector drawings with real
 * text): axis tick labels, the axis title, category labels and the legend. It is not running text, and a Word
 * document read as .docx has none of it. A chart is recognised by its value axis: four or more lines that hold only a
 * number each, right-aligned on one edge, evenly spaced, with evenly stepped values that reach 0 ("12000 10000 … 0");
 * the chart is the band of the page from its top tick to its bottom tick and the few short lines right below (the
 * category labels and the legend).
 */
final class Charts {
    private static final Pattern TICK = Pattern.compile("^(?:[^\\d\\s]{1,2}\\s+)?(-?\\d{1,7}(?:\\.\\d{1,3})?)\\s*%?$");

    private Charts() {}

    /** The band {top, bottom} of each chart among the lines (top to bottom). */
    static List<double[]> find(List<TextLine> lines, double textWidth) {
        List<double[]> charts = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = axisEnd(lines, i);
            if (end < 0) {
                i++;
                continue;
            }
            double top = lines.get(i).top();
            double bottom = lines.get(end).bottom();
            double size = lines.get(end).size();
            int labelLines = 0;
            int next = end + 1;
            while (next < lines.size() && labelLines < 3) {
                TextLine line = lines.get(next);
                String text = line.text().strip();
                boolean labels = line.width() <= 0.6 * textWidth || line.split(line.size()).size() >= 2;
                if (line.top() - bottom > 3 * size || !labels || text.endsWith("。")
                        || Paragraphs.startsHeadingOrCaption(text)) {
                    break;
                }
                bottom = line.bottom();
                labelLines++;
                next++;
            }
            charts.add(new double[] {top, bottom});
            i = next;
        }
        return charts;
    }

    /** The index of the last tick of a value axis whose first tick is line {@code start}, or -1. */
    private static int axisEnd(List<TextLine> lines, int start) {
        BigDecimal first = tick(lines.get(start));
        if (first == null) {
            return -1;
        }
        List<Integer> ticks = new ArrayList<>();
        ticks.add(start);
        List<BigDecimal> values = new ArrayList<>();
        values.add(first);
        double right = lines.get(start).right();
        int skipped = 0;
        for (int i = start + 1; i < lines.size() && skipped <= 2; i++) {
            TextLine line = lines.get(i);
            BigDecimal value = tick(line);
            if (value != null && Math.abs(line.right() - right) <= 2.0) {
                ticks.add(i);
                values.add(value);
                skipped = 0;
            } else if (line.text().strip().length() <= 2) {
                skipped++; // the axis title ("万元", "%") printed beside the ticks
            } else {
                break;
            }
        }
        // the longest evenly stepped, evenly spaced prefix
        int count = 1;
        BigDecimal step = null;
        double pitch = Double.NaN;
        for (int k = 1; k < ticks.size(); k++) {
            BigDecimal difference = values.get(k).subtract(values.get(k - 1));
            double distance = lines.get(ticks.get(k)).baseline() - lines.get(ticks.get(k - 1)).baseline();
            if (difference.signum() == 0 || step != null && difference.compareTo(step) != 0
                    || !Double.isNaN(pitch) && Math.abs(distance - pitch) > 1.0) {
                break;
            }
            step = difference;
            pitch = distance;
            count++;
        }
        if (count < 4) {
            return -1;
        }
        boolean zero = false;
        for (int k = 0; k < count; k++) {
            zero |= values.get(k).signum() == 0;
        }
        return zero ? ticks.get(count - 1) : -1;
    }

    /** The number a line holding only a tick label shows, or null. */
    private static BigDecimal tick(TextLine line) {
        Matcher matcher = TICK.matcher(line.text().strip());
        return matcher.matches() ? new BigDecimal(matcher.group(1)) : null;
    }
}
