package org.jixiao.core.selfeval;

/**
 * Where a field of a table sits in its source (a cell such as {@code G21}). The reader that built the table knows its
 * layout and supplies the locator; the review only asks it.
 */
@FunctionalInterface
public interface CellLocator {
    /** A locator for tables that come from nowhere (built in code): names the field instead of a cell. */
    CellLocator NONE = (field, index) -> index >= 0 ? "指标" + (index + 1) + "." + field.name() : field.name();

    /**
     * @param indicatorIndex 0-based indicator row for the INDICATOR_* fields; -1 for table fields
     */
    String cell(Field field, int indicatorIndex);

    default String cell(Field field) {
        return cell(field, -1);
    }
}
