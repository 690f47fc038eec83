package org.jixiao.formats.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.printed.PrintedComparison;
import org.jixiao.core.validation.EvaluationValidator;
import org.jixiao.core.validation.Problem;

/**
 * Reads an evaluation dataset ({@code format: jixiao.evaluation/1}, YAML or JSON). A file is accepted whole or not at
 * all: every problem is reported at once, each with the file, the line and the field.
 */
public final class DatasetReader {
    public static final String FORMAT = "jixiao.evaluation/1";

    private DatasetReader() {}

    /**
     * The result of reading: the evaluation, the warnings that did not stop it, the validation (with the ratios it
     * computed), the parsed tree the evaluation was mapped from (not to be changed: copy it to edit), and the report's
     * printed figures compared with the computed ones ({@code printed} section; none without one).
     *
     * @param printedChecked     how many printed figures were compared
     * @param printedDifferences each printed figure that departs from the computed one, located at its line, with both values
     */
    public record Read(Evaluation evaluation, List<DatasetProblem> warnings, EvaluationValidator.Checked checked, JsonNode tree,
                       int printedChecked, List<DatasetProblem> printedDifferences) {
        /** Scores the evaluation with the ratios its validation already computed. */
        public EvaluationResult score() {
            return EvaluationScorer.score(checked);
        }
    }

    public static Read read(Path file) throws DatasetException {
        String name = file.toString();
        String text = SourceDocument.readText(file, "可能是 Excel/Word 文件，或以 GBK 保存");
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
        return read(name, text, json);
    }

    /** Reads dataset text; {@code file} is only used to name the source in messages. */
    public static Read read(String file, String text, boolean json) throws DatasetException {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return read(SourceDocument.parse(file, text, json));
    }

    /** Reads a dataset held as a tree (for example after an edit through the API), without text and so without lines. */
    public static Read read(String file, com.fasterxml.jackson.databind.JsonNode tree) throws DatasetException {
        return read(SourceDocument.ofTree(file, tree));
    }

    private static Read read(SourceDocument document) throws DatasetException {
        String format = document.root().path("format").asText("");
        if (!format.isEmpty() && !format.equals(FORMAT)) {
            throw new DatasetException(document.problem("/format", true,
                    "不支持的格式“" + format + "”：本版本读取 " + FORMAT));
        }
        List<DatasetProblem> schemaProblems = SchemaCheck.check(document);
        if (!schemaProblems.isEmpty()) {
            throw new DatasetException(schemaProblems);
        }
        Evaluation evaluation = DatasetMapper.map(document);
        List<DatasetProblem> errors = new ArrayList<>();
        List<DatasetProblem> warnings = new ArrayList<>();
        EvaluationValidator.Checked checked = EvaluationValidator.check(evaluation);
        for (Problem problem : checked.problems()) {
            DatasetProblem located = document.problem(problem.path(), problem.isError(), problem.message());
            (problem.isError() ? errors : warnings).add(located);
        }
        if (!errors.isEmpty()) {
            throw new DatasetException(errors);
        }
        if (evaluation.printed() == null) {
            return new Read(evaluation, List.copyOf(warnings), checked, document.root(), 0, List.of());
        }
        PrintedComparison comparison = PrintedComparison.of(EvaluationScorer.score(checked));
        List<DatasetProblem> differences = comparison.differences().stream()
                .map(d -> document.problem(d.pointer(), false, d.message())).toList();
        return new Read(evaluation, List.copyOf(warnings), checked, document.root(), comparison.checked(), differences);
    }
}
