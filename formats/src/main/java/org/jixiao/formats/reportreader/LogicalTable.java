package org.jixiao.formats.reportreader;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.review.PrintedNumbers;
import org.jixiao.core.review.Quote;
import org.jixiao.core.review.Where;
import org.jixiao.formats.document.Cell;

/**
 * A table as the reader of a report sees it: the pieces a page break or a 续表 split joined again, its caption and unit,
 * its header rows told apart from its body. Cells keep their identity, so that a name merged over nine rows is known to be
 * one name, not nine.
 */
final class LogicalTable {
    /** One grid position: the cell covering it (the same object at every position a merged cell covers) and its text. */
    record Slot(Cell cell, String text) {
        static final Slot EMPTY = new Slot(null, "");

        boolean isBlank() {
            return PrintedNumbers.isEmpty(text) && !isDash();
        }

        boolean isDash() {
            return text.strip().matches("[—–\\-－/]{1,3}");
        }

        /** The same printed cell as {@code other} (a vertical or horizontal merge), not merely the same text. */
        boolean sameCell(Slot other) {
            return cell != null && other != null && cell == other.cell;
        }
    }

    record Row(List<Slot> slots, Where where) {
        String text(int column) {
            return column >= 0 && column < slots.size() ? slots.get(column).text() : "";
        }

        Slot slot(int column) {
            return column >= 0 && column < slots.size() ? slots.get(column) : Slot.EMPTY;
        }

        /** The row as one line, each printed cell once: for quotations. */
        String quote() {
            StringBuilder text = new StringBuilder();
            Cell last = null;
            for (Slot slot : slots) {
                if (slot.cell() != null && slot.cell() == last) {
                    continue;
                }
                last = slot.cell();
                String cell = slot.text().replace('\n', ' ').strip();
                if (!cell.isEmpty()) {
                    text.append(text.length() > 0 ? " " : "").append(cell);
                }
            }
            return text.toString();
        }

        boolean isBlank() {
            return slots.stream().allMatch(slot -> slot.text().isBlank());
        }
    }

    final int number;
    final int columns;
    final List<Row> rows = new ArrayList<>();
    int headerRows;
    String caption;
    Quote captionQuote;
    String unit;
    int pieces = 1;
    /** Some piece's cells were inferred from the alignment of plain text ({@code TableBlock.inferred()}). */
    boolean inferred;
    /** The paragraphs just before the table (nearest last), for context: the section it is in, a caption, a unit. */
    List<String> before = List.of();

    LogicalTable(int number, int columns) {
        this.number = number;
        this.columns = columns;
    }

    List<Row> header() {
        return rows.subList(0, headerRows);
    }

    List<Row> body() {
        return rows.subList(headerRows, rows.size());
    }

    /** The header words over a column, deepest row last, each distinct text once ("评价指标/一级指标"). */
    List<String> headerTexts(int column) {
        List<String> texts = new ArrayList<>();
        for (Row row : header()) {
            String text = row.text(column).replace('\n', ' ').strip();
            if (!text.isEmpty() && (texts.isEmpty() || !texts.get(texts.size() - 1).equals(text))) {
                texts.add(text);
            }
        }
        return texts;
    }

    String headerLabel(int column) {
        return String.join("/", headerTexts(column));
    }

    /** A name for the table in findings: its caption, else "第 N 个表格". */
    String label() {
        return caption != null && !caption.isBlank() ? caption : "第 " + number + " 个表格";
    }

    Quote rowQuote(Row row) {
        return new Quote(row.where(), row.quote());
    }

    Quote anchorQuote() {
        if (captionQuote != null) {
            return captionQuote;
        }
        Row first = rows.isEmpty() ? null : rows.get(0);
        return new Quote(first == null ? Where.NOWHERE : first.where(), first == null ? label() : first.quote());
    }
}
