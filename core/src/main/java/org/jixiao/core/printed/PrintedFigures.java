package org.jixiao.core.printed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.ratio.RatioId;

/**
 * The figures an evaluation report printed — its total, grade, the scores and 得分率 of its indicators, its ratios and
 * project execution rates — kept beside the data so that every place the printed figure departs from the computed one
 * can be shown with both values. Nothing here enters a computation.
 *
 * @param source     where the figures were read (“报告表6、表7，第四部分正文”)
 * @param total      the printed 综合得分
 * @param rate       the printed 得分率 of the total, in %
 * @param grade      the printed 评价等级
 * @param indicators printed scores and rates of indicators, located by their names
 * @param ratios     printed standard ratios, in %
 * @param projects   printed project execution rates (预算执行率 per project), in %
 */
public record PrintedFigures(String source, BigDecimal total, BigDecimal rate, String grade, List<Node> indicators,
        Map<RatioId, BigDecimal> ratios, List<ProjectRate> projects) {

    public PrintedFigures {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        ratios = ratios == null ? Map.of() : Map.copyOf(ratios);
        projects = projects == null ? List.of() : List.copyOf(projects);
    }

    /** How many figures are kept. */
    public int count() {
        int n = (total == null ? 0 : 1) + (rate == null ? 0 : 1) + (grade == null ? 0 : 1) + ratios.size() + projects.size();
        for (Node node : indicators) {
            n += (node.score() == null ? 0 : 1) + (node.rate() == null ? 0 : 1);
        }
        return n;
    }

    /**
     * An indicator's printed figures.
     *
     * @param path  the names from the 一级 indicator down (“管理效率/决策管理/决策依据充分性”), or one name that is unique in the tree
     * @param where where the report prints it (“表7”, “第745行”), optional
     */
    public record Node(String path, BigDecimal score, BigDecimal rate, String where) {
        public List<String> names() {
            List<String> names = new ArrayList<>();
            for (String part : path.split("/")) {
                if (!part.isBlank()) {
                    names.add(part.strip());
                }
            }
            return names;
        }
    }

    /** A project's printed 预算执行率 (%), located by its name (the first project of that name). */
    public record ProjectRate(String name, BigDecimal rate) {}

    /**
     * The dataset path (/indicators/0/children/1) of the indicator a printed node names: by the names from the top, or by
     * a single name found exactly once anywhere in the tree.
     */
    public static Optional<String> locate(List<Indicator> roots, List<String> names) {
        if (names.isEmpty()) {
            return Optional.empty();
        }
        List<Indicator> level = roots;
        String path = "/indicators";
        boolean fromTop = true;
        for (String name : names) {
            int index = indexOf(level, name);
            if (index < 0) {
                fromTop = false;
                break;
            }
            path = path + (path.equals("/indicators") ? "/" : "/children/") + index;
            level = level.get(index).children();
        }
        if (fromTop) {
            return Optional.of(path);
        }
        if (names.size() == 1) {
            List<String> found = new ArrayList<>();
            find(roots, "/indicators/", names.get(0), found);
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static int indexOf(List<Indicator> level, String name) {
        for (int i = 0; i < level.size(); i++) {
            if (level.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static void find(List<Indicator> level, String prefix, String name, List<String> found) {
        for (int i = 0; i < level.size(); i++) {
            Indicator node = level.get(i);
            if (node.name().equals(name)) {
                found.add(prefix + i);
            }
            find(node.children(), prefix + i + "/children/", name, found);
        }
    }
}
