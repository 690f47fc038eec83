package org.jixiao.formats.selfeval;

import java.math.BigDecimal;

import org.jixiao.core.review.Where;
import org.jixiao.formats.document.Cell;
import org.jixiao.formats.document.TableBlock;

/** A table of a document (.docx, PDF, HTML, text) as a grid: merged cells known, every value a text. */
final class BlockGrid implements Grid {
    private final TableBlock table;

    BlockGrid(TableBlock table) {
        this.table = table;
    }

    TableBlock table() {
        return table;
    }

    @Override
    public int rows() {
        return table.rowCount();
    }

    @Override
    public int columns() {
        return table.columnCount();
    }

    @Override
    public String text(int row, int column) {
        String text = table.text(row, column);
        if (text.indexOf('<') >= 0) {
            // the bold markup some text extractions keep (<b>总分</b>, <b>97.41</b>)
            text = text.replace("<b>", "").replace("</b>", "").replace("<strong>", "").replace("</strong>", "");
        }
        return text.replace('\n', ' ').strip();
    }

    @Override
    public boolean knowsMerges() {
        return true;
    }

    @Override
    public boolean sameCell(int row1, int column1, int row2, int column2) {
        Cell a = table.cellAt(row1, column1);
        return a != null && a == table.cellAt(row2, column2);
    }

    @Override
    public BigDecimal number(int row, int column) {
        return null;
    }

    @Override
    public boolean percent(int row, int column) {
        return false;
    }

    @Override
    public Places places() {
        return places;
    }

    private final Places places = new Places() {
            @Override
            public String address(int row, int column) {
                return "第 " + (row + 1) + " 行第 " + (column + 1) + " 列";
            }

            @Override
            public Where where(int row, int column) {
                Cell cell = table.cellAt(row, column);
                return cell != null ? cell.where() : table.rowWhere(row);
            }
        };
}
