package org.jixiao.core.printed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.indicator.ScoredIndicator;
import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.ratio.ProjectExecution;
import org.jixiao.core.ratio.Ratio;
import org.jixiao.core.ratio.RatioId;

/**
 * Every printed figure of an evaluation compared with the computed one. A printed figure agrees when it equals the
 * computed value rounded (half-up) to the decimals it was printed with: “97%” agrees with 97.00%, “85%” with 85.00%,
 * “99.99%” does not agree with 99.90%.
 *
 * @param checked     how many printed figures were compared
 * @param differences the figures that do not agree, in the order of the dataset
 */
public record PrintedComparison(int checked, List<Difference> differences) {

    /**
     * A printed figure that departs from the computed one.
     *
     * @param what     the figure in words (“指标“管理效率”得分”)
     * @param pointer  the printed figure's place in the dataset (/printed/indicators/3/score)
     * @param target   the computed figure's place: an indicator path (/indicators/0/children/1), a ratio id, a project path
     * @param printed  the value as printed (a grade is text)
     * @param computed the value computed from the data
     */
    public record Difference(String what, String pointer, String target, String printed, String computed, BigDecimal gap) {
        /** “综合得分：报告印 86.68，计算为 86.78（相差 0.10）”. */
        public String message() {
            return what + "：报告印 " + printed + "，计算为 " + computed + (gap == null ? "" : "（相差 " + ChineseNumbers.plain(gap) + "）");
        }
    }

    public static PrintedComparison of(EvaluationResult result) {
        PrintedFigures printed = result.evaluation().printed();
        if (printed == null) {
            return new PrintedComparison(0, List.of());
        }
        List<Difference> out = new ArrayList<>();
        int[] checked = {0};
        number("综合得分", "/printed/total", "/total", printed.total(), result.totalScore(), checked, out);
        number("综合得分率（%）", "/printed/rate", "/total", printed.rate(), result.totalRatePercent(), checked, out);
        if (printed.grade() != null) {
            checked[0]++;
            if (!printed.grade().strip().equals(result.grade())) {
                out.add(new Difference("评价等级", "/printed/grade", "/total", printed.grade().strip(), result.grade(), null));
            }
        }
        for (int i = 0; i < printed.indicators().size(); i++) {
            PrintedFigures.Node node = printed.indicators().get(i);
            Optional<String> path = PrintedFigures.locate(result.evaluation().indicators(), node.names());
            if (path.isEmpty()) {
                continue; // the validator reports a printed figure that names no indicator
            }
            ScoredIndicator scored = find(result.indicators(), path.get());
            String where = node.where() == null ? "" : "（" + node.where() + "）";
            number("指标“" + scored.name() + "”得分" + where, "/printed/indicators/" + i + "/score", path.get(), node.score(), scored.score(),
                    checked, out);
            number("指标“" + scored.name() + "”得分率（%）" + where, "/printed/indicators/" + i + "/rate", path.get(), node.rate(),
                    scored.ratePercent(), checked, out);
        }
        for (Map.Entry<RatioId, BigDecimal> entry : printed.ratios().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            Optional<Ratio> ratio = result.ratios().get(entry.getKey());
            if (ratio.isPresent()) {
                number(entry.getKey().label() + "（%）", "/printed/ratios/" + entry.getKey().key(), entry.getKey().key(), entry.getValue(),
                        ratio.get().percent(), checked, out);
            }
        }
        List<ProjectExecution.Row> rows = result.projectExecution().rows();
        for (int i = 0; i < printed.projects().size(); i++) {
            PrintedFigures.ProjectRate project = printed.projects().get(i);
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).project().name().equals(project.name())) {
                    number("项目“" + project.name() + "”预算执行率（%）", "/printed/projects/" + i + "/rate", "/projects/" + r, project.rate(),
                            rows.get(r).ratePercent(), checked, out);
                    break;
                }
            }
        }
        return new PrintedComparison(checked[0], List.copyOf(out));
    }

    private static void number(String what, String pointer, String target, BigDecimal printed, BigDecimal computed, int[] checked,
            List<Difference> out) {
        if (printed == null || computed == null) {
            return;
        }
        checked[0]++;
        int printedScale = Math.max(0, printed.stripTrailingZeros().scale());
        // printed with fewer decimals than computed: compare at the printed precision (“97%” for 97.00%)
        BigDecimal shown = printedScale < computed.scale() ? computed.setScale(printedScale, RoundingMode.HALF_UP) : computed;
        if (shown.compareTo(printed) != 0) {
            out.add(new Difference(what, pointer, target, printed.toPlainString(), computed.toPlainString(),
                    computed.subtract(printed).abs()));
        }
    }

    private static ScoredIndicator find(List<ScoredIndicator> roots, String path) {
        for (ScoredIndicator root : roots) {
            if (path.equals(root.path())) {
                return root;
            }
            if (path.startsWith(root.path() + "/")) {
                return find(root.children(), path);
            }
        }
        throw new IllegalStateException("no indicator at " + path);
    }
}
