package org.jixiao.core.selfeval;

import java.util.Objects;

/** Where a table came from: workbook, sheet and the layout's cell locator. */
public record Source(String workbook, String sheet, CellLocator cells) {
    public static final Source NONE = new Source(null, null, CellLocator.NONE);

    public Source {
        cells = cells == null ? CellLocator.NONE : cells;
    }

    public String describe() {
        return Objects.toString(workbook, "") + (sheet == null ? "" : " › " + sheet);
    }
}
