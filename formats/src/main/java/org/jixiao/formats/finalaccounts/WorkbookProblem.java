package org.jixiao.formats.finalaccounts;

import java.util.Objects;

/**
 * A problem in the final-accounts workbook, located for the accountant: file, sheet and cell.
 *
 * @param sheet the table's short name (表5) or the sheet name; null for the whole file
 * @param cell  {@code D12}; null for the whole sheet
 */
public record WorkbookProblem(String file, String sheet, String cell, String message) {
    public WorkbookProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code 决算表.xlsx 表5!D12：应为数字，实际为“一百”} */
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (sheet != null) {
            text.append(' ').append(sheet);
            if (cell != null) {
                text.append('!').append(cell);
            }
        }
        return text.append('：').append(message).toString();
    }
}
