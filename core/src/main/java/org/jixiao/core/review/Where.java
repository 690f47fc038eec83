package org.jixiao.core.review;

/**
 * Where something was read in its source document. Each field is 1-based; 0 means "does not apply to this source":
 * a PDF gives the page (and, for a table, its row and column); a .docx gives the paragraph or the table, row and
 * column; a text file gives the line.
 *
 * @param page      page of a PDF
 * @param line      line of a text file (or of the text a PDF reader saw, when it reads lines)
 * @param paragraph paragraph of a .docx or an HTML document, counted over the body
 * @param table     the how-many-th table of the document (not the number its caption prints)
 * @param row       row of that table, counting every printed row including the header
 * @param column    column of that table, on the grid after spans are expanded
 */
public record Where(int page, int line, int paragraph, int table, int row, int column) {
    public static final Where NOWHERE = new Where(0, 0, 0, 0, 0, 0);

    public static Where line(int line) {
        return new Where(0, line, 0, 0, 0, 0);
    }

    public static Where paragraph(int paragraph) {
        return new Where(0, 0, paragraph, 0, 0, 0);
    }

    public Where withPage(int page) {
        return new Where(page, line, paragraph, table, row, column);
    }

    public Where withLine(int line) {
        return new Where(page, line, paragraph, table, row, column);
    }

    public Where inTable(int table, int row, int column) {
        return new Where(page, line, paragraph, table, row, column);
    }

    /** The place in the words a reader of the document would use: {@code 第 3 页 第 2 个表格 第 7 行}, {@code 第 875 行}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (page > 0) {
            text.append("第 ").append(page).append(" 页");
        }
        if (line > 0) {
            append(text, "第 " + line + " 行");
        } else if (table > 0) {
            append(text, "第 " + table + " 个表格");
            if (row > 0) {
                append(text, "第 " + row + " 行");
            }
            if (column > 0) {
                append(text, "第 " + column + " 列");
            }
        } else if (paragraph > 0) {
            append(text, "第 " + paragraph + " 段");
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String piece) {
        if (text.length() > 0) {
            text.append(' ');
        }
        text.append(piece);
    }
}
