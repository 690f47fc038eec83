package org.jixiao.formats.selfeval;

import java.math.BigDecimal;

import org.jixiao.core.review.Where;

/**
 * A table as the self-evaluation reader sees it, whatever it came from (a sheet, a Word or PDF table): a grid of texts,
 * with the merged cells known where the source says so.
 */
interface Grid {
    int rows();

    int columns();

    /** The text shown at a position; a merged cell's text at every position it covers when {@link #knowsMerges()}. */
    String text(int row, int column);

    /** True when positions of one merged cell are known ({@link #sameCell}); false for sheets read as plain rows. */
    boolean knowsMerges();

    /** True when two positions belong to one printed cell. */
    boolean sameCell(int row1, int column1, int row2, int column2);

    /** A number cell's value at its printed precision (spreadsheets); null for text cells and documents. */
    BigDecimal number(int row, int column);

    /** True when the number cell is formatted as a percentage (its value is a fraction: 0.7414 for 74.14%). */
    boolean percent(int row, int column);

    /** The position in the user's words: {@code G21}, or 第 7 行第 8 列 of a document table. */
    default String address(int row, int column) {
        return places().address(row, column);
    }

    /** Where in a document the position is; {@link Where#NOWHERE} for sheets. */
    default Where where(int row, int column) {
        return places().where(row, column);
    }

    /**
     * What a table read from this grid keeps to name its cells in findings: for a sheet nothing but the rule of Excel
     * names (the grid's texts are not kept alive by the thousands of tables of a workbook), for a document its table.
     */
    Places places();

    interface Places {
        String address(int row, int column);

        Where where(int row, int column);
    }

    /** Excel cell names: (20, 6) → G21. */
    Places EXCEL = new Places() {
        @Override
        public String address(int row, int column) {
            return Layout.cell(row, column);
        }

        @Override
        public Where where(int row, int column) {
            return Where.NOWHERE;
        }
    };
}
