package org.jixiao.formats.reportreader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.core.review.PrintedNumbers;
import org.jixiao.core.review.Quote;
import org.jixiao.core.review.Where;
import org.jixiao.formats.document.Block;
import org.jixiao.formats.document.Cell;
import org.jixiao.formats.document.SourceDocument;
import org.jixiao.formats.document.TableBlock;
import org.jixiao.formats.document.TextBlock;

/**
 * Turns the tables of a document into {@link LogicalTable}s: a caption and a unit found in the lines above (or in a
 * title row inside the table), header rows told from body rows, and a table that continues after a page break or a
 * "续表" — with or without its header repeated — joined to the piece before it.
 */
final class LogicalTables {
    static final Pattern CAPTION = Pattern.compile("^\\s*(?:附\\s*)?表\\s*[\\d一二三四五六七八九十]+(?:\\s*[-－—.．]\\s*\\d+)?\\s*[：:．.、]?\\s*(.*)$");
    private static final Pattern TITLE_WORDS = Pattern.compile(".*(表|情况|明细|统计|汇总|清单|评分|得分|一览)\\s*[（(]?[^）)]{0,12}[）)]?$");
    private static final Pattern UNIT = Pattern.compile("(?:单位|金额单位|计量单位)\\s*[：:]\\s*(亿元|万元|千元|元)");
    private static final Pattern CONTINUED = Pattern.compile("^\\s*[（(]?\\s*(续表|续上表|续上页|接上表|接上页|续)\\s*[\\d一二三四五六七八九十]*\\s*[）)]?\\s*[：:]?.{0,30}$");
    private static final Pattern PAGE_NOISE = Pattern.compile("^\\s*(?:第\\s*\\d+\\s*页(?:\\s*[，,/]?\\s*共\\s*\\d+\\s*页)?|[-—－]\\s*\\d+\\s*[-—－]|\\d{1,3}|\\d+\\s*/\\s*\\d+|共\\s*\\d+\\s*页)\\s*$");
    private static final TableVocabulary WORDS = TableVocabulary.get();

    private LogicalTables() {}

    static List<LogicalTable> of(SourceDocument document) {
        List<LogicalTable> tables = new ArrayList<>();
        List<TextBlock> since = new ArrayList<>();
        LogicalTable previous = null;
        int number = 0;
        for (Block block : document.blocks()) {
            if (block instanceof TextBlock text) {
                since.add(text);
                continue;
            }
            TableBlock table = (TableBlock) block;
            number++;
            if (table.rowCount() == 0 || table.columnCount() == 0) {
                continue;
            }
            List<LogicalTable.Row> fitted = previous == null ? null : fitted(rows(table), previous);
            if (fitted != null && continues(previous, fitted, since)) {
                append(previous, fitted);
                previous.inferred |= table.inferred();
            } else {
                LogicalTable logical = start(number, table, since);
                tables.add(logical);
                previous = logical;
            }
            since = new ArrayList<>();
        }
        for (LogicalTable table : tables) {
            joinFragments(table);
        }
        return tables;
    }

    /**
     * Rows that are only the wrapped part of a neighbouring row's words (a PDF table without row lines, text laid out by
     * spaces): no figures, nothing in the first cell, in a table whose rows carry figures. Each is joined to the neighbour
     * whose words it completes best — the one after it unless the one before makes more names match the rows around.
     */
    private static void joinFragments(LogicalTable table) {
        List<LogicalTable.Row> body = new ArrayList<>(table.body());
        long withFigures = body.stream().filter(LogicalTables::hasNumbers).count();
        if (body.size() < 4 || withFigures * 10 < body.size() * 6) {
            return;
        }
        boolean changed = false;
        for (int i = 0; i < body.size(); i++) {
            LogicalTable.Row row = body.get(i);
            if (!isRowRest(row) || !row.text(0).isBlank() || hasMergedCells(row)) {
                continue;
            }
            LogicalTable.Row next = i + 1 < body.size() && hasNumbers(body.get(i + 1)) ? body.get(i + 1) : null;
            LogicalTable.Row previous = i > 0 && hasNumbers(body.get(i - 1)) ? body.get(i - 1) : null;
            if (next == null && previous == null) {
                continue;
            }
            LogicalTable.Row before = join(row, next, true);
            LogicalTable.Row after = join(previous, row, false);
            int nextScore = next == null ? -1 : agreement(before, i + 2 < body.size() ? body.get(i + 2) : null);
            int previousScore = previous == null ? -1 : agreement(after, i - 2 >= 0 ? body.get(i - 2) : null);
            if (nextScore >= previousScore && next != null) {
                body.set(i + 1, before);
            } else {
                body.set(i - 1, after);
            }
            body.remove(i);
            i--;
            changed = true;
        }
        if (changed) {
            List<LogicalTable.Row> header = new ArrayList<>(table.header());
            table.rows.clear();
            table.rows.addAll(header);
            table.rows.addAll(body);
        }
    }

    private static boolean hasMergedCells(LogicalTable.Row row) {
        return row.slots().stream().anyMatch(slot -> slot.cell() != null && slot.cell().rowSpan() > 1);
    }

    /** The two rows' words joined column by column; the figures and the place are the row's that has them. */
    private static LogicalTable.Row join(LogicalTable.Row first, LogicalTable.Row second, boolean placeOfSecond) {
        if (first == null || second == null) {
            return null;
        }
        List<LogicalTable.Slot> slots = new ArrayList<>();
        for (int c = 0; c < Math.max(first.slots().size(), second.slots().size()); c++) {
            LogicalTable.Slot a = first.slot(c);
            LogicalTable.Slot b = second.slot(c);
            LogicalTable.Slot keep = placeOfSecond ? b : a;
            String text = TableVocabulary.key(b.text()).startsWith(TableVocabulary.key(a.text())) && !a.text().isBlank() && !b.text().isBlank()
                    ? b.text().strip() : TableVocabulary.key(a.text()).startsWith(TableVocabulary.key(b.text())) && !b.text().isBlank()
                    ? a.text().strip() : a.text().strip() + b.text().strip();
            slots.add(new LogicalTable.Slot(keep.cell() != null ? keep.cell() : (a.cell() != null ? a.cell() : b.cell()), text));
        }
        return new LogicalTable.Row(slots, placeOfSecond ? second.where() : first.where());
    }

    /** How many name cells of a joined row read exactly as the same column of a row beside it. */
    private static int agreement(LogicalTable.Row joined, LogicalTable.Row neighbour) {
        if (joined == null || neighbour == null) {
            return 0;
        }
        int same = 0;
        for (int c = 0; c < joined.slots().size(); c++) {
            String a = TableVocabulary.key(joined.text(c));
            if (!a.isEmpty() && PrintedNumbers.parse(a) == null && a.equals(TableVocabulary.key(neighbour.text(c)))) {
                same++;
            }
        }
        return same;
    }

    private static LogicalTable start(int number, TableBlock table, List<TextBlock> before) {
        LogicalTable logical = new LogicalTable(number, table.columnCount());
        logical.inferred = table.inferred();
        List<String> texts = new ArrayList<>();
        for (TextBlock text : before) {
            texts.add(text.text());
        }
        logical.before = texts.size() > 6 ? List.copyOf(texts.subList(texts.size() - 6, texts.size())) : List.copyOf(texts);
        // caption and unit: the last few short lines above the table
        for (int i = before.size() - 1; i >= 0 && i >= before.size() - 3; i--) {
            TextBlock text = before.get(i);
            String line = text.text().strip();
            Matcher unit = UNIT.matcher(line);
            if (unit.find() && logical.unit == null) {
                logical.unit = unit.group(1);
                String rest = line.substring(0, unit.start()).strip();
                if (rest.isEmpty()) {
                    continue;
                }
                line = rest;
            }
            if (logical.caption == null && isCaption(line)) {
                logical.caption = line;
                logical.captionQuote = new Quote(text.where(), line);
                break;
            }
            if (PAGE_NOISE.matcher(line).matches()) {
                continue;
            }
            if (line.length() > 60) {
                break;
            }
        }
        List<LogicalTable.Row> rows = rows(table);
        int start = 0;
        // title rows inside the table: one cell over (nearly) the whole width, above the header
        while (start < rows.size() - 1 && isTitleRow(rows.get(start), table.columnCount())) {
            String title = rows.get(start).quote();
            Matcher unit = UNIT.matcher(title);
            if (unit.find()) {
                if (logical.unit == null) {
                    logical.unit = unit.group(1);
                }
                title = title.substring(0, unit.start()).strip();
            }
            if (logical.caption == null && !title.isEmpty()) {
                logical.caption = title;
                logical.captionQuote = new Quote(rows.get(start).where(), title);
            }
            start++;
        }
        logical.rows.addAll(rows.subList(start, rows.size()));
        logical.headerRows = headerRows(logical.rows, table.columnCount());
        if (logical.unit == null) {
            for (LogicalTable.Row row : logical.header()) {
                Matcher unit = Pattern.compile("[（(]\\s*(亿元|万元|千元|元)\\s*[）)]").matcher(row.quote());
                if (unit.find()) {
                    logical.unit = unit.group(1);
                    break;
                }
            }
        }
        return logical;
    }

    static boolean isCaption(String line) {
        String stripped = line.strip();
        if (stripped.length() > 50 || stripped.endsWith("。") || stripped.endsWith("；")) {
            return false;
        }
        return CAPTION.matcher(stripped).matches() || TITLE_WORDS.matcher(stripped).matches();
    }

    private static boolean isTitleRow(LogicalTable.Row row, int columns) {
        if (columns < 2) {
            return false;
        }
        Cell first = null;
        int covered = 0;
        for (LogicalTable.Slot slot : row.slots()) {
            if (slot.text().isBlank()) {
                continue;
            }
            if (first == null) {
                first = slot.cell();
            } else if (slot.cell() != first) {
                return false;
            }
            covered++;
        }
        return first != null && first.columnSpan() * 10 >= columns * 8 && !WORDS.isTotal(first.text())
                && PrintedNumbers.parse(first.text()) == null && covered > 0 && first.rowSpan() == 1;
    }

    private static List<LogicalTable.Row> rows(TableBlock table) {
        List<LogicalTable.Row> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            List<LogicalTable.Slot> slots = new ArrayList<>(table.columnCount());
            for (int c = 0; c < table.columnCount(); c++) {
                Cell cell = table.cellAt(r, c);
                slots.add(cell == null ? LogicalTable.Slot.EMPTY : new LogicalTable.Slot(cell, cell.text()));
            }
            LogicalTable.Row row = new LogicalTable.Row(slots, table.rowWhere(r));
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * Header rows: the leading rows without a number in any cell but the first, at most four, the first of them always,
     * the next ones only while they hold header words or continue a header cell merged down from above.
     */
    static int headerRows(List<LogicalTable.Row> rows, int columns) {
        int header = 0;
        while (header < rows.size() && header < 4) {
            LogicalTable.Row row = rows.get(header);
            if (hasNumbers(row) || isBodyWord(row)) {
                break;
            }
            if (header > 0 && !hasHeaderWord(row) && !mergedFromAbove(rows.get(header - 1), row)) {
                break;
            }
            header++;
        }
        if (header == rows.size()) {
            return Math.min(1, rows.size());
        }
        return header;
    }

    private static boolean hasNumbers(LogicalTable.Row row) {
        for (int c = 1; c < row.slots().size(); c++) {
            String text = row.text(c).strip();
            if (PrintedNumbers.parse(text) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBodyWord(LogicalTable.Row row) {
        String first = row.quote();
        return WORDS.isTotal(first) || WORDS.isSubtotal(first) || first.equals("续上页") || first.startsWith("续上页");
    }

    private static boolean hasHeaderWord(LogicalTable.Row row) {
        for (LogicalTable.Slot slot : row.slots()) {
            TableVocabulary.Role role = WORDS.roleOf(slot.text());
            if (role != null) {
                return true;
            }
            String key = TableVocabulary.key(slot.text());
            if (key.matches(".*(指标|分值|得分|权重|金额|预算|决算|年度|合计|名称|项目|数|率|比|额|单位)$")) {
                return true;
            }
        }
        return false;
    }

    private static boolean mergedFromAbove(LogicalTable.Row above, LogicalTable.Row row) {
        for (int c = 0; c < row.slots().size(); c++) {
            if (row.slot(c).cell() != null && row.slot(c).sameCell(above.slot(c)) && !row.text(c).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A table continues the previous one when nothing but page noise or a "续表" line stands between them, it has the same
     * columns, and it either repeats the previous header or starts straight with body rows.
     */
    private static boolean continues(LogicalTable previous, List<LogicalTable.Row> rows, List<TextBlock> between) {
        boolean continued = false;
        for (TextBlock text : between) {
            String line = text.text().strip();
            if (CONTINUED.matcher(line).matches()) {
                continued = true;
            } else if (!PAGE_NOISE.matcher(line).matches() && !(line.length() <= 30 && !isCaption(line) && !line.contains("。")
                    && !line.contains("，") && text.where().page() > 0)) {
                return false;
            }
        }
        if (rows.isEmpty()) {
            return false;
        }
        if (repeatsHeader(previous, rows)) {
            return true;
        }
        if (continued) {
            return true;
        }
        // no header: the first row must look like a body row of the previous table, or the rest of its last row
        return headerRows(rows, previous.columns) == 0 || rows.get(0).quote().startsWith("续上页")
                || isRowRest(rows.get(0), true) && rows.size() > 1 && hasNumbers(rows.get(1));
    }

    /**
     * The rows of a table that may continue {@code previous}, on the previous table's columns, or null when they cannot be
     * put there. A page of a table without ruling lines may show a column more: a cell that stands between two columns on
     * that page only (a 合计 label centred over two name columns). Such a column, blank in the header, is merged into a
     * neighbour when no row has words in both.
     */
    private static List<LogicalTable.Row> fitted(List<LogicalTable.Row> rows, LogicalTable previous) {
        int columns = rows.isEmpty() ? 0 : rows.get(0).slots().size();
        while (columns > previous.columns) {
            int merged = -1;
            for (int c = 0; c < columns && merged < 0; c++) {
                if (!rows.get(0).text(c).isBlank()) {
                    continue;
                }
                if (c > 0 && disjoint(rows, c - 1, c)) {
                    merged = c - 1;
                } else if (c + 1 < columns && disjoint(rows, c, c + 1)) {
                    merged = c;
                }
            }
            if (merged < 0) {
                return null;
            }
            List<LogicalTable.Row> next = new ArrayList<>(rows.size());
            for (LogicalTable.Row row : rows) {
                List<LogicalTable.Slot> slots = new ArrayList<>(row.slots());
                LogicalTable.Slot right = slots.remove(merged + 1);
                if (!right.text().isBlank()) {
                    slots.set(merged, right);
                }
                next.add(new LogicalTable.Row(slots, row.where()));
            }
            rows = next;
            columns--;
        }
        return columns == previous.columns ? rows : null;
    }

    private static boolean disjoint(List<LogicalTable.Row> rows, int a, int b) {
        for (LogicalTable.Row row : rows) {
            if (!row.text(a).isBlank() && !row.text(b).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean repeatsHeader(LogicalTable previous, List<LogicalTable.Row> rows) {
        if (previous.headerRows == 0 || rows.size() < previous.headerRows) {
            return false;
        }
        for (int r = 0; r < previous.headerRows; r++) {
            if (!TableVocabulary.key(previous.rows.get(r).quote()).equals(TableVocabulary.key(rows.get(r).quote()))) {
                return false;
            }
        }
        return true;
    }

    private static void append(LogicalTable previous, List<LogicalTable.Row> rows) {
        int skip = repeatsHeader(previous, rows) ? previous.headerRows : 0;
        if (skip < rows.size() && previous.rows.size() > previous.headerRows && isRowRest(rows.get(skip), true)) {
            // a row broken by the page: its first part ends the previous page, the rest of its words start this one
            LogicalTable.Row last = previous.rows.get(previous.rows.size() - 1);
            LogicalTable.Row rest = rows.get(skip);
            List<LogicalTable.Slot> joined = new ArrayList<>();
            for (int c = 0; c < last.slots().size(); c++) {
                LogicalTable.Slot slot = last.slot(c);
                String more = rest.text(c).strip();
                // a page may print the start of a name again above its rest: keep one copy
                boolean repeated = !more.isEmpty() && TableVocabulary.key(slot.text()).startsWith(TableVocabulary.key(more));
                joined.add(more.isEmpty() || repeated ? slot : new LogicalTable.Slot(slot.cell(), slot.text() + more));
            }
            previous.rows.set(previous.rows.size() - 1, new LogicalTable.Row(joined, last.where()));
            skip++;
        }
        previous.rows.addAll(rows.subList(skip, rows.size()));
        previous.pieces++;
    }

    private static boolean isRowRest(LogicalTable.Row row) {
        return isRowRest(row, false);
    }

    /**
     * The rest of a row broken by a page: no figures, some words; nothing in its first cell unless it stands right after
     * a page break ({@code atPageBreak}), where even the first cell may go on ("可持续发展" / "能力").
     */
    private static boolean isRowRest(LogicalTable.Row row, boolean atPageBreak) {
        if (!atPageBreak && !row.text(0).isBlank()) {
            return false;
        }
        if (atPageBreak && (PrintedNumbers.parse(row.text(0).strip()) != null || Names.numberingStyle(row.text(0).strip()) != null)) {
            return false; // a numbered row of its own ("二、过程"), not the rest of one
        }
        for (LogicalTable.Slot slot : row.slots()) {
            if (PrintedNumbers.parse(slot.text().strip()) != null) {
                return false;
            }
        }
        return !row.isBlank() && !WORDS.isTotal(row.quote()) && !WORDS.isSubtotal(row.quote());
    }

    static Where where(LogicalTable table) {
        return table.rows.isEmpty() ? Where.NOWHERE : table.rows.get(0).where();
    }
}
