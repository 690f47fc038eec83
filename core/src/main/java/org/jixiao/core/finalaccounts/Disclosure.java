package org.jixiao.core.finalaccounts;

import java.math.BigDecimal;
import java.util.List;

/**
 * The generated 情况说明 as structured content: sections of headings, paragraphs and charts. Documents (Word, HTML,
 * text) are renderings of this.
 */
public record Disclosure(String title, List<Section> sections) {
    public Disclosure {
        sections = List.copyOf(sections);
    }

    /** One of the thirteen sections: {@code 一、收入支出决算总体情况说明}. */
    public record Section(int number, String title, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }

        public String heading() {
            return ExplanationWriter.chineseNumeral(number) + "、" + title;
        }

        public List<Paragraph> paragraphs() {
            return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
        }

        public List<Chart> charts() {
            return blocks.stream().filter(Chart.class::isInstance).map(Chart.class::cast).toList();
        }
    }

    public sealed interface Block permits Heading, Paragraph, Chart {}

    /** A sub-heading such as {@code （一）收入决算结构情况}. */
    public record Heading(String text) implements Block {}

    /** A paragraph of running text. */
    public record Paragraph(String text) implements Block {}

    public enum ChartKind { BAR, PIE }

    /**
     * A chart: year-on-year bars (categories are the years) or a structure pie (categories are the parts).
     *
     * @param caption {@code 图1：收、支决算总计变动情况图（单位：万元）}
     */
    public record Chart(String id, String caption, ChartKind kind, List<String> categories, List<Series> series) implements Block {
        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    public record Series(String name, List<BigDecimal> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    public List<Chart> charts() {
        return sections.stream().flatMap(s -> s.charts().stream()).toList();
    }

    /** Plain text: the title, each section heading, its sub-headings and paragraphs; charts as their captions. */
    public String toText() {
        StringBuilder out = new StringBuilder(title).append("\n\n");
        for (Section section : sections) {
            out.append(section.heading()).append("\n\n");
            for (Block block : section.blocks()) {
                if (block instanceof Heading h) {
                    out.append(h.text()).append("\n\n");
                } else if (block instanceof Paragraph p) {
                    out.append(p.text()).append("\n\n");
                } else if (block instanceof Chart c) {
                    out.append("[").append(c.caption()).append("]\n\n");
                }
            }
        }
        return out.toString();
    }
}
