package org.jixiao.formats.document;

import org.jixiao.core.review.Where;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text into blocks. Runs of tab-separated lines are tables, one row per line. Other lines are paragraphs; a long
 * line that stops in mid-sentence (text extracted from a PDF breaks sentences at the printed line end) is joined with
 * the next one, keeping the line each piece starts on.
 */
final class TextReader {
    /** A numbered heading: 一、 （二） 3. (4) ⑤ 第五部分. */
    static final Pattern HEADING = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]+\\s*[、.．]|[（(]\\s*[一二三四五六七八九十\\d]+\\s*[)）]|\\d+(?:\\.\\d+)*\\s*[、.．](?!\\d)|[①-⑳]|第[一二三四五六七八九十\\d]+[部章节]).*");
    /** A table caption: 表 3：… / 表3-1 … */
    static final Pattern CAPTION = Pattern.compile("^\\s*(?:附)?表\\s*\\d+(?:[-－—.]\\d+)?\\s*[：:．.、]?.*$");

    private TextReader() {}

    static SourceDocument read(String name, String text) {
        List<String> lines = List.of(text.split("\\r?\\n|\\r", -1));
        List<Block> blocks = new ArrayList<>();
        int tables = 0;
        int index = 0;
        while (index < lines.size()) {
            String line = lines.get(index);
            if (line.isBlank()) {
                index++;
                continue;
            }
            if (line.contains("\t")) {
                tables++;
                List<List<String>> rows = new ArrayList<>();
                List<Where> wheres = new ArrayList<>();
                while (index < lines.size() && lines.get(index).contains("\t")) {
                    List<String> cells = new ArrayList<>();
                    for (String cell : lines.get(index).split("\t", -1)) {
                        cells.add(Texts.normalize(cell));
                    }
                    rows.add(cells);
                    wheres.add(Where.line(index + 1).inTable(tables, rows.size(), 0));
                    index++;
                }
                blocks.add(TableBlock.ofRows(rows, wheres));
                continue;
            }
            StringBuilder paragraph = new StringBuilder(Texts.normalize(line));
            List<TextBlock.Piece> pieces = new ArrayList<>();
            pieces.add(new TextBlock.Piece(0, Where.line(index + 1)));
            int last = index;
            while (continues(lines.get(last))) {
                int next = last + 1;
                while (next < lines.size() && next <= last + 2 && lines.get(next).isBlank()) {
                    next++;
                }
                if (next >= lines.size() || lines.get(next).isBlank() || lines.get(next).contains("\t")
                        || HEADING.matcher(lines.get(next)).matches() || CAPTION.matcher(lines.get(next)).matches()) {
                    break;
                }
                pieces.add(new TextBlock.Piece(paragraph.length(), Where.line(next + 1)));
                paragraph.append(Texts.normalize(lines.get(next)));
                last = next;
            }
            blocks.add(new TextBlock(paragraph.toString(), 0, pieces));
            index = last + 1;
        }
        return new SourceDocument(name, SourceDocument.Format.TEXT, 0, blocks, List.of());
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
