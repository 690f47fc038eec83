package org.jixiao.core.selfeval;

import org.jixiao.core.review.Where;

/**
 * Where a field of a table sits in its source (a cell such as {@code G21}, or "第 7 行 得分" of a table in a document).
 * The reader that built the table knows its layout and supplies the locator; the review only asks it.
 */
@FunctionalInterface
public interface CellLocator {
    /** A locator for tables that come from nowhere (built in code): names the field instead of a cell. */
    CellLocator NONE = (field, index) -> index >= 0 ? "指标" + (index + 1) + "." + field.name() : field.name();

    /**
     * @param index see {@link Field}: an indicator row, a 其中 row or a section; -1 for table fields
     */
    String cell(Field field, int index);

    default String cell(Field field) {
        return cell(field, -1);
    }

    /** The position in a document (page, table, row, column); {@link Where#NOWHERE} for workbooks. */
    default Where where(Field field, int index) {
        return Where.NOWHERE;
    }
}
