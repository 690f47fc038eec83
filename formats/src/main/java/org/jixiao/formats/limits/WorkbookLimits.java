package org.jixiao.formats.limits;

/**
 * How much of a workbook a reader keeps: rows per sheet and cells in all. A final-accounts workbook has a few thousand
 * cells and a self-evaluation table a few hundred; the limits are far above both and keep a hostile workbook within a
 * small heap.
 */
public final class WorkbookLimits {
    public static final int MAX_ROWS_PER_SHEET = 20_000;
    public static final int MAX_CELLS = 1_000_000;
    public static final int MAX_SHEETS = 1_000;

    private int sheets;
    private int rows;
    private int cells;

    /** A new sheet begins. */
    public void sheet() {
        rows = 0;
        if (++sheets > MAX_SHEETS) {
            throw new LimitExceeded("工作表超过 " + String.format("%,d", MAX_SHEETS) + " 张的上限");
        }
    }

    /** A row of {@code cellCount} cells of the current sheet, named {@code sheet}, is kept. */
    public void row(String sheet, int cellCount) {
        if (++rows > MAX_ROWS_PER_SHEET) {
            throw new LimitExceeded("工作表“" + sheet + "”超过 " + String.format("%,d", MAX_ROWS_PER_SHEET) + " 行的上限");
        }
        cells += cellCount;
        if (cells > MAX_CELLS) {
            throw new LimitExceeded("工作簿的单元格超过 " + String.format("%,d", MAX_CELLS) + " 个的上限");
        }
    }
}
