package org.jixiao.formats.document;

import org.jixiao.core.review.Where;
import org.jixiao.formats.document.text.CellLineTables;
import org.jixiao.formats.document.text.FoundTable;
import org.jixiao.formats.document.text.Grid;
import org.jixiao.formats.document.text.LayoutTables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Plain text into blocks, in the three ways tables come in text made from PDFs and Word documents, recognised block by
 * block (one file may mix them):
 * <ul>
 * <li>tab-separated lines (copied from Word or a spreadsheet): one row per line;</li>
 * <li>columns aligned with spaces, as {@code pdftotext -layout} writes them ({@link LayoutTables});</li>
 * <li>one cell per line, as plain {@code pdftotext} writes tables with tall rows ({@link CellLineTables}).</li>
 * </ul>
 * Other lines are paragraphs; a long line that stops in mid-sentence (text extracted from a PDF breaks sentences at the
 * printed line end) is joined with the next one, keeping the line each piece starts on. Lines that look like a table
 * that cannot be read reliably stay text, one paragraph per line, and the document notes it. No line is lost. Form
 * feeds ({@code pdftotext} starts each page with one) give every location its page.
 */
final class TextReader {
    /** A numbered heading: 一、 （二） 3. (4) ⑤ 第五部分. */
    static final Pattern HEADING = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]+\\s*[、.．]|[（(]\\s*[一二三四五六七八九十\\d]+\\s*[)）]|\\d+(?:\\.\\d+)*\\s*[、.．](?!\\d)|[①-⑳]|第[一二三四五六七八九十\\d]+[部章节]).*");
    /** A table caption: 表 3：… / 表3-1 … */
    static final Pattern CAPTION = Pattern.compile("^\\s*(?:附)?表\\s*\\d+(?:[-－—.]\\d+)?\\s*[：:．.、]?.*$");

    private TextReader() {}

    static SourceDocument read(String name, String text) {
        String[] raw = text.split("\\r?\\n|\\r", -1);
        List<String> lines = new ArrayList<>(raw.length);
        int[] pages = new int[raw.length];
        int page = 1;
        boolean paged = text.indexOf('\f') >= 0;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            int feed;
            while ((feed = line.indexOf('\f')) >= 0) {
                page++;
                line = line.substring(0, feed) + line.substring(feed + 1);
            }
            pages[i] = page;
            lines.add(unspaced(line));
        }
        return new TextReader.Reading(name, lines, paged ? pages : null).read();
    }

    private static final class Reading {
        private final String name;
        private final List<String> lines;
        private final int[] pages;
        private final List<Block> blocks = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private int tables;

        Reading(String name, List<String> lines, int[] pages) {
            this.name = name;
            this.lines = lines;
            this.pages = pages;
        }

        private Where at(int index) {
            Where where = Where.line(index + 1);
            return pages == null ? where : where.withPage(pages[index]);
        }

        SourceDocument read() {
            Map<Integer, FoundTable> found = tablesFound();
            int index = 0;
            while (index < lines.size()) {
                String line = lines.get(index);
                FoundTable table = found.get(index);
                if (table != null) {
                    if (table.grid() != null) {
                        blocks.add(tableBlock(table.grid()));
                        // page numbers and running heads printed between the parts of the table
                        for (int i : table.furniture()) {
                            blocks.add(new TextBlock(Texts.normalize(lines.get(i)), at(i)));
                        }
                    } else {
                        notes.add(table.problem());
                        for (int i = table.first(); i <= table.last(); i++) {
                            if (!lines.get(i).isBlank()) {
                                blocks.add(new TextBlock(Texts.normalize(lines.get(i)), at(i)));
                            }
                        }
                    }
                    index = table.last() + 1;
                    continue;
                }
                if (line.isBlank()) {
                    index++;
                    continue;
                }
                if (line.contains("\t")) {
                    index = tabTable(index);
                    continue;
                }
                index = paragraph(index, found);
            }
            return new SourceDocument(name, SourceDocument.Format.TEXT, 0, blocks, notes);
        }

        /** The tables aligned with spaces, then those with one cell per line among the remaining lines, by first line. */
        private Map<Integer, FoundTable> tablesFound() {
            Predicate<String> breaks = line -> line.contains("\t") || CAPTION.matcher(line).matches();
            int[] pageOf = pages != null ? pages : new int[lines.size()];
            Map<Integer, FoundTable> found = new TreeMap<>();
            boolean[] taken = new boolean[lines.size()];
            try {
                for (FoundTable table : LayoutTables.find(lines, pageOf, breaks)) {
                    found.put(table.first(), table);
                    for (int i = table.first(); i <= table.last(); i++) {
                        taken[i] = true;
                    }
                }
                for (FoundTable table : CellLineTables.find(lines, taken, breaks)) {
                    found.put(table.first(), table);
                }
            } catch (RuntimeException e) {
                // a fault in finding tables must not cost the reader the text: every line is read as text instead
                notes.add("文本中的表格未能识别（" + e.getClass().getSimpleName() + "），全文按文字读取，表格需人工核对");
                found.clear();
            }
            return found;
        }

        private TableBlock tableBlock(Grid grid) {
            int index = ++tables;
            List<Cell> cells = new ArrayList<>();
            Map<Grid.Cell, Integer> indents = indents(grid);
            for (Grid.Cell cell : grid.cells()) {
                String text = cell.text() == null ? "" : Texts.normalize(cell.text());
                cells.add(new Cell(cell.row(), cell.column(), cell.rowSpan(), cell.columnSpan(), text,
                        at(cell.line()).inTable(index, cell.row() + 1, cell.column() + 1), indents.getOrDefault(cell, 0)));
            }
            return new TableBlock(cells, at(grid.firstLine()).inTable(index, 0, 0), true);
        }

        /** Each cell's indentation in its column ({@link Indentation}), from where its text starts on its line. */
        private Map<Grid.Cell, Integer> indents(Grid grid) {
            Map<Grid.Cell, Integer> indents = new HashMap<>();
            for (int column = 0; column < grid.columnCount(); column++) {
                List<Grid.Cell> placed = new ArrayList<>();
                List<Indentation.Extent> extents = new ArrayList<>();
                for (Grid.Cell cell : grid.cells()) {
                    if (cell.column() != column || cell.columnSpan() != 1 || cell.text() == null || cell.text().isBlank()
                            || cell.line() < 0 || cell.line() >= lines.size()) {
                        continue;
                    }
                    String line = lines.get(cell.line());
                    String start = cell.text().strip();
                    start = start.substring(0, start.offsetByCodePoints(0, Math.min(3, start.codePointCount(0, start.length()))));
                    int at = line.indexOf(start);
                    if (at < 0 || line.indexOf(start, at + 1) >= 0) {
                        continue; // not found as printed, or found twice: its place is not known
                    }
                    int end = line.indexOf("  ", at);
                    end = end < 0 ? line.length() : end;
                    double left = line.codePointCount(0, at);
                    placed.add(cell);
                    extents.add(new Indentation.Extent(left, left + line.codePointCount(at, end), Double.NaN, Double.NaN, true));
                }
                int[] values = Indentation.of(extents, 1.5);
                for (int i = 0; i < placed.size(); i++) {
                    if (values[i] > 0) {
                        indents.put(placed.get(i), values[i]);
                    }
                }
            }
            return indents;
        }

        private int tabTable(int index) {
            tables++;
            List<List<String>> rows = new ArrayList<>();
            List<Where> wheres = new ArrayList<>();
            while (index < lines.size() && lines.get(index).contains("\t")) {
                List<String> cells = new ArrayList<>();
                for (String cell : lines.get(index).split("\t", -1)) {
                    cells.add(Texts.normalize(cell));
                }
                rows.add(cells);
                wheres.add(at(index).inTable(tables, rows.size(), 0));
                index++;
            }
            blocks.add(TableBlock.ofRows(rows, wheres));
            return index;
        }

        private int paragraph(int index, Map<Integer, FoundTable> found) {
            StringBuilder paragraph = new StringBuilder(Texts.normalize(lines.get(index)));
            List<TextBlock.Piece> pieces = new ArrayList<>();
            pieces.add(new TextBlock.Piece(0, at(index)));
            int last = index;
            while (continues(lines.get(last))) {
                int next = last + 1;
                while (next < lines.size() && next <= last + 2 && lines.get(next).isBlank() && !found.containsKey(next)) {
                    next++;
                }
                if (next >= lines.size() || lines.get(next).isBlank() || lines.get(next).contains("\t") || found.containsKey(next)
                        || HEADING.matcher(lines.get(next)).matches() || CAPTION.matcher(lines.get(next)).matches()) {
                    break;
                }
                pieces.add(new TextBlock.Piece(paragraph.length(), at(next)));
                paragraph.append(Texts.normalize(lines.get(next)));
                last = next;
            }
            blocks.add(new TextBlock(paragraph.toString(), 0, pieces));
            return last + 1;
        }
    }

    private static final Pattern SPACED = Pattern.compile("(?<=[\\p{IsHan}，。、；：（）“”％])\\s(?=[\\p{IsHan}，。、；：（）“”％\\d])|(?<=[\\d%])\\s(?=[\\p{IsHan}，。、；：（）“”])");

    /**
     * A justified line of running text as {@code pdftotext} gives it, every character set apart by a space
     * ({@code 一 般 公 共 预 算 财 政 拨 款 支 出 6,563.85 万 元 。}), as it reads: the single spaces next to Chinese
     * characters dropped. A line is letter-spaced when most of its Chinese characters have a single space after them;
     * the columns of a table (two spaces and more) and ordinary lines are left as they are.
     */
    static String unspaced(String line) {
        int han = 0;
        int spaced = 0;
        for (int i = 0; i < line.length(); i++) {
            if (Character.UnicodeScript.of(line.charAt(i)) == Character.UnicodeScript.HAN) {
                han++;
                if (i + 2 < line.length() && line.charAt(i + 1) == ' ' && line.charAt(i + 2) != ' ') {
                    spaced++;
                }
            }
        }
        if (han < 8 || spaced < 0.7 * han || line.strip().contains("  ")) {
            return line;
        }
        String leading = line.substring(0, line.length() - line.stripLeading().length());
        return leading + SPACED.matcher(line.stripLeading()).replaceAll("");
    }

    /** A long line that stops in mid-sentence. */
    static boolean continues(String line) {
        String stripped = line.strip();
        if (stripped.length() < 20 || stripped.startsWith("注：") || stripped.startsWith("注:")) {
            return false;
        }
        char end = stripped.charAt(stripped.length() - 1);
        return "。；;：:！？!?”）)】".indexOf(end) < 0 && !HEADING.matcher(stripped).matches();
    }
}
