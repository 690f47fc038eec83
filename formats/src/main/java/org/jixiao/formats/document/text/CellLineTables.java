package org.jixiao.formats.document.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Tables as plain {@code pdftotext} (without {@code -layout}) writes them when the rows of a table are tall enough for
 * each cell to be a block of its own: every cell on its own line, or on its own lines between blank lines, row after
 * row, with nothing marking where a row ends. Rows are recovered from the header: a run of short header words, at least
 * one of them naming a numeric column (分值, 得分, 得分率, 金额 …), gives the row length; every data row must then print
 * the same kind of cell in each column as the rows before it (numbers where the header names a number, percentages in
 * a column of percentages, words in a column of names). The table ends at the first group of cells that does not fit.
 * A header that could start rows of more than one length, or fewer than two rows that fit, is no table: the lines stay
 * text. (Tables whose rows are tight come out of plain {@code pdftotext} column by column, or with merged cells only
 * once; neither fits, and they stay text too.)
 */
public final class CellLineTables {
    /** Header words of the columns that hold numbers. */
    private static final Pattern NUMERIC_HEADER = Pattern.compile(
            ".*(?:分值|权重|分数|标准分|满分|得分|[率数]|金额|万元|（元）|\\(元\\)|[(（][A-Za-z][)）]|收入|支出|结余|结转|合\\s*计|小\\s*计"
                    + "|资金|拨款|经费|费用|增长|余额|预算|决算).*");
    /** Words of column headers: most cells of a header hold one. */
    private static final Pattern HEADER_WORD = Pattern.compile(
            ".*(?:指标|分值|得分|权重|序号|项目|名称|内容|单位|金额|预算|执行|完成|目标|年度|评价|说明|原因|备注|类别|科目|类型|标准|依据"
                    + "|级别|等级|结果|部门|[数率值分年]).*");
    /** What a header cell never holds: a sentence's punctuation, a decimal number, a percentage, a weight in brackets. */
    private static final Pattern NOT_HEADER = Pattern.compile(
            "[。；;：:，,]|[0-9０-９][.．][0-9０-９]|[0-9０-９]\\s*[%％]|[(（]\\s*[0-9０-９.]+\\s*分?\\s*[)）]");
    private static final int MAX_HEADER = 12;
    /** A page number as a footer prints it (- 3 -, 第 3 页): page furniture between the cells of a table over pages. */
    private static final Pattern PAGE_FOOTER = Pattern.compile(
            "\\s*(?:[-—–－]\\s*[0-9０-９]+\\s*[-—–－]|第\\s*[0-9０-９]+\\s*页(?:\\s*[,，]?\\s*共\\s*[0-9０-９]+\\s*页)?)\\s*");

    private CellLineTables() {}

    /** What a cell prints. */
    private enum Kind { TEXT, ORDINAL, NUMBER, PERCENT, PLACEHOLDER, BROKEN }

    /** A cell: the text of lines {@code first..last}. */
    private record Chunk(int first, int last, String text) {}

    /**
     * The tables among {@code lines}, outside the lines already {@code taken} by other tables.
     *
     * @param breaks lines never part of such a table (captions, tab-separated lines)
     */
    public static List<FoundTable> find(List<String> lines, boolean[] taken, Predicate<String> breaks) {
        List<FoundTable> found = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (taken[i] || Layout.isBlank(lines.get(i))) {
                i++;
                continue;
            }
            FoundTable table = null;
            for (boolean blankSeparated : new boolean[] {true, false}) {
                table = tableAt(lines, taken, breaks, i, blankSeparated);
                if (table != null) {
                    break;
                }
            }
            if (table == null) {
                i++;
                continue;
            }
            found.add(table);
            i = table.last() + 1;
        }
        return found;
    }

    /**
     * The cells from line {@code start}: blocks of lines between blank lines, or single lines, up to a line taken or
     * breaking.
     */
    private static List<Chunk> chunks(List<String> lines, boolean[] taken, Predicate<String> breaks, int start,
            boolean blankSeparated, int limit, List<Integer> furniture) {
        List<Chunk> chunks = new ArrayList<>();
        int i = start;
        while (i < lines.size() && chunks.size() < limit) {
            String line = lines.get(i);
            if (taken[i] || breaks.test(line)) {
                break;
            }
            if (Layout.isBlank(line)) {
                i++;
                continue;
            }
            if (PAGE_FOOTER.matcher(line).matches()) {
                furniture.add(i);
                i++;
                continue;
            }
            if (!blankSeparated) {
                chunks.add(new Chunk(i, i, line.strip()));
                i++;
                continue;
            }
            int first = i;
            String text = "";
            while (i < lines.size() && !taken[i] && !breaks.test(lines.get(i)) && !Layout.isBlank(lines.get(i))) {
                text = CellText.join(text, lines.get(i).strip());
                i++;
            }
            chunks.add(new Chunk(first, i - 1, text));
        }
        return chunks;
    }

    private static FoundTable tableAt(List<String> lines, boolean[] taken, Predicate<String> breaks, int start,
            boolean blankSeparated) {
        List<Integer> furniture = new ArrayList<>();
        List<Chunk> chunks = chunks(lines, taken, breaks, start, blankSeparated, 4000, furniture);
        int run = 0;
        while (run < chunks.size() && run < MAX_HEADER && headerLike(lines, chunks.get(run), blankSeparated, run == 0)) {
            run++;
        }
        if (blankSeparated && chunks.size() > 1 && chunks.get(0).last() + 1 == chunks.get(1).first()) {
            return null; // cells not separated by blank lines: read line by line instead
        }
        Rows best = null;
        boolean tie = false;
        for (int width = 3; width <= run; width++) {
            Rows rows = rows(lines, chunks, width);
            if (rows == null) {
                continue;
            }
            if (best == null || rows.count() > best.count()) {
                best = rows;
                tie = false;
            } else if (rows.count() == best.count()) {
                tie = true;
            }
        }
        if (best == null || tie) {
            return null;
        }
        FoundTable table = best.table(chunks);
        List<Integer> inside = furniture.stream().filter(line -> line > table.first() && line < table.last()).toList();
        return new FoundTable(table.first(), table.last(), table.grid(), null, inside);
    }

    /**
     * A short cell of words that can be a column's header: no sentence, no number, no weight in brackets (决策管理 (2) is
     * a name in a row), no placeholder, on lines each of which is so.
     */
    private static boolean headerLike(List<String> lines, Chunk chunk, boolean blankSeparated, boolean first) {
        String text = chunk.text();
        int length = text.codePointCount(0, text.length());
        if (length < 1 || length > 16 || (!blankSeparated && chunk.first() != chunk.last()) || (first && CellText.isTotal(text))
                || NOT_HEADER.matcher(text).find()) {
            return false;
        }
        for (int i = chunk.first(); i <= chunk.last(); i++) {
            String line = lines.get(i).strip();
            if (CellText.isValue(line) || CellText.isNumeric(line) || line.codePoints().noneMatch(Width::isWide)) {
                return false;
            }
        }
        return true;
    }

    private static Kind kind(String text) {
        if (CellText.isPlaceholder(text)) {
            return Kind.PLACEHOLDER;
        }
        if (CellText.isNumber(text)) {
            String stripped = text.strip();
            if (stripped.endsWith("%") || stripped.endsWith("％")) {
                return Kind.PERCENT;
            }
            return stripped.matches("[0-9０-９]{1,4}") ? Kind.ORDINAL : Kind.NUMBER;
        }
        return CellText.isNumeric(text) ? Kind.BROKEN : Kind.TEXT;
    }

    /** The kind of a cell: a cell of several lines mixing a value with other lines is no cell, but cells run together. */
    private static Kind kind(List<String> lines, Chunk chunk) {
        if (chunk.first() != chunk.last()) {
            for (int i = chunk.first(); i <= chunk.last(); i++) {
                if (CellText.isNumeric(lines.get(i))) {
                    return Kind.BROKEN;
                }
            }
        }
        return kind(chunk.text());
    }

    /** Rows of {@code width} cells under a header of {@code width} chunks: how many fit, and a total row after them. */
    private record Rows(int width, int count, List<Integer> total) {
        FoundTable table(List<Chunk> chunks) {
            List<Grid.Cell> cells = new ArrayList<>();
            for (int r = 0; r <= count; r++) {
                for (int c = 0; c < width; c++) {
                    Chunk chunk = chunks.get(r * width + c);
                    cells.add(new Grid.Cell(r, c, 1, 1, chunk.text(), chunk.first()));
                }
            }
            int used = (count + 1) * width;
            if (total != null) {
                // a total row: its label spans the columns before the first number
                int row = count + 1;
                Chunk label = chunks.get(used);
                cells.add(new Grid.Cell(row, 0, 1, total.get(0), label.text(), label.first()));
                for (int k = 0; k < total.size(); k++) {
                    Chunk chunk = chunks.get(used + 1 + k);
                    cells.add(new Grid.Cell(row, total.get(k), 1, 1, chunk.text(), chunk.first()));
                }
                used += 1 + total.size();
            }
            int first = chunks.get(0).first();
            int last = chunks.get(used - 1).last();
            return new FoundTable(first, last, new Grid(cells, first, last), null);
        }
    }

    private static Rows rows(List<String> lines, List<Chunk> chunks, int width) {
        boolean anyNumeric = false;
        int words = 0;
        boolean[] numericHeader = new boolean[width];
        for (int c = 0; c < width; c++) {
            numericHeader[c] = NUMERIC_HEADER.matcher(chunks.get(c).text()).matches();
            anyNumeric |= numericHeader[c];
            words += HEADER_WORD.matcher(chunks.get(c).text()).matches() ? 1 : 0;
        }
        if (!anyNumeric || words * 2 < width) {
            return null;
        }
        Kind[] seen = new Kind[width];
        int count = 0;
        while ((count + 2) * width <= chunks.size()) {
            int from = (count + 1) * width;
            Kind[] kinds = new Kind[width];
            boolean fits = true;
            for (int c = 0; c < width && fits; c++) {
                kinds[c] = kind(lines, chunks.get(from + c));
                fits = fits(kinds[c], seen[c], numericHeader[c]);
            }
            // a row starts with what names it: words, a year, a number in order
            if (!fits || kinds[0] == Kind.PLACEHOLDER || numericHeader[0]) {
                break;
            }
            for (int c = 0; c < width; c++) {
                if (kinds[c] != Kind.PLACEHOLDER) {
                    seen[c] = kinds[c];
                }
            }
            count++;
            if (CellText.isTotal(chunks.get(from).text())) {
                // a total row printing every cell ends the table
                return count < 2 ? null : new Rows(width, count, null);
            }
        }
        if (count < 2) {
            return null;
        }
        return new Rows(width, count, totalRow(lines, chunks, (count + 1) * width, width, seen, numericHeader));
    }

    /** Whether a cell of this kind fits a column whose cells so far were of kind {@code seen} (null: none yet). */
    private static boolean fits(Kind kind, Kind seen, boolean numericHeader) {
        if (kind == Kind.BROKEN) {
            return false;
        }
        if (kind == Kind.PLACEHOLDER) {
            return true;
        }
        if (numericHeader) {
            // a whole number may print as 10 in a column of 10.50: ordinal and number are one kind here
            Kind value = kind == Kind.ORDINAL ? Kind.NUMBER : kind;
            Kind before = seen == Kind.ORDINAL ? Kind.NUMBER : seen;
            return value != Kind.TEXT && (before == null || before == value);
        }
        // a column of names holds words, or numbers in order (序号, 年度), never amounts or percentages
        return (kind == Kind.TEXT || kind == Kind.ORDINAL) && (seen == null || seen == kind);
    }

    /**
     * A total row right after the rows: its label (合计, 总分 …) then one value for each numeric column from the first
     * one on (blank text columns print nothing); the columns it fills, or null when the cells after the rows are no
     * such row.
     */
    private static List<Integer> totalRow(List<String> lines, List<Chunk> chunks, int from, int width, Kind[] seen, boolean[] numericHeader) {
        if (from >= chunks.size() || !CellText.isTotal(chunks.get(from).text())) {
            return null;
        }
        int firstNumeric = 1;
        while (firstNumeric < width && !numericHeader[firstNumeric]) {
            firstNumeric++;
        }
        List<Integer> columns = new ArrayList<>();
        for (int c = firstNumeric; c < width; c++) {
            if (numericHeader[c]) {
                columns.add(c);
            }
        }
        if (columns.isEmpty() || from + columns.size() >= chunks.size()) {
            return null;
        }
        for (int k = 0; k < columns.size(); k++) {
            int column = columns.get(k);
            Kind kind = kind(lines, chunks.get(from + 1 + k));
            if (kind == Kind.TEXT || !fits(kind, seen[column], true)) {
                return null;
            }
        }
        int after = from + 1 + columns.size();
        if (after < chunks.size() && kind(lines, chunks.get(after)) != Kind.TEXT) {
            return null; // more numbers follow: the cells are not this row
        }
        return columns;
    }
}
