package org.jixiao.formats.document.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Tables in text whose columns are aligned with spaces, as {@code pdftotext -layout} writes them (and as people align
 * tables by hand). The steps, each measured on PDFs that LibreOffice made of Word tables like those of real reports
 * (src/test/scripts/make-document-inputs.py):
 * <ol>
 * <li><b>Regions</b>: runs of lines with two or more pieces separated by two spaces or more, allowing blank lines and
 * one-piece lines inside the table's width (wrapped cell text) between them; never across a page break; a second
 * header under rows of numbers starts another table. Label and value lines (被评价部门：  …) are text.</li>
 * <li><b>Columns</b>: from the text columns that (almost) no line of the region prints on, measured by character count
 * (what {@code pdftotext} aligns by) or by display width (wide CJK characters as two columns: text aligned on screen),
 * whichever fits the pieces better; a column printed by few lines is kept when it is clear of its neighbours. Every
 * word goes to the column it overlaps most; a word over several columns is a cell spanning them.</li>
 * <li><b>Rows</b>: one row per <i>anchor</i> line, a line holding whole values (numbers, percentages, placeholders) in at
 * least half the numeric columns, a number broken over two lines counting on its upper line (or on the line between
 * its parts); in a table without numbers, a line with two cells or more. Column by column, the lines between two
 * anchors are cut between the two rows where the cells come out best (a dynamic programme): centred on their anchor
 * (cells centred vertically, as most Chinese tables are) or starting on it (aligned to the top), whichever explains
 * the table better, every line but the last of a cell filling the column, numbers joining into numbers.</li>
 * <li><b>Merged cells</b> in the leading name columns (一级指标 printed once for nine rows): aligned to the top, the
 * name starts its group and the rows below are left blank (the reader of the table fills blanks downward); centred,
 * the name sits in the middle of its rows, and its rows are found as the run of rows whose middle (in printed lines,
 * rows as tall as their tallest cell) is nearest the name, runs of a column covering whole runs of the column on its
 * right; the few best placements of every column are searched together.</li>
 * <li><b>Pages</b>: the parts of a table on consecutive pages (under a repeated header, or without one but with the same
 * columns) are read again knowing that a merged cell may run on from the page before (its text then printed at the
 * top of its part, or its last line at the top of the next) and joined.</li>
 * </ol>
 * Precision first: a region whose numbers do not come out whole, whose column borders are missed (two numbers in one
 * cell), whose numbers may or may not be broken over two lines, whose alignment cannot be told, or whose merged cells
 * can be placed in more than one way about as well, is reported with a problem and no grid, and its lines are read as
 * text.
 */
public final class LayoutTables {
    /** Words of a table header. */
    private static final java.util.regex.Pattern HEADER_WORD = java.util.regex.Pattern.compile(
            "指标|分值|得分|权重|序号|名称|内容|金额|偏差|原因|备注|完成值");
    /** Other lines allowed between two lines of a table (blank lines of tall rows). */
    private static final int MAX_GAP = 3;
    /** Lines of one short piece inside the table's width allowed between two lines of it (a cell wrapped many times). */
    private static final int MAX_WRAPPED = 12;
    /** Aligned to the top and centred explaining a table this nearly as well, and reading it differently: no table. */
    private static final double MODE_MARGIN = 1.0;
    /** The cost of a short line followed by more lines of the same cell: a wrapped cell fills every line but its last. */
    private static final double SHORT_LINE_INSIDE = 3.0;
    /** Largest acceptable distance, in printed lines, between a merged cell's text and the middle of its rows. */
    private static final double MAX_CENTRING_ERROR = 1.5;
    /** A second placement of merged cells this close to the best one makes the placement ambiguous. */
    private static final double AMBIGUITY_MARGIN = 0.5;

    private LayoutTables() {}

    /**
     * The tables among {@code lines}.
     *
     * @param lines  the text's lines, without form feeds
     * @param pages  the page of each line (a table never runs over a page break; continued tables are joined later)
     * @param breaks lines that are never part of a table (captions, tab-separated lines)
     */
    public static List<FoundTable> find(List<String> lines, int[] pages, Predicate<String> breaks) {
        List<List<Layout.Piece>> pieces = new ArrayList<>(lines.size());
        for (String line : lines) {
            pieces.add(Layout.pieces(line, Width.CHARACTERS));
        }
        Scan scan = new Scan(lines, pages, breaks, pieces);
        List<Part> parts = new ArrayList<>();
        int i = 0;
        int taken = -1;
        while (i < lines.size()) {
            if (!scan.multi(i)) {
                i++;
                continue;
            }
            int last = i;
            int count = 1;
            int left = scan.pieces().get(i).get(0).start();
            int right = scan.pieces().get(i).get(scan.pieces().get(i).size() - 1).end();
            int gap = 0;
            int wrapped = 0;
            for (int j = i + 1; j < lines.size(); j++) {
                if (pages[j] != pages[i] || scan.breaks(j)) {
                    break;
                }
                if (scan.multi(j)) {
                    last = j;
                    count++;
                    gap = 0;
                    wrapped = 0;
                    List<Layout.Piece> line = scan.pieces().get(j);
                    left = Math.min(left, line.get(0).start());
                    right = Math.max(right, line.get(line.size() - 1).end());
                    continue;
                }
                if (!scan.blank(j) && scan.prose(j)) {
                    break;
                }
                // a long cell wraps over many lines, each printing one short piece inside the table's width; blank lines
                // and other lines end the table after a few
                Layout.Piece piece = scan.blank(j) ? null : scan.pieces().get(j).get(0);
                boolean inside = piece != null && piece.start() >= left && piece.end() <= right
                        && piece.text().codePointCount(0, piece.text().length()) <= 12;
                if (inside && ++wrapped <= MAX_WRAPPED) {
                    continue;
                }
                if (++gap > MAX_GAP) {
                    break;
                }
            }
            if (count < 2) {
                i = last + 1;
                continue;
            }
            boolean split = false;
            int second = scan.secondHeader(i, last);
            if (second > i) {
                // a second header under rows of numbers starts another table (the indicators under a budget block)
                last = second - 1;
                while (last > i && !scan.multi(last)) {
                    last--;
                }
                split = true;
            }
            List<Integer> lead = new ArrayList<>();
            for (int k = i - 1; k > taken && k >= i - 2 && scan.fragment(k) && pages[k] == pages[i]; k--) {
                lead.add(0, k);
            }
            List<Integer> trail = new ArrayList<>();
            for (int k = last + 1; !split && k < lines.size() && k <= last + 2 && pages[k] == pages[i]
                    && (scan.fragment(k) || (k == last + 1 && scan.bareNumber(k))); k++) {
                // a bare number right under the table is the end of a number broken there, not a page number
                trail.add(k);
            }
            Part part = Part.read(lines, i, last, lead, trail, pages[i]);
            if (part == null) {
                i = split ? second : last + 1;
                continue;
            }
            parts.add(part);
            taken = part.found().last();
            i = split ? second : part.found().last() + 1;
        }
        return chains(lines, parts);
    }

    /** One region read on its own, and what is needed to join it to the part of the same table on the next page. */
    private record Part(int first, int last, List<Integer> lead, List<Integer> trail, int page, Read read) {
        static Part read(List<String> lines, int first, int last, List<Integer> lead, List<Integer> trail, int page) {
            Read read = build(lines, first, last, lead, trail, false, false, null);
            return read == null ? null : new Part(first, last, lead, trail, page, read);
        }

        FoundTable found() {
            return read.found();
        }

        /** Read again as a part of a table over pages, the numeric columns known from the first part. */
        Read again(List<String> lines, boolean continuation, boolean continues, boolean[] numeric) {
            Read again = build(lines, first, last, lead, trail, continuation, continues, numeric);
            return again == null ? new Read(found(), List.of(), null, "第 " + (first + 1) + " 行起的一段读不出表格") : again;
        }
    }

    /**
     * Parts of one table printed over several pages: each part after the first on a later page, separated from the
     * one before by page furniture only (page numbers, running heads), under the same header. Each part is read again
     * knowing that its first merged cells may continue from the page before and its last ones may continue on the
     * next page, and the parts are joined into one table. When a part cannot be read, none of them is.
     */
    private static List<FoundTable> chains(List<String> lines, List<Part> parts) {
        List<FoundTable> found = new ArrayList<>();
        int i = 0;
        while (i < parts.size()) {
            int j = i;
            while (j + 1 < parts.size() && continues(lines, parts.get(j), parts.get(j + 1))) {
                j++;
            }
            if (j == i) {
                found.add(parts.get(i).found());
                i++;
                continue;
            }
            FoundTable table = null;
            String reason = null;
            int restart = -1;
            boolean[] numeric = parts.get(i).read().numeric();
            for (int k = i; k <= j; k++) {
                Read piece = parts.get(k).again(lines, k > i, k < j, k > i ? numeric : null);
                if (piece.found().grid() == null) {
                    reason = piece.reason();
                    break;
                }
                if (piece.numeric() == null || numeric == null || piece.numeric().length != numeric.length) {
                    reason = "第 " + (piece.found().first() + 1) + " 行起的一页与前一页的列数不同";
                    // a page that reads as a table of its own (its header printed again, its columns placed a little
                    // differently) starts a new table: the pages before it stay one table, nothing is lost
                    if (parts.get(k).found().grid() != null && !parts.get(k).read().headerLines().isEmpty()) {
                        restart = k;
                    } else if (k == j && table != null && onlyHeaderAndTotals(lines, parts.get(k), parts.get(i).read().headerLines())) {
                        restart = k + 1; // a last page with the header and the 合计 row only: the rows are all read
                    }
                    break;
                }
                table = table == null ? piece.found() : append(lines, table, piece.found(), !piece.headerLines().isEmpty());
            }
            int first = parts.get(i).found().first();
            int last = parts.get(j).found().last();
            if (restart > i && table != null) {
                found.add(table);
                i = restart;
                continue;
            }
            found.add(reason == null ? table
                    : new FoundTable(first, last, null, "第 " + (first + 1) + "–" + (last + 1) + " 行像是一张分 " + (j - i + 1)
                            + " 页印出的表格，但" + reason + "，按文字读取"));
            i = j + 1;
        }
        return found;
    }

    /** Whether every line of {@code part} with a figure is a line of {@code header} or a 合计/总计 row. */
    private static boolean onlyHeaderAndTotals(List<String> lines, Part part, List<String> header) {
        for (int i = part.found().first(); i <= part.found().last(); i++) {
            String text = lines.get(i).replaceAll("\\s+", "");
            if (text.matches(".*\\d.*") && !header.contains(text) && !text.matches("^(合计|总计|总分|综合得分).*")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code after} goes on with the table of {@code before}: on a later page, only page furniture between them,
     * and either starting with the lines of {@code before}'s header printed again, or (a table whose header is not
     * repeated) starting with rows of the same columns, numeric where {@code before}'s are.
     */
    private static boolean continues(List<String> lines, Part before, Part after) {
        if (after.page() <= before.page() || !onlyPageFurniture(lines, before.found().last() + 1, after.found().first())) {
            return false;
        }
        List<String> header = before.read().headerLines();
        if (!header.isEmpty()) {
            List<String> printed = new ArrayList<>();
            for (int i = after.found().first(); i <= after.found().last() && printed.size() < header.size(); i++) {
                String text = lines.get(i).replaceAll("\\s+", "");
                if (!text.isEmpty()) {
                    printed.add(text);
                }
            }
            if (header.equals(printed)) {
                return true;
            }
        }
        boolean[] numeric = before.read().numeric();
        boolean anyNumeric = numeric != null && java.util.stream.IntStream.range(0, numeric.length).anyMatch(c -> numeric[c]);
        return anyNumeric && after.read().headerLines().isEmpty() && Arrays.equals(numeric, after.read().numeric());
    }

    /** Only blank lines, page numbers, running heads (short lines) or 续表 between two lines: no caption, no sentence. */
    private static boolean onlyPageFurniture(List<String> lines, int from, int to) {
        int printed = 0;
        for (int i = from; i < to; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || CellText.isPageNumber(line) || line.startsWith("续表")) {
                continue;
            }
            if (line.length() > 30 || line.endsWith("。") || CAPTION.matcher(line).find() || ++printed > 3) {
                return false;
            }
        }
        return true;
    }

    /** {@code next} (built as a continuation, its repeated header first when {@code header}) appended to {@code table}. */
    private static FoundTable append(List<String> lines, FoundTable table, FoundTable next, boolean header) {
        Grid grid = table.grid();
        int offset = grid.rowCount() - (header ? 1 : 0);
        List<Grid.Cell> cells = new ArrayList<>(grid.cells());
        for (Grid.Cell cell : next.grid().cells()) {
            if (header && cell.row() == 0) {
                continue;
            }
            if (cell.continued()) {
                // a merged cell continued from the previous page: the last cell of that column grows (when it reaches
                // the end of the previous page), and its text goes on with the text printed on this page
                // (重大项目培育管理 … (8))
                int last = -1;
                for (int i = 0; i < grid.cells().size(); i++) {
                    if (cells.get(i).column() == cell.column() && (last < 0 || cells.get(i).row() > cells.get(last).row())) {
                        last = i;
                    }
                }
                if (last >= 0) {
                    Grid.Cell above = cells.get(last);
                    boolean reaches = above.row() + above.rowSpan() == grid.rowCount();
                    String text = cell.text() == null ? above.text() : CellText.join(above.text(), cell.text());
                    cells.set(last, new Grid.Cell(above.row(), above.column(), above.rowSpan() + (reaches ? cell.rowSpan() : 0),
                            above.columnSpan(), text, above.line()));
                }
                continue;
            }
            cells.add(new Grid.Cell(cell.row() + offset, cell.column(), cell.rowSpan(), cell.columnSpan(), cell.text(), cell.line()));
        }
        List<Integer> furniture = new ArrayList<>(table.furniture());
        for (int line = table.last() + 1; line < next.first(); line++) {
            if (!Layout.isBlank(lines.get(line))) {
                furniture.add(line);
            }
        }
        return new FoundTable(table.first(), next.last(), new Grid(cells, table.first(), next.last()), null, furniture);
    }

    /** What the region scan needs to know about each line. */
    private record Scan(List<String> lines, int[] pages, Predicate<String> breakers, List<List<Layout.Piece>> pieces) {
        boolean blank(int i) {
            return pieces.get(i).isEmpty();
        }

        boolean breaks(int i) {
            return breakers.test(lines.get(i));
        }

        /** A line of two cells or more; not a label and its value (被评价部门：    威海…, 评价机构：  …). */
        boolean multi(int i) {
            List<Layout.Piece> line = pieces.get(i);
            if (line.size() < 2 || breaks(i)) {
                return false;
            }
            String label = line.get(0).text();
            return !(line.size() == 2 && (label.endsWith("：") || label.endsWith(":")));
        }

        /** A line of running text: long, or ending a sentence. */
        boolean prose(int i) {
            String text = lines.get(i).strip();
            return text.codePointCount(0, text.length()) > 24 || text.endsWith("。") || text.endsWith("；") || text.endsWith("：");
        }

        /**
         * The first line of a second header inside lines {@code from..to}: a line of three pieces or more, two of them
         * header words (一级指标, 分值, 得分 …), no number, below a line with numbers; with the wordy lines just above it
         * (its wrapped header cells). -1 when there is none.
         */
        int secondHeader(int from, int to) {
            boolean numbers = false;
            for (int k = from; k <= to; k++) {
                if (hasNumber(k)) {
                    numbers = true;
                    continue;
                }
                if (numbers && pieces.get(k).size() >= 3 && headerWords(k) >= 2) {
                    int start = k;
                    while (start - 1 > from && start > k - 2 && !blank(start - 1) && !hasNumber(start - 1)) {
                        start--;
                    }
                    return start;
                }
            }
            return -1;
        }

        private boolean hasNumber(int line) {
            for (Layout.Piece piece : pieces.get(line)) {
                for (Layout.Word word : piece.words()) {
                    if (CellText.isNumber(word.text())) {
                        return true;
                    }
                }
            }
            return false;
        }

        private int headerWords(int line) {
            int count = 0;
            for (Layout.Piece piece : pieces.get(line)) {
                count += HEADER_WORD.matcher(piece.text()).find() ? 1 : 0;
            }
            return count;
        }

        boolean bareNumber(int i) {
            return pieces.get(i).size() == 1 && CellText.isNumeric(lines.get(i));
        }

        /** A one-piece line that may be a wrapped part of a cell just above or below a table's lines. */
        boolean fragment(int i) {
            String text = lines.get(i).strip();
            return pieces.get(i).size() == 1 && !breaks(i) && !prose(i) && !CellText.isPageNumber(text)
                    && !text.startsWith("注") && !text.contains("：") && !text.contains(":");
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // One region

    /** A fragment of a cell printed on one line: its column, how many columns it covers, its text. */
    private record Frag(int column, int span, String text) {}

    /** Rows: the anchor line of each, the first being the header's when the table has one. */
    private enum Mode { TOP, CENTRED }

    /** A region read: the table (or the problem), and the header row's texts for joining parts over pages. */
    /**
     * A region read: the table (or, with {@code reason}, the problem), the lines of its header (without spaces) and
     * its numeric columns, for joining the parts of a table printed over several pages.
     */
    private record Read(FoundTable found, List<String> headerLines, boolean[] numeric, String reason) {}

    /** A caption line: 表 3：… */
    private static final java.util.regex.Pattern CAPTION = java.util.regex.Pattern.compile("^(?:附)?表\\s*[0-9０-９]");

    /** The note for lines that look like a table that could not be read. */
    private static String problem(int first, int last, String reason) {
        return "第 " + (first + 1) + "–" + (last + 1) + " 行像是表格，但" + reason + "，按文字读取";
    }

    private static Read build(List<String> lines, int first, int last, List<Integer> lead, List<Integer> trail,
            boolean continuation, boolean continues, boolean[] numericHint) {
        Region best = null;
        for (Width width : Width.values()) {
            Region region = Region.of(lines, first, last, width);
            if (region != null && (best == null || region.misfit < best.misfit)) {
                best = region;
            }
        }
        if (best == null) {
            return null;
        }
        best.attach(lines, lead, trail);
        return best.read(continuation, continues, numericHint);
    }

    /** A name with its number: 1.困难群众救助覆盖率, （一）项目立项, ①…, (2)…, 一、… */
    private static final java.util.regex.Pattern NUMBERED_NAME = java.util.regex.Pattern.compile(
            "^\\s*(?:[0-9０-９]{1,2}\\s*[.．、]|[（(]\\s*[一二三四五六七八九十0-9０-９]{1,3}\\s*[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}\\s*、)\\s*\\D.*");

    private static final class Region {
        private int start;
        private int end;
        private final Width width;
        private final List<int[]> columns;
        /** How badly the columns fit the lines, to choose between measuring by characters and by display width. */
        private int misfit;
        /** line index → column → fragment, for the lines of the region that print something. */
        private final Map<Integer, TreeMap<Integer, Frag>> lineFrags = new TreeMap<>();

        private Region(int first, int last, Width width, List<int[]> columns) {
            this.start = first;
            this.end = last;
            this.width = width;
            this.columns = columns;
        }

        static Region of(List<String> lines, int first, int last, Width width) {
            List<List<Layout.Piece>> pieces = new ArrayList<>();
            int right = 0;
            int printed = 0;
            for (int i = first; i <= last; i++) {
                List<Layout.Piece> line = Layout.pieces(lines.get(i), width);
                pieces.add(line);
                if (!line.isEmpty()) {
                    printed++;
                    right = Math.max(right, line.get(line.size() - 1).end());
                }
            }
            int[] occupied = new int[right + 1];
            for (List<Layout.Piece> line : pieces) {
                for (Layout.Piece piece : line) {
                    for (Layout.Word word : piece.words()) {
                        for (int x = word.start(); x < word.end(); x++) {
                            occupied[x]++;
                        }
                    }
                }
            }
            // where the rows print: from the first line with a number on, leaving out totals' labels (合计 centred over
            // the name columns) — a header's group label over two columns (评价指标) is no column of its own
            boolean[] rowsPrint = new boolean[right + 1];
            boolean numbers = false;
            boolean anyNumbers = false;
            for (List<Layout.Piece> line : pieces) {
                for (Layout.Piece piece : line) {
                    numbers |= piece.words().stream().anyMatch(word -> CellText.isNumber(word.text()));
                }
                anyNumbers |= numbers;
                for (Layout.Piece piece : line) {
                    if (numbers && !CellText.isTotal(piece.text())) {
                        for (int p = piece.start(); p < piece.end(); p++) {
                            rowsPrint[p] = true;
                        }
                    }
                }
            }
            // columns: where more than a few lines print (a piece or two running over a border does not join two
            // columns), and where few print but clear of the columns beside (a merged name printed once or twice)
            int tolerance = printed / 20;
            List<int[]> columns = new ArrayList<>();
            int x = 0;
            while (x <= right) {
                int from = x;
                if (occupied[x] > tolerance) {
                    while (x <= right && occupied[x] > tolerance) {
                        x++;
                    }
                    columns.add(new int[] {from, x});
                    continue;
                }
                if (occupied[x] == 0) {
                    x++;
                    continue;
                }
                while (x <= right && occupied[x] > 0 && occupied[x] <= tolerance) {
                    x++;
                }
                boolean clearBefore = from == 0 || occupied[from - 1] == 0;
                boolean clearAfter = x > right || occupied[x] == 0;
                if (clearBefore && clearAfter) {
                    columns.add(new int[] {from, x});
                }
            }
            splitColumnsOfTwoNumbers(columns, pieces);
            // a column no row prints in, between columns rows print in, holds only a header's group label over the
            // two (评价指标 over 二级指标 and 三级指标) or a total's label: its text goes to the column nearest it (a column
            // left empty at the edge, such as 偏差原因分析, stays)
            boolean[] printedByRows = new boolean[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                for (int p = columns.get(c)[0]; p < columns.get(c)[1]; p++) {
                    printedByRows[c] |= rowsPrint[p];
                }
            }
            for (int c = columns.size() - 2; c >= 1 && anyNumbers; c--) {
                boolean usedBefore = false;
                boolean usedAfter = false;
                for (int k = 0; k < c; k++) {
                    usedBefore |= printedByRows[k];
                }
                for (int k = c + 1; k < columns.size(); k++) {
                    usedAfter |= printedByRows[k];
                }
                if (!printedByRows[c] && usedBefore && usedAfter) {
                    columns.remove(c);
                }
            }
            // a column printed on only by pieces that also print on the column beside it is the end (or the start) of
            // those pieces, not a column of its own: 10 月 under 1月, a wide name running past its column
            for (int c = columns.size() - 2; c >= 0; c--) {
                int[] left = columns.get(c);
                int[] next = columns.get(c + 1);
                boolean leftAlone = false;
                boolean rightAlone = false;
                for (List<Layout.Piece> line : pieces) {
                    for (Layout.Piece piece : line) {
                        boolean inLeft = overlap(piece.start(), piece.end(), left) > 0;
                        boolean inRight = overlap(piece.start(), piece.end(), next) > 0;
                        leftAlone |= inLeft && !inRight;
                        rightAlone |= inRight && !inLeft;
                    }
                }
                if (!leftAlone || !rightAlone) {
                    columns.set(c, new int[] {left[0], next[1]});
                    columns.remove(c + 1);
                }
            }
            // two close columns that no line prints in both are one column whose header and values do not overlap
            // (a one-character header 序 over numbers, a header wrapped into short lines over a column of dashes)
            for (int c = columns.size() - 2; c >= 0; c--) {
                int[] left = columns.get(c);
                int[] next = columns.get(c + 1);
                if (next[0] - left[1] > 2) {
                    continue;
                }
                boolean both = false;
                for (List<Layout.Piece> line : pieces) {
                    boolean inLeft = false;
                    boolean inRight = false;
                    for (Layout.Piece piece : line) {
                        for (Layout.Word word : piece.words()) {
                            inLeft |= overlap(word.start(), word.end(), left) > 0;
                            inRight |= overlap(word.start(), word.end(), next) > 0;
                        }
                    }
                    both |= inLeft && inRight;
                }
                if (!both) {
                    columns.set(c, new int[] {left[0], next[1]});
                    columns.remove(c + 1);
                }
            }
            // a numbered name too long for its cell starts left of the others (1.困难群众救助覆盖率 beside （一）项目立项 and
            // 2.质量抽检达标率): a column of such names only, no line printing in it and the column on its right, is
            // that column's
            for (int c = columns.size() - 2; c >= 0; c--) {
                int[] left = columns.get(c);
                int[] next = columns.get(c + 1);
                if (next[0] - left[1] > 6) {
                    continue;
                }
                boolean both = false;
                boolean leftNumbered = true;
                boolean leftUsed = false;
                boolean rightNumbered = false;
                for (List<Layout.Piece> line : pieces) {
                    boolean inLeft = false;
                    boolean inRight = false;
                    for (Layout.Piece piece : line) {
                        boolean l = overlap(piece.start(), piece.end(), left) > 0;
                        boolean r = overlap(piece.start(), piece.end(), next) > 0;
                        boolean numbered = NUMBERED_NAME.matcher(piece.text()).matches();
                        if (l) {
                            leftUsed = true;
                            leftNumbered &= numbered;
                        }
                        rightNumbered |= r && numbered;
                        inLeft |= l;
                        inRight |= r;
                    }
                    both |= inLeft && inRight;
                }
                if (!both && leftUsed && leftNumbered && rightNumbered) {
                    columns.set(c, new int[] {left[0], next[1]});
                    columns.remove(c + 1);
                }
            }
            if (columns.size() < 2) {
                return null;
            }
            Region region = new Region(first, last, width, columns);
            int most = 0;
            for (int i = first; i <= last; i++) {
                List<Layout.Piece> line = pieces.get(i - first);
                region.place(i, line);
                most = Math.max(most, line.size());
                // how badly the columns fit this line: pieces over several columns, two pieces in one column
                int[] used = new int[columns.size()];
                for (Layout.Piece piece : line) {
                    int[] over = region.overlapped(piece.start(), piece.end());
                    region.misfit += over[1] - over[0] - 1;
                    for (int c = over[0]; c < over[1]; c++) {
                        if (used[c]++ > 0) {
                            region.misfit++;
                        }
                    }
                }
            }
            // columns no line fills: the text of different lines does not line up
            region.misfit += Math.max(0, columns.size() - most);
            return region;
        }

        /**
         * Two columns of numbers printed close, one right-aligned and one left-aligned (满分 7 | 自评得分 6.35, 15 | 13.23),
         * leave no blank position between them over all lines and come out as one column. Where lines print two numbers
         * in one column, and one position lies between the two numbers on every such line and inside no word of any
         * line, the column is cut there.
         */
        private static void splitColumnsOfTwoNumbers(List<int[]> columns, List<List<Layout.Piece>> pieces) {
            for (int c = columns.size() - 1; c >= 0; c--) {
                int[] column = columns.get(c);
                int low = column[0];
                int high = column[1];
                int pairs = 0;
                int numbered = 0;
                List<Layout.Word> inside = new ArrayList<>();
                for (List<Layout.Piece> line : pieces) {
                    List<Layout.Word> numbers = new ArrayList<>();
                    for (Layout.Piece piece : line) {
                        for (Layout.Word word : piece.words()) {
                            if (overlap(word.start(), word.end(), column) > 0) {
                                inside.add(word);
                                if (CellText.isNumber(word.text())) {
                                    numbers.add(word);
                                }
                            }
                        }
                    }
                    if (numbers.isEmpty()) {
                        continue;
                    }
                    numbered++;
                    if (numbers.size() == 2) {
                        pairs++;
                        low = Math.max(low, numbers.get(0).end());
                        high = Math.min(high, numbers.get(1).start());
                    } else if (numbers.size() > 2) {
                        pairs = -1_000_000; // not two columns
                    }
                }
                if (pairs < 3 || pairs * 2 < numbered || low >= high) {
                    continue;
                }
                int cut = -1;
                for (int x = low; x <= high && cut < 0; x++) {
                    final int at = x;
                    if (inside.stream().noneMatch(word -> word.start() < at && word.end() > at)) {
                        cut = x;
                    }
                }
                if (cut <= column[0] || cut >= column[1]) {
                    continue;
                }
                columns.set(c, new int[] {column[0], cut});
                columns.add(c + 1, new int[] {cut, column[1]});
            }
        }

        /** Lines just above or below the region that print one piece inside one column are wrapped cell text. */
        void attach(List<String> lines, List<Integer> lead, List<Integer> trail) {
            for (int k = lead.size() - 1; k >= 0; k--) {
                int i = lead.get(k);
                if (!insideOneColumn(lines.get(i))) {
                    break;
                }
                place(i, Layout.pieces(lines.get(i), width));
                start = i;
            }
            for (int i : trail) {
                if (!insideOneColumn(lines.get(i))) {
                    break;
                }
                place(i, Layout.pieces(lines.get(i), width));
                end = i;
            }
        }

        private boolean insideOneColumn(String line) {
            List<Layout.Piece> pieces = Layout.pieces(line, width);
            if (pieces.size() != 1) {
                return false;
            }
            Layout.Piece piece = pieces.get(0);
            for (int[] column : columns) {
                if (piece.start() >= column[0] - 2 && piece.end() <= column[1] + 2) {
                    return true;
                }
            }
            return false;
        }

        private void place(int line, List<Layout.Piece> pieces) {
            if (pieces.isEmpty()) {
                return;
            }
            TreeMap<Integer, Frag> frags = new TreeMap<>();
            for (Layout.Piece piece : pieces) {
                int[] over = overlapped(piece.start(), piece.end());
                if (over[1] - over[0] <= 1) {
                    add(frags, new Frag(over[0], 1, piece.text()));
                    continue;
                }
                for (Layout.Word word : piece.words()) {
                    int[] wordOver = overlapped(word.start(), word.end());
                    int column = wordOver[0];
                    int span = wordOver[1] - wordOver[0];
                    if (span > 1) {
                        int most = mostOverlapped(word.start(), word.end());
                        int overlap = overlap(word.start(), word.end(), columns.get(most));
                        if (overlap * 3 >= word.width() * 2) {
                            column = most;
                            span = 1;
                        }
                    }
                    add(frags, new Frag(column, Math.max(1, span), word.text()));
                }
            }
            lineFrags.put(line, frags);
        }

        private static void add(TreeMap<Integer, Frag> frags, Frag frag) {
            Frag before = frags.get(frag.column());
            if (before == null) {
                frags.put(frag.column(), frag);
            } else {
                frags.put(frag.column(), new Frag(frag.column(), Math.max(before.span(), frag.span()), before.text() + " " + frag.text()));
            }
        }

        /** {first, end} of the columns a range overlaps; the nearest column when it overlaps none. */
        private int[] overlapped(int from, int to) {
            int firstColumn = -1;
            int lastColumn = -1;
            for (int c = 0; c < columns.size(); c++) {
                if (overlap(from, to, columns.get(c)) > 0) {
                    if (firstColumn < 0) {
                        firstColumn = c;
                    }
                    lastColumn = c;
                }
            }
            if (firstColumn < 0) {
                int nearest = 0;
                int distance = Integer.MAX_VALUE;
                for (int c = 0; c < columns.size(); c++) {
                    int d = Math.min(Math.abs(columns.get(c)[0] - to), Math.abs(from - columns.get(c)[1]));
                    if (d < distance) {
                        distance = d;
                        nearest = c;
                    }
                }
                return new int[] {nearest, nearest + 1};
            }
            return new int[] {firstColumn, lastColumn + 1};
        }

        private int mostOverlapped(int from, int to) {
            int most = 0;
            int best = -1;
            for (int c = 0; c < columns.size(); c++) {
                int overlap = overlap(from, to, columns.get(c));
                if (overlap > best) {
                    best = overlap;
                    most = c;
                }
            }
            return most;
        }

        private static int overlap(int from, int to, int[] column) {
            return Math.max(0, Math.min(to, column[1]) - Math.max(from, column[0]));
        }

        // --------------------------------------------------------------------------------------------------------

        Read read(boolean continuation, boolean continues, boolean[] numericHint) {
            int columnCount = columns.size();
            boolean[] numeric = numericHint != null && numericHint.length == columnCount ? numericHint : numericColumns(columnCount);
            int numericCount = 0;
            for (boolean n : numeric) {
                numericCount += n ? 1 : 0;
            }
            List<Integer> anchors = new ArrayList<>();
            int need = Math.max(1, (numericCount + 1) / 2);
            Shape[] shapes = shapes(numeric);
            dropStrayNumberBelow(shapes);
            for (Map.Entry<Integer, TreeMap<Integer, Frag>> entry : lineFrags.entrySet()) {
                int values = numericCount > 0 ? values(entry.getKey(), numeric, shapes, need) : 0;
                boolean words = false;
                for (Frag frag : entry.getValue().values()) {
                    words |= numeric[frag.column()] && !CellText.isNumeric(frag.text());
                }
                // below the first row of numbers, a line printing words in a numeric column (综合绩效级别 | 良) is a row too
                // a total row prints fewer values than the rows above it (合计 100 … 91.50 under weights printed per level)
                Frag first = entry.getValue().firstEntry().getValue();
                boolean totalRow = !numeric[first.column()] && CellText.isTotal(first.text()) && values >= 1 && !anchors.isEmpty();
                boolean anchor = numericCount > 0
                        ? values >= need || totalRow || (words && entry.getValue().size() >= 2 && !anchors.isEmpty())
                        : entry.getValue().size() >= 2;
                if (anchor) {
                    anchors.add(entry.getKey());
                }
            }
            if (anchors.isEmpty() || (numericCount == 0 && anchors.size() < 2)) {
                return null;
            }
            // the header: the line with most cells above the first data row, when it holds no whole number
            int header = -1;
            if (numericCount > 0) {
                int most = 1;
                for (Map.Entry<Integer, TreeMap<Integer, Frag>> entry : lineFrags.entrySet()) {
                    if (entry.getKey() >= anchors.get(0)) {
                        break;
                    }
                    if (entry.getValue().size() > most) {
                        most = entry.getValue().size();
                        header = entry.getKey();
                    }
                }
                if (header >= 0) {
                    anchors.add(0, header);
                }
            }
            if (anchors.size() - (header >= 0 ? 1 : 0) < 1 || anchors.size() < 2) {
                return null;
            }
            String split = splitNumbers(anchors, numeric, shapes);
            if (split != null) {
                return new Read(new FoundTable(start, end, null, problem(start, end, split)), headerLines(header, anchors), numeric, split);
            }
            Rows top = new Rows(this, anchors, header >= 0, Mode.TOP, numeric);
            Rows centred = new Rows(this, anchors, header >= 0, Mode.CENTRED, numeric);
            top.assign();
            centred.assign();
            Lead leading = centred.leadingColumns(numeric);
            double topCost = top.cost(leading);
            double centredCost = centred.cost(leading);
            Rows rows = centredCost < topCost ? centred : top;
            if (Math.abs(topCost - centredCost) < MODE_MARGIN && !top.sameCells(centred, leading)) {
                // wrapped names that read as the end of the row above (cells aligned to the top) as well as the start of
                // the row below (centred), and nothing else in the table to tell which
                String reason = "看不出单元格是顶端对齐还是居中，折行的文字属于上一行还是下一行不能确定";
                return new Read(new FoundTable(start, end, null, problem(start, end, reason)), rows.headerLines(), numeric, reason);
            }
            List<String> headerLines = rows.headerLines();
            List<Grid.Cell> cells = rows.cells(leading, continuation, continues, numeric);
            if (cells == null && rows.mode == Mode.CENTRED && rows.ownCellsOnly(leading)) {
                // the innermost of the columns taken for merged names prints one name per row where it prints one (四级指标
                // beside leaves one level higher, whose rows leave it blank): it is a column of single cells
                String first = rows.problem;
                leading = new Lead(leading.from(), leading.to() - 1);
                cells = rows.cells(leading, continuation, continues, numeric);
                if (cells == null) {
                    rows.problem = first;
                }
            }
            if (cells == null) {
                return new Read(new FoundTable(start, end, null, problem(start, end, rows.problem)), headerLines, numeric, rows.problem);
            }
            if (rows == top && !leading.isEmpty() && centredCost - topCost < MODE_MARGIN) {
                // nothing wraps to show the alignment: merged names read as the first rows of their groups (aligned to the
                // top) and as the middles of their groups (centred) must give the same groups, or the table is not read
                List<Grid.Cell> centredCells = centred.cells(leading, continuation, continues, numeric);
                if (centredCells != null && !groupStarts(cells, leading).equals(groupStarts(centredCells, leading))) {
                    String reason = "看不出合并单元格是顶端对齐还是居中，分组从哪一行起不能确定";
                    return new Read(new FoundTable(start, end, null, problem(start, end, reason)), headerLines, numeric, reason);
                }
            }
            return new Read(new FoundTable(start, end, new Grid(cells, start, end), null), headerLines, numeric, null);
        }

        /** Per leading column, the rows where a name (or the rest of one from the page before) starts a group. */
        private static Map<Integer, java.util.Set<Integer>> groupStarts(List<Grid.Cell> cells, Lead leading) {
            Map<Integer, java.util.Set<Integer>> starts = new TreeMap<>();
            for (Grid.Cell cell : cells) {
                if (leading.contains(cell.column()) && cell.row() > 0) {
                    starts.computeIfAbsent(cell.column(), c -> new java.util.TreeSet<>()).add(cell.row());
                }
            }
            return starts;
        }

        /**
         * A bare number on the line under the table was taken in as the end of a number broken over two lines; when it
         * does not finish the number above it (a page number printed right under the table), it is let go.
         */
        private void dropStrayNumberBelow(Shape[] shapes) {
            TreeMap<Integer, Frag> below = lineFrags.get(end);
            if (below == null || below.size() != 1 || !CellText.isNumeric(below.firstEntry().getValue().text())) {
                return;
            }
            Frag lower = below.firstEntry().getValue();
            for (int up = 1; up <= 2; up++) {
                Frag upper = frag(end - up, lower.column());
                if (upper != null) {
                    if (broken(upper.text(), lower.text(), shapes[lower.column()])) {
                        return;
                    }
                    break;
                }
            }
            lineFrags.remove(end);
            end--;
            while (end > start && !lineFrags.containsKey(end)) {
                end--;
            }
        }

        /** The end of a number broken over two lines: a few digits, or the percent sign. */
        private static final String TAIL = "[0-9０-９]{1,3}|[%％]";

        /**
         * Whether most numbers a line prints in the numeric columns are such ends: a line holding whole values mostly
         * (招商引资推进 3 2.08 69.33%) is a row of its own, not the lower half of broken numbers.
         */
        private boolean tailsOnly(int line, boolean[] numeric) {
            TreeMap<Integer, Frag> frags = lineFrags.get(line);
            if (frags == null) {
                return false;
            }
            int numbers = 0;
            int tails = 0;
            for (Frag frag : frags.values()) {
                if (numeric[frag.column()] && CellText.isNumeric(frag.text())) {
                    numbers++;
                    tails += frag.text().matches(TAIL) ? 1 : 0;
                }
            }
            return tails * 2 > numbers;
        }

        /** The lines above the first data row, without spaces, when there is a header. */
        private List<String> headerLines(int header, List<Integer> anchors) {
            List<String> texts = new ArrayList<>();
            if (header < 0 || anchors.size() < 2) {
                return texts;
            }
            for (Map.Entry<Integer, TreeMap<Integer, Frag>> entry : lineFrags.entrySet()) {
                if (entry.getKey() > header) {
                    break;
                }
                texts.add(lineText(entry.getValue()));
            }
            return texts;
        }

        static String lineText(TreeMap<Integer, Frag> frags) {
            StringBuilder text = new StringBuilder();
            for (Frag frag : frags.values()) {
                text.append(frag.text());
            }
            return text.toString().replaceAll("\\s+", "");
        }

        /**
         * Two rows of numbers on two lines next to each other where a number does not have the decimals of its column
         * (总分 10 / 0 and 97.4 / 1 under values like 15): they may be one row whose numbers are broken over two lines,
         * or two rows; which cannot be told. Null when no such pair.
         */
        private String splitNumbers(List<Integer> anchors, boolean[] numeric, Shape[] shapes) {
            for (int k = 0; k + 1 < anchors.size(); k++) {
                int line = anchors.get(k);
                if (anchors.get(k + 1) != line + 1) {
                    continue;
                }
                for (int c = 0; c < numeric.length; c++) {
                    Frag upper = frag(line, c);
                    Frag lower = frag(line + 1, c);
                    if (shapes[c] == null || upper == null || lower == null) {
                        continue;
                    }
                    // the lower line a few digits (or %) only, the upper value without the decimals its column has
                    boolean tail = lower.text().matches(TAIL) && tailsOnly(line + 1, numeric);
                    boolean misfit = CellText.isNumber(upper.text()) && !shapes[c].fits(upper.text());
                    if (tail && misfit && CellText.isNumber(CellText.join(upper.text(), lower.text()))) {
                        return "第 " + (line + 1) + "、" + (line + 2) + " 行的数字可能是同一格折成两行，也可能是两行";
                    }
                }
            }
            return null;
        }

        /** How the whole values of a numeric column are printed: decimals most of them have, whether they end in %. */
        private record Shape(int decimals, boolean percent) {
            boolean fits(String text) {
                String value = text.strip();
                if (!CellText.isNumber(value)) {
                    return false;
                }
                boolean hasPercent = value.endsWith("%") || value.endsWith("％");
                String digits = hasPercent ? value.substring(0, value.length() - 1).strip() : value;
                int dot = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf('．'));
                int places = dot < 0 ? 0 : digits.length() - dot - 1;
                return hasPercent == percent && places == decimals;
            }
        }

        /**
         * The usual shape of each numeric column's values. A value with a few digits printed right under it in the same
         * column (4,102.6 over 6: a number broken where the column is too narrow) counts as the two joined, so that a
         * column whose long values all break still shows the decimals they really have.
         */
        private Shape[] shapes(boolean[] numeric) {
            Shape[] shapes = new Shape[numeric.length];
            for (int c = 0; c < numeric.length; c++) {
                if (!numeric[c]) {
                    continue;
                }
                Map<Shape, Integer> counts = new java.util.HashMap<>();
                java.util.Set<Integer> lowerParts = new java.util.HashSet<>();
                for (Map.Entry<Integer, TreeMap<Integer, Frag>> entry : lineFrags.entrySet()) {
                    Frag frag = entry.getValue().get(c);
                    if (frag == null || lowerParts.contains(entry.getKey()) || !CellText.isNumber(frag.text())) {
                        continue;
                    }
                    String value = frag.text();
                    for (int down = 1; down <= 2; down++) {
                        Frag below = frag(entry.getKey() + down, c);
                        if (below == null) {
                            continue;
                        }
                        String joined = CellText.join(value, below.text());
                        if (below.text().matches(TAIL) && tailsOnly(entry.getKey() + down, numeric) && CellText.isNumber(joined)) {
                            value = joined;
                            lowerParts.add(entry.getKey() + down);
                        }
                        break;
                    }
                    for (Shape shape : new Shape[] {new Shape(0, false), new Shape(1, false), new Shape(2, false), new Shape(3, false),
                            new Shape(0, true), new Shape(1, true), new Shape(2, true), new Shape(3, true)}) {
                        if (shape.fits(value)) {
                            counts.merge(shape, 1, Integer::sum);
                        }
                    }
                }
                shapes[c] = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            }
            return shapes;
        }

        /**
         * How many values of the numeric columns a line holds for its row. A number broken over two printed lines
         * ("100." then "00", "86.7" then "8", "6,555." then "50") counts on its upper line when the two lines are next to
         * each other (cells aligned to the top: the row starts there), and on the line between them when one line
         * separates them (centred: that line is the middle of the row); its lower part never counts. A part is broken
         * when it is no value, or does not have the decimals and % the column's values have while the joined text does.
         */
        private int values(int line, boolean[] numeric, Shape[] shapes, int need) {
            int values = wholeValues(line, numeric, shapes);
            for (int c = 0; c < numeric.length; c++) {
                if (!numeric[c]) {
                    continue;
                }
                Frag frag = frag(line, c);
                if (frag != null && frag.span() > 1) {
                    continue;
                }
                if (frag == null) {
                    Frag above = frag(line - 1, c);
                    Frag below = frag(line + 1, c);
                    if (above != null && below != null && broken(above.text(), below.text(), shapes[c])
                            && !(wordsOnly(line, numeric) && (rowOfItsOwn(line - 1, line, c, numeric, shapes)
                                    || rowOfItsOwn(line + 1, line, c, numeric, shapes)))) {
                        values++;
                    }
                    continue;
                }
                Frag below = frag(line + 1, c);
                if (!lowerPart(line, c, shapes[c]) && below != null
                        && broken(frag.text(), below.text(), shapes[c]) && wholeValues(line + 1, numeric, shapes) < need) {
                    values++; // broken here and ending on the next line, which is no row's middle: this row starts here
                }
                if (lowerPart(line, c, shapes[c]) && wholeValues(line, numeric, shapes) >= need) {
                    values++; // the end of a number begun on the line above, on this row's middle line
                }
            }
            return values;
        }

        /** Whether a line prints nothing in the numeric columns (a wrapped line of a text cell). */
        private boolean wordsOnly(int line, boolean[] numeric) {
            TreeMap<Integer, Frag> frags = lineFrags.get(line);
            return frags != null && frags.values().stream().noneMatch(frag -> numeric[frag.column()]);
        }

        /**
         * Whether {@code line}, next to {@code middle}, prints a whole value in a numeric column other than {@code column}
         * that is not itself one part of a number broken around {@code middle}: it is then a row of its own (社区服务数量
         * 1 0.79 over a wrapped 评分标准 line over 社区服务有效性 0.5 0.29), and its value in {@code column} is no part of
         * a number broken over the three lines (1 and 0.5 are not 10.5). Asked only for a middle line printing words alone:
         * where the middle line prints numbers too, the lines around it are read as before.
         */
        private boolean rowOfItsOwn(int line, int middle, int column, boolean[] numeric, Shape[] shapes) {
            TreeMap<Integer, Frag> frags = lineFrags.get(line);
            if (frags == null) {
                return false;
            }
            int opposite = middle + (middle - line);
            for (Frag frag : frags.values()) {
                int c = frag.column();
                if (c == column || !numeric[c] || frag.span() != 1 || !CellText.isValue(frag.text())) {
                    continue;
                }
                Frag across = frag(opposite, c);
                boolean part = frag(middle, c) == null && across != null
                        && (line < middle ? broken(frag.text(), across.text(), shapes[c]) : broken(across.text(), frag.text(), shapes[c]));
                if (!part) {
                    return true;
                }
            }
            return false;
        }

        /** The whole values a line prints in the numeric columns: neither the start nor the end of a broken number. */
        private int wholeValues(int line, boolean[] numeric, Shape[] shapes) {
            TreeMap<Integer, Frag> frags = lineFrags.get(line);
            if (frags == null) {
                return 0;
            }
            int values = 0;
            for (Frag frag : frags.values()) {
                int c = frag.column();
                Frag below = frag(line + 1, c);
                boolean upperPart = below != null && broken(frag.text(), below.text(), shapes[c]);
                if (numeric[c] && frag.span() == 1 && CellText.isValue(frag.text()) && !upperPart && !lowerPart(line, c, shapes[c])) {
                    values++;
                }
            }
            return values;
        }

        private Frag frag(int line, int column) {
            TreeMap<Integer, Frag> frags = lineFrags.get(line);
            return frags == null ? null : frags.get(column);
        }

        /** Whether the fragment on {@code line} ends a number begun one or two lines above. */
        private boolean lowerPart(int line, int column, Shape shape) {
            Frag text = frag(line, column);
            for (int up = 1; up <= 2; up++) {
                Frag above = frag(line - up, column);
                if (above != null) {
                    return broken(above.text(), text.text(), shape);
                }
            }
            return false;
        }

        /** Whether {@code upper} and {@code lower} are the two printed lines of one number. */
        private static boolean broken(String upper, String lower, Shape shape) {
            String joined = CellText.join(upper, lower);
            if (!CellText.isNumber(joined) || !CellText.isNumeric(upper) || !CellText.isNumeric(lower)) {
                return false;
            }
            if (!CellText.isValue(upper)) {
                return true;
            }
            boolean percentSign = lower.equals("%") || lower.equals("％");
            return percentSign || (shape != null && !shape.fits(upper) && shape.fits(joined));
        }

        /** Columns holding mostly numbers (or parts of numbers, placeholders), with two whole values at least. */
        private boolean[] numericColumns(int columnCount) {
            int[] numericish = new int[columnCount];
            int[] values = new int[columnCount];
            int[] all = new int[columnCount];
            for (TreeMap<Integer, Frag> frags : lineFrags.values()) {
                for (Frag frag : frags.values()) {
                    if (frag.span() > 1) {
                        continue;
                    }
                    all[frag.column()]++;
                    if (CellText.isNumeric(frag.text())) {
                        numericish[frag.column()]++;
                    }
                    if (CellText.isNumber(frag.text())) {
                        values[frag.column()]++;
                    }
                }
            }
            boolean[] numeric = new boolean[columnCount];
            for (int c = 0; c < columnCount; c++) {
                numeric[c] = values[c] >= 2 && numericish[c] * 10 >= all[c] * 7;
            }
            return numeric;
        }

    }

    // ------------------------------------------------------------------------------------------------------------
    // Rows

    /** The texts of one cell as printed line by line. */
    private static final class Parts {
        final List<Integer> lines = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        int span = 1;

        void add(int line, Frag frag) {
            int at = 0;
            while (at < lines.size() && lines.get(at) < line) {
                at++;
            }
            lines.add(at, line);
            texts.add(at, frag.text());
            span = Math.max(span, frag.span());
        }

        String text() {
            String text = "";
            for (String part : texts) {
                text = CellText.join(text, part);
            }
            return text;
        }

        boolean isEmpty() {
            return lines.isEmpty();
        }

        int firstLine() {
            return lines.get(0);
        }

        int lastLine() {
            return lines.get(lines.size() - 1);
        }
    }

    /** The leading columns whose cells are merged over several rows: columns {@code from..to-1}. */
    private record Lead(int from, int to) {
        boolean contains(int column) {
            return column >= from && column < to;
        }

        boolean isEmpty() {
            return from >= to;
        }
    }

    /** A run of consecutive lines printing in one column. */
    private record Block(int first, int last, List<Integer> lines) {}

    private static final class Rows {
        private final Region region;
        private final List<Integer> anchors;
        private final boolean header;
        private final Mode mode;
        private final boolean[] numeric;
        /** row → column → parts of the cell. */
        private final Parts[][] parts;
        /** column → the widest text printed in it on one line, in display units (a CJK character is 2). */
        private final int[] widest;
        private double[] columnCosts;
        private String problem;
        /** Merged names are placed on the first row of their groups instead of their middle. */
        private boolean mergedAtTop;

        Rows(Region region, List<Integer> anchors, boolean header, Mode mode, boolean[] numeric) {
            this.region = region;
            this.numeric = numeric;
            this.anchors = anchors;
            this.header = header;
            this.mode = mode;
            int columnCount = region.columns.size();
            this.parts = new Parts[anchors.size()][columnCount];
            for (Parts[] row : parts) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = new Parts();
                }
            }
            this.widest = new int[columnCount];
            for (TreeMap<Integer, Frag> frags : region.lineFrags.values()) {
                for (Frag frag : frags.values()) {
                    widest[frag.column()] = Math.max(widest[frag.column()], visualWidth(frag.text()));
                }
            }
        }

        /** Gives every printed line of every column to a row. */
        void assign() {
            columnCosts = new double[region.columns.size()];
            for (int c = 0; c < region.columns.size(); c++) {
                columnCosts[c] = assignColumn(c);
            }
        }

        /** How badly this alignment explains the table: the cost of the cells outside the leading columns. */
        double cost(Lead leading) {
            double cost = 0;
            for (int c = 0; c < columnCosts.length; c++) {
                if (leading.contains(c)) {
                    continue;
                }
                cost += columnCosts[c];
                if (mode == Mode.CENTRED) {
                    // centred, a cell of an even number of lines has one line more on one side of its row's middle line
                    // (pdftotext often prints a cell's first line on the middle line): one line of imbalance per cell
                    // is weak evidence against centring
                    for (int r = 0; r < anchors.size(); r++) {
                        Parts cell = parts[r][c];
                        int anchor = anchors.get(r);
                        long up = cell.lines.stream().filter(line -> line < anchor).count();
                        long down = cell.lines.stream().filter(line -> line > anchor).count();
                        cost -= 0.5 * Math.min(1, Math.abs(up - down));
                    }
                }
            }
            if (mode == Mode.TOP) {
                // aligned to the top, a merged name starts on the first line of its first row
                for (int c = leading.from(); c < leading.to(); c++) {
                    for (Block block : mergedBlocks(c, false)) {
                        if (!isAnchor(block.first())) {
                            cost += 2;
                        }
                    }
                }
            }
            return cost;
        }

        private boolean isAnchor(int line) {
            return anchors.contains(line);
        }

        /** Whether two readings give every row the same text outside the leading columns. */
        boolean sameCells(Rows other, Lead leading) {
            for (int r = 0; r < anchors.size(); r++) {
                for (int c = 0; c < region.columns.size(); c++) {
                    if (!leading.contains(c) && !parts[r][c].lines.equals(other.parts[r][c].lines)) {
                        return false;
                    }
                }
            }
            return true;
        }

        private Frag frag(int line, int column) {
            return region.lineFrags.get(line).get(column);
        }

        private boolean full(int line, int column) {
            return visualWidth(frag(line, column).text()) >= widest[column] - 2;
        }

        /**
         * Gives each line printing in {@code column} to a row: lines on a row's anchor line to that row, the lines
         * between two anchors cut between the two rows where the cells come out best: centred around their anchor
         * (or starting on it, aligned to the top), every line but the last of a cell filling the column's width, no
         * cell running over a blank line. Returns the cost of the cut.
         */
        private double assignColumn(int column) {
            int rows = anchors.size();
            List<Integer> pre = new ArrayList<>();
            List<List<Integer>> gaps = new ArrayList<>();
            for (int k = 0; k < rows; k++) {
                gaps.add(new ArrayList<>());
            }
            boolean[] on = new boolean[rows];
            for (Map.Entry<Integer, TreeMap<Integer, Frag>> entry : region.lineFrags.entrySet()) {
                if (!entry.getValue().containsKey(column)) {
                    continue;
                }
                int line = entry.getKey();
                int k = anchors.indexOf(line);
                if (k >= 0) {
                    on[k] = true;
                } else if (line < anchors.get(0)) {
                    pre.add(line);
                } else {
                    int row = 0;
                    while (row + 1 < rows && anchors.get(row + 1) < line) {
                        row++;
                    }
                    gaps.get(row).add(line);
                }
            }
            // dp[k][j]: best cost of rows 0..k with the first j lines of gap k given to row k
            double[][] dp = new double[rows][];
            int[][] back = new int[rows][];
            for (int k = 0; k < rows; k++) {
                int g = gaps.get(k).size();
                dp[k] = new double[g + 1];
                back[k] = new int[g + 1];
                Arrays.fill(dp[k], Double.POSITIVE_INFINITY);
                int previousOptions = k == 0 ? 1 : gaps.get(k - 1).size() + 1;
                for (int jp = 0; jp < previousOptions; jp++) {
                    List<Integer> up = k == 0 ? pre : gaps.get(k - 1).subList(jp, gaps.get(k - 1).size());
                    double before = k == 0 ? 0 : dp[k - 1][jp];
                    if (before == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    for (int j = 0; j <= g; j++) {
                        if (k == rows - 1 && j < g) {
                            continue;
                        }
                        double c = before + cellCost(k, column, up, on[k], gaps.get(k).subList(0, j));
                        if (c < dp[k][j]) {
                            dp[k][j] = c;
                            back[k][j] = jp;
                        }
                    }
                }
            }
            int j = gaps.get(rows - 1).size();
            double total = dp[rows - 1][j];
            for (int k = rows - 1; k >= 0; k--) {
                int jp = back[k][j];
                List<Integer> up = k == 0 ? pre : gaps.get(k - 1).subList(jp, gaps.get(k - 1).size());
                for (int line : up) {
                    parts[k][column].add(line, frag(line, column));
                }
                if (on[k]) {
                    parts[k][column].add(anchors.get(k), frag(anchors.get(k), column));
                }
                for (int line : gaps.get(k).subList(0, j)) {
                    parts[k][column].add(line, frag(line, column));
                }
                j = jp;
            }
            return total;
        }

        private double cellCost(int row, int column, List<Integer> up, boolean on, List<Integer> down) {
            List<Integer> lines = new ArrayList<>(up);
            int anchor = anchors.get(row);
            if (on) {
                lines.add(anchor);
            }
            lines.addAll(down);
            if (lines.isEmpty()) {
                return 0;
            }
            double cost = mode == Mode.CENTRED ? Math.abs(up.size() - down.size()) : 3.0 * up.size();
            if (numeric[column] && header && row == 0) {
                // a header names its column: the numbers printed between it and the first row belong to that row
                for (int line : lines) {
                    if (CellText.isNumeric(frag(line, column).text())) {
                        cost += 10;
                    }
                }
            }
            if (numeric[column] && lines.size() > 1 && (row > 0 || !header)) {
                // the lines of a number make a number: 100. + 00, 75.00 + %, never 号 + 1
                String joined = "";
                for (int line : lines) {
                    joined = CellText.join(joined, frag(line, column).text());
                }
                if (!CellText.isValue(joined)) {
                    cost += 10;
                }
            }
            for (int i = 0; i + 1 < lines.size(); i++) {
                int a = lines.get(i);
                int b = lines.get(i + 1);
                if (!full(a, column)) {
                    cost += SHORT_LINE_INSIDE;
                }
                if (b - a > 2) {
                    cost += 2;
                }
                for (int line = a + 1; line < b; line++) {
                    if (!region.lineFrags.containsKey(line)) {
                        cost += 5;
                        break;
                    }
                }
            }
            for (int line : lines) {
                cost += 0.01 * Math.abs(line - anchor);
            }
            // between two rows that explain a line equally well, the line goes to the row above
            cost += 0.005 * up.size();
            return cost;
        }

        private int dataStart() {
            return header ? 1 : 0;
        }

        /**
         * The leading columns whose cells are merged over several rows: after the numbers a table may start with (序号),
         * the columns before the first one that prints something in (nearly) every data row.
         */
        Lead leadingColumns(boolean[] numeric) {
            int from = 0;
            while (from < region.columns.size() && numeric[from]) {
                from++;
            }
            for (int c = from; c < region.columns.size(); c++) {
                // a merged name may have its weight beside it, merged over the same rows (一级指标 | 分值 | 二级指标 | 分值)
                boolean weightOfName = numeric[c] && c > from && !numeric[c - 1];
                if ((numeric[c] && !weightOfName) || !columnIsMergedLike(c)) {
                    return new Lead(from, c);
                }
            }
            return new Lead(0, 0);
        }

        /** Whether every name the innermost leading column prints sits on one row's own line (no name spans rows). */
        boolean ownCellsOnly(Lead leading) {
            if (leading.isEmpty() || numeric[leading.to() - 1]) {
                return false;
            }
            List<Block> blocks = mergedBlocks(leading.to() - 1, true);
            return !blocks.isEmpty() && blocks.stream().allMatch(block -> ownCell(block.lines()) && single(block));
        }

        /** Whether the block's lines lie within one row: no other row's anchor between its first and last line. */
        private boolean single(Block block) {
            int inside = 0;
            for (int anchor : anchors) {
                inside += anchor >= block.first() && anchor <= block.last() ? 1 : 0;
            }
            return inside <= 1;
        }

        private boolean columnIsMergedLike(int column) {
            int rows = 0;
            int filled = 0;
            for (int r = dataStart(); r < anchors.size(); r++) {
                if (!isTotalRow(r)) {
                    rows++;
                    filled += parts[r][column].isEmpty() ? 0 : 1;
                }
            }
            return filled * 10 < rows * 9;
        }

        /**
         * The names printed in a leading column, outside the header (and, when {@code data}, outside total rows): lines
         * one above the other, or with one line printing elsewhere between them (a row's single-line cells printed
         * between the two lines of a wrapped name), are one name when the upper line fills the column's width (and does
         * not end with a weight in brackets) or the lower one starts with a closing bracket or a weight in brackets.
         */
        private List<Block> mergedBlocks(int column, boolean data) {
            List<Integer> mine = new ArrayList<>();
            for (int r = dataStart(); r < anchors.size(); r++) {
                if (data && isTotalRow(r)) {
                    continue;
                }
                mine.addAll(parts[r][column].lines);
            }
            mine.sort(null);
            // runs of lines one above the other, or with one line printing elsewhere between them
            List<List<Integer>> runs = new ArrayList<>();
            for (int line : mine) {
                List<Integer> run = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                int previous = run == null ? Integer.MIN_VALUE : run.get(run.size() - 1);
                boolean together = line == previous + 1 || (line == previous + 2 && region.lineFrags.containsKey(previous + 1));
                if (run != null && together && continues(previous, line, column)) {
                    run.add(line);
                } else {
                    List<Integer> next = new ArrayList<>();
                    next.add(line);
                    runs.add(next);
                }
            }
            // a run that is two names, each where a row prints its own cell (时效指标 | 经济效益/指标), is cut in two
            List<Block> blocks = new ArrayList<>();
            for (List<Integer> run : runs) {
                int start = 0;
                for (int k = 1; k < run.size(); k++) {
                    if (ownCell(run.subList(start, k)) && ownCell(run.subList(k, nextCut(run, k)))) {
                        blocks.add(block(run.subList(start, k)));
                        start = k;
                    }
                }
                blocks.add(block(run.subList(start, run.size())));
            }
            return blocks;
        }

        private static Block block(List<Integer> lines) {
            return new Block(lines.get(0), lines.get(lines.size() - 1), List.copyOf(lines));
        }

        /** Whether the line below continues the name on the line above: the upper fills the column, or the lower is a bracket. */
        private boolean continues(int previous, int line, int column) {
            String next = frag(line, column).text();
            String upper = frag(previous, column).text();
            boolean complete = upper.endsWith(")") || upper.endsWith("）");
            // two lines around one row's own line, the upper one no shorter: one name wrapped and centred on that row
            // (the column may be wider than the name's cell where a name of another row spans into the next column)
            boolean around = line == previous + 2 && isAnchor(previous + 1) && !isAnchor(previous) && !isAnchor(line)
                    && visualWidth(upper) >= visualWidth(next) && visualWidth(upper) >= 6;
            return (full(previous, column) && !complete) || (around && !complete)
                    || next.matches("^[)）\\]】、，,。].*|^[(（]\\s*[0-9０-９.]+\\s*分?\\s*[)）].*");
        }

        /** Where the name starting at {@code k} of a run ends: at the next line that starts an own cell, else the run's end. */
        private int nextCut(List<Integer> run, int k) {
            for (int end = k + 1; end <= run.size(); end++) {
                if (ownCell(run.subList(k, end))) {
                    return end;
                }
            }
            return run.size();
        }

        /** Lines printed where a row prints a cell of its own: centred on the row's anchor line, or (top) starting on it. */
        private boolean ownCell(List<Integer> lines) {
            if (lines.isEmpty()) {
                return false;
            }
            if (mode == Mode.TOP) {
                return isAnchor(lines.get(0));
            }
            int sum = lines.get(0) + lines.get(lines.size() - 1);
            return sum % 2 == 0 && isAnchor(sum / 2);
        }

        private boolean isTotalRow(int row) {
            for (int c = 0; c < region.columns.size(); c++) {
                if (!parts[row][c].isEmpty()) {
                    return CellText.isTotal(parts[row][c].text());
                }
            }
            return false;
        }

        private static int visualWidth(String text) {
            int width = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                width += Width.isWide(cp) || cp == '“' || cp == '”' || cp == '‘' || cp == '’' ? 2 : 1;
                i += Character.charCount(cp);
            }
            return width;
        }

        // --------------------------------------------------------------------------------------------------------

        /** The cells, or null with {@link #problem} set. */
        /** The printed lines of the header row, in order, without spaces; empty when the table has no header row. */
        List<String> headerLines() {
            List<String> texts = new ArrayList<>();
            if (header) {
                java.util.TreeSet<Integer> lines = new java.util.TreeSet<>();
                for (Parts cell : parts[0]) {
                    lines.addAll(cell.lines);
                }
                for (int line : lines) {
                    texts.add(Region.lineText(region.lineFrags.get(line)));
                }
            }
            return texts;
        }

        List<Grid.Cell> cells(Lead leading, boolean continuation, boolean continues, boolean[] numeric) {
            List<Grid.Cell> cells = new ArrayList<>();
            int columnCount = region.columns.size();
            for (int r = dataStart(); r < anchors.size(); r++) {
                for (int c = 0; c < columnCount; c++) {
                    Parts cell = parts[r][c];
                    if (!cell.isEmpty() && cell.text().strip().matches("\\S+(?:\\s+\\S+)+")
                            && java.util.Arrays.stream(cell.text().strip().split("\\s+")).allMatch(CellText::isNumber)) {
                        problem = "第 " + (cell.firstLine() + 1) + " 行的一格读出“" + cell.text() + "”，是几个数字，列的界线没有找准";
                        return null;
                    }
                    if (numeric[c] && !cell.isEmpty() && brokenNumber(cell)) {
                        problem = "第 " + (cell.firstLine() + 1) + " 行的数字列读出“" + cell.text() + "”，不是完整的数字";
                        return null;
                    }
                }
            }
            boolean[] total = new boolean[anchors.size()];
            for (int r = dataStart(); r < anchors.size(); r++) {
                total[r] = isTotalRow(r);
            }
            if (mode == Mode.TOP) {
                joinOverflowingNames(leading, total);
            }
            boolean[] tails = new boolean[columnCount];
            if (mode == Mode.TOP && continuation && dataStart() < anchors.size()) {
                // the end of a name begun on the page before ((8) at the top of this page) is not a name of its own
                for (int c = leading.from(); c < leading.to(); c++) {
                    Parts first = parts[dataStart()][c];
                    tails[c] = !first.isEmpty() && continuesText(first.texts.get(0));
                }
            }
            for (int r = 0; r < anchors.size(); r++) {
                for (int c = 0; c < columnCount; c++) {
                    boolean merged = leading.contains(c) && r >= dataStart() && !total[r] && mode == Mode.CENTRED;
                    if (merged || parts[r][c].isEmpty()) {
                        continue;
                    }
                    Parts cell = parts[r][c];
                    cells.add(new Grid.Cell(r, c, 1, Math.min(cell.span, columnCount - c), cell.text(), cell.firstLine(),
                            r == dataStart() && tails[c]));
                }
            }
            if (mode == Mode.CENTRED && !leading.isEmpty()) {
                Placement placement = placeLeading(leading, total, continuation, continues);
                if (placement == null && !continuation) {
                    // the rows' own cells centred, the merged names printed at the top of their groups (a table whose
                    // merged cells keep Word's default alignment): tried only when no centred placement fits
                    String centredProblem = problem;
                    mergedAtTop = true;
                    placement = placeLeading(leading, total, false, continues);
                    mergedAtTop = false;
                    if (placement == null) {
                        problem = centredProblem;
                    }
                }
                if (placement == null) {
                    return null;
                }
                for (Span span : placement.spans()) {
                    String text = null;
                    int line = anchors.get(span.start());
                    if (span.block() != null) {
                        Parts joined = new Parts();
                        for (int l : span.block().lines()) {
                            joined.add(l, frag(l, span.column()));
                        }
                        text = joined.text();
                        line = span.block().first();
                    }
                    cells.add(new Grid.Cell(span.start(), span.column(), span.end() - span.start() + 1, 1, text, line,
                            span.continued()));
                }
            }
            return cells;
        }

        /**
         * Aligned to the top, a merged name longer than its first row runs on into the rows below it (可持续发展能 / 力):
         * text in a leading column on a row where the leading column on its right starts nothing cannot start a group
         * (a new 一级指标 starts a new 二级指标), so it ends the name above it; in the innermost leading column, a short
         * end right under a line that fills the column does too.
         */
        private void joinOverflowingNames(Lead leading, boolean[] total) {
            for (int c = leading.to() - 1; c >= leading.from(); c--) {
                for (int r = dataStart() + 1; r < anchors.size(); r++) {
                    if (total[r] || parts[r][c].isEmpty()) {
                        continue;
                    }
                    int above = r - 1;
                    while (above >= dataStart() && parts[above][c].isEmpty() && !total[above]) {
                        above--;
                    }
                    if (above < dataStart() || total[above]) {
                        continue;
                    }
                    boolean overflows;
                    if (c + 1 < leading.to()) {
                        // a new name here would start a new group in the column on the right too
                        overflows = parts[r][c + 1].isEmpty();
                    } else {
                        // the innermost leading column: only a short end right under a line filling the column, or
                        // what cannot start a name (金 under 上年度结转资, (8))
                        Parts upper = parts[above][c];
                        int last = upper.lastLine();
                        int first = parts[r][c].firstLine();
                        String text = parts[r][c].texts.get(0);
                        overflows = (first == last + 1 || first == last + 2) && full(last, c) && !CellText.isPlaceholder(text)
                                && (visualWidth(text) * 2 <= widest[c] || continuesText(text));
                    }
                    if (!overflows) {
                        continue;
                    }
                    Parts name = parts[r][c];
                    for (int k = 0; k < name.lines.size(); k++) {
                        parts[above][c].add(name.lines.get(k), new Frag(c, 1, name.texts.get(k)));
                    }
                    parts[r][c] = new Parts();
                }
            }
        }

        /**
         * A number that came out broken: a piece of a number left alone ("100.", "%"), or pieces joined into something
         * that is not a number ("86.78良", "%100.00").
         */
        private static boolean brokenNumber(Parts cell) {
            String text = cell.text();
            if (CellText.isValue(text)) {
                return false;
            }
            if (cell.texts.size() == 1) {
                return CellText.isNumeric(text);
            }
            return text.codePoints().anyMatch(Character::isDigit);
        }

        /**
         * A run of rows covered by one merged cell: its text (none for a cell continued from the page before whose text
         * was all printed there); {@code continued} when the cell began on the page before.
         */
        private record Span(int column, int start, int end, Block block, boolean continued) {}

        /** Merged cells placed in some leading columns; cost: how far their texts are from the middle of their rows. */
        private record Placement(List<Span> spans, double cost, double worst) {
            Placement plus(Placement other) {
                List<Span> all = new ArrayList<>(spans);
                all.addAll(other.spans);
                return new Placement(all, cost + other.cost, Math.max(worst, other.worst));
            }

            java.util.Set<Integer> ends(int column) {
                java.util.Set<Integer> ends = new java.util.HashSet<>();
                for (Span span : spans) {
                    if (span.column() == column) {
                        ends.add(span.end());
                    }
                }
                return ends;
            }
        }

        /** Placements kept at each step of the search. */
        private static final int KEEP = 8;

        /**
         * Places the merged cells of the leading columns: the data rows are cut, between total rows, into runs of rows
         * each holding one of the column's names in its middle; a run of a column covers whole runs of the column on its
         * right (a 一级 name covers whole 二级 groups). Every column is placed with its few best cuts, from the innermost
         * column (whose cells are the shortest, so the most surely centred) outwards, and the cuts of all columns are
         * chosen together. Null, with {@link #problem} set, when no placement fits or two fit about as well.
         */
        private Placement placeLeading(Lead leading, boolean[] total, boolean continuation, boolean continues) {
            Heights bands = new Heights(leading);
            List<Placement> candidates = List.of(new Placement(List.of(), 0, 0));
            for (int c = leading.to() - 1; c >= leading.from(); c--) {
                List<Block> blocks = mergedBlocks(c, true);
                List<Placement> next = new ArrayList<>();
                for (Placement candidate : candidates) {
                    java.util.Set<Integer> cuts = c == leading.to() - 1 ? null : candidate.ends(c + 1);
                    if (cuts != null && cuts.isEmpty()) {
                        cuts = null; // the column on the right names nothing: it cuts nothing
                    }
                    for (Placement option : columnOptions(c, blocks, bands, total, cuts, continuation, continues)) {
                        next.add(candidate.plus(option));
                    }
                }
                if (next.isEmpty()) {
                    problem = "第 " + (c + 1) + " 列的合并单元格"
                            + (blocks.isEmpty() ? "" : "（第 " + (blocks.get(0).first() + 1) + " 行起）") + "无法确定跨越哪几行";
                    return null;
                }
                next.sort(java.util.Comparator.comparingDouble(Placement::cost));
                candidates = next.subList(0, Math.min(KEEP, next.size()));
            }
            if (candidates.size() > 1 && candidates.get(1).cost() - candidates.get(0).cost() < AMBIGUITY_MARGIN) {
                problem = "合并单元格跨越的行有不止一种同样合理的读法";
                return null;
            }
            return candidates.get(0);
        }

        /** The few best ways to cut the data rows for the names of one leading column, segment by segment. */
        private List<Placement> columnOptions(int column, List<Block> blocks, Heights bands, boolean[] total,
                java.util.Set<Integer> cuts, boolean continuation, boolean continues) {
            List<Placement> options = List.of(new Placement(List.of(), 0, 0));
            List<Block> placed = new ArrayList<>();
            int r = dataStart();
            boolean firstSegment = true;
            while (r < anchors.size()) {
                if (total[r]) {
                    r++;
                    continue;
                }
                int from = r;
                while (r < anchors.size() && !total[r]) {
                    r++;
                }
                int to = r - 1;
                boolean lastSegment = true;
                for (int q = r; q < anchors.size(); q++) {
                    lastSegment &= total[q];
                }
                List<Block> inside = new ArrayList<>();
                for (Block block : blocks) {
                    double middle = bands.middle(block);
                    if (middle >= bands.y[from] && middle <= bands.end(to)) {
                        inside.add(block);
                    }
                }
                placed.addAll(inside);
                boolean open = continuation && firstSegment;
                firstSegment = false;
                List<Placement> segment;
                if (inside.isEmpty()) {
                    segment = List.of(open ? new Placement(List.of(new Span(column, from, to, null, true)), 0, 0)
                            : new Placement(List.of(), 0, 0));
                } else {
                    segment = tile(column, bands, from, to, inside, cuts, open, continues && lastSegment);
                }
                List<Placement> combined = new ArrayList<>();
                for (Placement before : options) {
                    for (Placement after : segment) {
                        combined.add(before.plus(after));
                    }
                }
                combined.sort(java.util.Comparator.comparingDouble(Placement::cost));
                options = combined.subList(0, Math.min(KEEP, combined.size()));
            }
            if (placed.size() != blocks.size()) {
                return List.of(); // a name printed outside every run of data rows
            }
            return options;
        }

        /**
         * Where rows are printed, in units of one printed line of text: {@code y[r]} is the top of row {@code r},
         * {@code height[r]} its height, as many units as the most lines any of its cells (outside the leading columns)
         * prints. Text lines map onto it: a row printing its cells of one line on a middle line between the two lines
         * of a wrapped cell takes three text lines but only two units; a line between two rows (a merged name centred
         * on the border) sits on the border.
         */
        private final class Heights {
            final double[] y;
            final double[] height;
            final int[] top;
            final int[] bottom;

            Heights(Lead leading) {
                int rows = anchors.size();
                y = new double[rows];
                height = new double[rows];
                top = new int[rows];
                bottom = new int[rows];
                double at = 0;
                for (int r = 0; r < rows; r++) {
                    int first = anchors.get(r);
                    int last = anchors.get(r);
                    int lines = 1;
                    for (int c = 0; c < region.columns.size(); c++) {
                        Parts cell = parts[r][c];
                        if (!leading.contains(c) && !cell.isEmpty()) {
                            first = Math.min(first, cell.firstLine());
                            last = Math.max(last, cell.lastLine());
                            lines = Math.max(lines, cell.lines.size());
                        }
                    }
                    // a wrapped name of a leading column printed on this row's lines (and at most one line beyond) makes
                    // the row as tall, though it is not used to place the row's lines
                    for (int c = leading.from(); c < leading.to(); c++) {
                        Parts cell = parts[r][c];
                        if (cell.lines.size() > 1 && cell.firstLine() >= first - 1 && cell.lastLine() <= last + 1) {
                            lines = Math.max(lines, cell.lines.size());
                        }
                    }
                    top[r] = first;
                    bottom[r] = last;
                    height[r] = lines;
                    y[r] = at;
                    at += lines;
                }
            }

            double end(int row) {
                return y[row] + height[row];
            }

            /** Where a text line is printed. */
            double at(int line) {
                for (int r = 0; r < y.length; r++) {
                    if (line < top[r]) {
                        return y[r];
                    }
                    if (line <= bottom[r]) {
                        int lines = bottom[r] - top[r] + 1;
                        return lines == 1 ? y[r] + height[r] / 2 : y[r] + 0.5 + (line - top[r]) * (height[r] - 1) / (lines - 1);
                    }
                }
                return end(y.length - 1);
            }

            double middle(Block block) {
                return (at(block.first()) + at(block.last())) / 2;
            }
        }

        /** One step of the search for cuts: {@code blocks} names placed, {@code used} rows covered. */
        private record Step(double cost, double worst, int previousUsed, int previousIndex) {}

        /**
         * The few best ways to cut rows {@code from..to} into runs, one per block in order (and, when {@code open}, a
         * first run without text: the cell continued from the previous page), each block inside its run and as near its
         * middle as can be (or, when {@code lastAtTop}, the last block at the top of its run: a cell continued on the
         * next page is printed at the top of its part on this page), every cut where the column on the right has one.
         * Placements whose worst block is further than {@link #MAX_CENTRING_ERROR} lines from where it should be are
         * left out.
         */
        @SuppressWarnings("unchecked")
        private List<Placement> tile(int column, Heights bands, int from, int to, List<Block> blocks,
                java.util.Set<Integer> cuts, boolean open, boolean lastAtTop) {
            int n = to - from + 1;
            int m = blocks.size();
            List<Step>[][] table = new List[m + 1][n + 1];
            for (List<Step>[] row : table) {
                for (int e = 0; e <= n; e++) {
                    row[e] = new ArrayList<>();
                }
            }
            // a name that cannot start a name ("(8)", "）") at the top of a part printed on a later page is the end of
            // the text of the cell continued from the page before, centred in what is left of that cell on this page
            boolean tail = open && continuesText(column, blocks.get(0));
            int firstBlock = tail ? 1 : 0;
            if (tail) {
                Block block = blocks.get(0);
                for (int e = 1; e <= n; e++) {
                    double lower = bands.end(from + e - 1);
                    if (!cutAllowed(from + e - 1, to, cuts) || bands.at(block.last()) > lower + 0.5) {
                        continue;
                    }
                    double cost = Math.abs((bands.y[from] + lower) / 2 - bands.middle(block));
                    if (cost <= MAX_CENTRING_ERROR) {
                        keep(table[1][e], new Step(cost, cost, 0, 0));
                    }
                }
            } else {
                table[0][0].add(new Step(0, 0, -1, -1));
                if (open) {
                    for (int e = 1; e <= n; e++) {
                        if (cutAllowed(from + e - 1, to, cuts)) {
                            table[0][e].add(new Step(0, 0, -1, -1));
                        }
                    }
                }
            }
            for (int k = firstBlock; k < m; k++) {
                Block block = blocks.get(k);
                for (int used = 0; used < n; used++) {
                    List<Step> steps = table[k][used];
                    for (int index = 0; index < steps.size(); index++) {
                        Step step = steps.get(index);
                        int startRow = from + used;
                        double upper = bands.y[startRow];
                        if (bands.at(block.first()) < upper - 0.5) {
                            continue; // the run would start below its name
                        }
                        // the run ends before the next name, which the next run holds
                        double limit = k + 1 < m ? bands.at(blocks.get(k + 1).first()) + 0.5 : Double.POSITIVE_INFINITY;
                        for (int endRow = startRow; endRow <= to; endRow++) {
                            double lower = bands.end(endRow);
                            if (lower > limit + bands.height[endRow]) {
                                break;
                            }
                            if (!cutAllowed(endRow, to, cuts)) {
                                continue;
                            }
                            if (bands.at(block.first()) < upper - 0.5 || bands.at(block.last()) > lower + 0.5) {
                                continue;
                            }
                            double cost = mergedAtTop
                                    ? Math.abs(upper + bands.height[startRow] / 2 - bands.middle(block))
                                    : Math.abs((upper + lower) / 2 - bands.middle(block));
                            if (lastAtTop && k == m - 1 && endRow == to) {
                                cost = Math.min(cost, Math.abs(bands.at(block.first()) - (upper + 0.5)));
                            }
                            if (cost > MAX_CENTRING_ERROR) {
                                continue;
                            }
                            keep(table[k + 1][endRow - from + 1],
                                    new Step(step.cost() + cost, Math.max(step.worst(), cost), used, index));
                        }
                    }
                }
            }
            List<Placement> placements = new ArrayList<>();
            List<Step> finals = table[m][n];
            for (int index = 0; index < finals.size(); index++) {
                List<Span> spans = new ArrayList<>();
                int used = n;
                int at = index;
                for (int k = m; k > firstBlock; k--) {
                    Step step = table[k][used].get(at);
                    spans.add(0, new Span(column, from + step.previousUsed(), from + used - 1, blocks.get(k - 1), false));
                    used = step.previousUsed();
                    at = step.previousIndex();
                }
                if (tail) {
                    spans.add(0, new Span(column, from, from + used - 1, blocks.get(0), true));
                } else if (used > 0) {
                    spans.add(0, new Span(column, from, from + used - 1, null, true));
                }
                placements.add(new Placement(spans, finals.get(index).cost(), finals.get(index).worst()));
            }
            return placements;
        }

        /** Whether the text of a block cannot start a name: a weight in brackets or a closing bracket or punctuation. */
        private boolean continuesText(int column, Block block) {
            return continuesText(frag(block.first(), column).text());
        }

        private static boolean continuesText(String text) {
            return text.matches("^[)）\\]】、，,。].*|^[(（]\\s*[0-9０-９.]+\\s*分?\\s*[)）].*");
        }

        private static void keep(List<Step> steps, Step step) {
            int at = 0;
            while (at < steps.size() && steps.get(at).cost() <= step.cost()) {
                at++;
            }
            if (at < KEEP) {
                steps.add(at, step);
                if (steps.size() > KEEP) {
                    steps.remove(steps.size() - 1);
                }
            }
        }

        /** Whether a run may end after {@code row}: at the end of the rows, or where the column on the right has a cut. */
        private static boolean cutAllowed(int row, int to, java.util.Set<Integer> cuts) {
            return row == to || cuts == null || cuts.contains(row);
        }
    }
}
