package org.jixiao.formats.finalaccounts;

import java.util.List;
import java.util.stream.Collectors;

/** A workbook that cannot be used: every problem found, each with its sheet and cell. Nothing of it is imported. */
public final class WorkbookException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<WorkbookProblem> problems;

    public WorkbookException(List<WorkbookProblem> problems) {
        super(problems.stream().map(WorkbookProblem::describe).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<WorkbookProblem> problems() {
        return problems;
    }
}
