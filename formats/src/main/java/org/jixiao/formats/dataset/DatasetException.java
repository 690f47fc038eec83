package org.jixiao.formats.dataset;

import java.util.List;
import java.util.stream.Collectors;

/** A dataset file that cannot be used: every problem found, each with its file, line and field. */
public final class DatasetException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<DatasetProblem> problems;

    public DatasetException(List<DatasetProblem> problems) {
        super(problems.stream().map(DatasetProblem::describe).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public DatasetException(DatasetProblem problem) {
        this(List.of(problem));
    }

    public List<DatasetProblem> problems() {
        return problems;
    }
}
