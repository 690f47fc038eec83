package org.jixiao.formats.selfeval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.core.grade.GradeBand;
import org.jixiao.core.grade.GradeScheme;

/**
 * The grade bands a table states in its own words ("90分（含）以上为优、80（含）-90分为良、60（含）-80分为中、60分以下为差",
 * "综合得分90～100分为优"). Only a complete statement counts: at least two grades, ranked 优 above 良 above 中 above 差,
 * with the lowest reaching 0 (a "…以下为差" clause).
 */
final class BandText {
    private BandText() {}

    private static final String GRADE = "(优秀|良好|中等|较差|优|良|中|差|合格|不合格)";
    private static final Pattern RANGE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*分?\\s*(?:[（(]含[）)])?\\s*(?:(?:及|或)?以上|[-—－～~至到]\\s*\\d+(?:\\.\\d+)?\\s*分?\\s*(?:[（(](?:不?含)[）)])?(?:以下)?)"
            + "\\s*(?:的)?\\s*(?:为|评为|定为|属于|等级为)?\\s*[“\"]?" + GRADE);
    private static final Pattern BELOW = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*分?\\s*(?:[（(]不含[）)])?\\s*以下\\s*(?:的)?\\s*(?:为|评为|定为|属于)?\\s*[“\"]?" + GRADE);
    private static final List<String> RANK = List.of("优", "良", "中", "差");

    /** The bands stated in these texts (cells and paragraphs); null when none are. */
    static GradeScheme find(List<String> texts) {
        StringBuilder joined = new StringBuilder();
        for (String text : texts) {
            // a band statement names a grade and a score: only such texts are looked at
            if ((text.contains("优") || text.contains("良") || text.contains("合格")) && text.contains("分")) {
                joined.append(text).append('\n');
            }
        }
        return joined.length() == 0 ? null : find(joined.toString());
    }

    static GradeScheme find(String text) {
        if (text == null || text.length() > 200_000) {
            return null;
        }
        Map<String, BigDecimal> lower = new LinkedHashMap<>();
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            lower.putIfAbsent(m.group(2), new BigDecimal(m.group(1)));
        }
        Matcher below = BELOW.matcher(text);
        while (below.find()) {
            lower.putIfAbsent(below.group(2), BigDecimal.ZERO);
        }
        if (lower.size() < 2 || !lower.containsValue(BigDecimal.ZERO) && lower.values().stream().noneMatch(v -> v.signum() == 0)) {
            return null;
        }
        List<GradeBand> bands = new ArrayList<>();
        List<Map.Entry<String, BigDecimal>> ordered = new ArrayList<>(lower.entrySet());
        ordered.sort((a, b) -> b.getValue().compareTo(a.getValue()));
        int lastRank = -1;
        for (Map.Entry<String, BigDecimal> entry : ordered) {
            int rank = RANK.indexOf(SelfEvalGrades.normal(entry.getKey()));
            if (rank >= 0 && rank <= lastRank) {
                return null;
            }
            lastRank = Math.max(lastRank, rank);
            bands.add(new GradeBand(entry.getKey(), entry.getValue()));
        }
        try {
            return GradeScheme.of(bands);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
