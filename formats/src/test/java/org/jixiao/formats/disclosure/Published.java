package org.jixiao.formats.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.core.disclosure.Statement;

/**
 * A test disclosure being put together: the tables of a {@link Sample} in a {@link Layouts.Style} (any subset, in the
 * standard order), the 情况说明 paragraphs, and what a test injected into them; written as a Word document.
 */
final class Published {
    final Sample sample;
    final Layouts layouts;
    final Map<String, Grid> tables = new LinkedHashMap<>();
    /** Headings and paragraphs of the 情况说明, in order; a heading starts with "#". */
    final List<String> text = new ArrayList<>();
    /** Whether the 情况说明 is printed before the tables (as most 决算 documents do) or after them. */
    boolean textFirst = true;

    Published(Sample sample, Layouts.Style style) {
        this.sample = sample;
        this.layouts = new Layouts(sample, style);
    }

    /** The named tables: summary, income, expenditure, fiscal, general, basic, fund, capital, three. */
    Published with(String... names) {
        for (String name : names) {
            tables.put(name, switch (name) {
                case "summary" -> layouts.summary();
                case "income" -> layouts.income();
                case "expenditure" -> layouts.expenditure();
                case "fiscal" -> layouts.fiscal();
                case "general" -> layouts.general();
                case "basic" -> layouts.basic();
                case "fund" -> layouts.fund();
                case "capital" -> layouts.capital();
                case "three" -> layouts.three();
                default -> throw new IllegalArgumentException(name);
            });
        }
        return this;
    }

    /** Every table of the statement: nine for 决算, eight for 预算. */
    Published all() {
        return sample.statement == Statement.BUDGET ? with("summary", "income", "expenditure", "fiscal", "general", "basic", "three", "fund")
                : with("summary", "income", "expenditure", "fiscal", "general", "basic", "fund", "capital", "three");
    }

    Grid table(String name) {
        return tables.get(name);
    }

    Published text(String... paragraphs) {
        text.addAll(List.of(paragraphs));
        return this;
    }

    String title() {
        return sample.year + "年度" + sample.organisation + "部门" + sample.statement.word();
    }

    byte[] docx() {
        DisclosureDocx writer = new DisclosureDocx().title(title());
        if (textFirst) {
            writeText(writer);
        }
        for (Grid grid : tables.values()) {
            writer.tablePage(grid);
        }
        if (!textFirst) {
            writer.orientation(false).pageBreak();
            writeText(writer);
        }
        return writer.bytes();
    }

    private void writeText(DisclosureDocx writer) {
        for (String paragraph : text) {
            if (paragraph.startsWith("#")) {
                writer.heading(paragraph.substring(1));
            } else {
                writer.paragraph(paragraph);
            }
        }
    }
}
