package org.jixiao.core.review;

import java.util.Objects;

/**
 * One result of an automatic review (复核), as data: which rule, how serious, where, what the document prints and
 * what it should print (domain §10). Reports, consoles and spreadsheets render it; nothing here is formatting.
 *
 * @param code     a stable rule code ({@code TREE_SUM}, {@code RATE}, {@code SE_TOTAL} …) for filtering and tests
 * @param printed  the value as the document prints it; null when the finding is about something missing
 * @param expected the recomputed value; null when there is nothing to recompute (e.g. a warning)
 * @param rule     the rule or formula in words (父级得分 = 下级得分之和)
 * @param message  one sentence for a person, in Chinese
 * @param quotation the document's own words the finding is about (a table row, a sentence); null when none
 */
public record Finding(String code, Severity severity, Location location, String printed, String expected, String rule, String message,
                      String quotation) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    public Finding(String code, Severity severity, Location location, String printed, String expected, String rule, String message) {
        this(code, severity, location, printed, expected, rule, message, null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
