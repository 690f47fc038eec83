package org.jixiao.core.validation;

import java.util.Objects;

/**
 * Something wrong with an evaluation's data, located by a JSON-pointer path into the dataset
 * ({@code /indicators/0/children/1/weight}) so that a reader of the file can map it to a line.
 */
public record Problem(Severity severity, String path, String message) {
    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String path, String message) {
        return new Problem(Severity.ERROR, path, message);
    }

    public static Problem warning(String path, String message) {
        return new Problem(Severity.WARNING, path, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
