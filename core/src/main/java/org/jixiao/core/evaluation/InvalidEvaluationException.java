package org.jixiao.core.evaluation;

import java.util.List;
import java.util.stream.Collectors;

import org.jixiao.core.validation.Problem;

/** An evaluation that cannot be scored; {@link #problems()} says where and why. */
public final class InvalidEvaluationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidEvaluationException(List<Problem> problems) {
        super(problems.stream().map(p -> p.path() + ": " + p.message()).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
