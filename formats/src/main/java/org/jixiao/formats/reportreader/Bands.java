package org.jixiao.formats.reportreader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.core.grade.GradeBand;
import org.jixiao.core.review.RecoveredReport.StatedBands;

/**
 * Grade bands as reports state them, in the common wordings: "90分（含）以上为优", "80（含）-90分为良", "综合得分90～100分为优",
 * "60分以下为差", "得分≥90分为“优”", "优：90-100分", "优秀（85分以上）". Each band's lower bound is read from the clause that
 * names the grade; whether a score exactly on a boundary goes up or down is certain only where the text says so (含, ≥, <).
 */
final class Bands {
    /** Grade words, but not the same characters inside other words (其中, 一般公共预算, 优化, 差异, 合格率). */
    static final String GRADE_WORDS = "优秀|良好|中等|较差|不合格|合格(?!率)|一般(?!公共|性|项目|预算)|(?<![其集之当高初空])中(?![小央期心华国共间层型部标])"
            + "|优(?![化势先惠质])|良(?![好性种])|差(?![异距额错旅])";
    private static final Pattern GRADE = Pattern.compile(GRADE_WORDS);
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)");
    private static final Pattern CONTEXT = Pattern.compile("等级|等次|档|评价标准|分为|以上|以下|级别|≥|＞|>|评定|划分");

    private Bands() {}

    static StatedBands find(Paragraph paragraph) {
        String text = paragraph.text();
        if (!CONTEXT.matcher(text).find()) {
            return null;
        }
        Map<String, BigDecimal> lower = new LinkedHashMap<>();
        boolean certain = true;
        int first = -1;
        int last = -1;
        for (String clause : clauses(text)) {
            Matcher grades = GRADE.matcher(clause);
            List<String> found = new ArrayList<>();
            while (grades.find()) {
                found.add(grades.group());
            }
            List<BigDecimal> numbers = new ArrayList<>();
            Matcher number = NUMBER.matcher(clause.replaceAll("\\d{4}\\s*年", ""));
            while (number.find()) {
                BigDecimal value = new BigDecimal(number.group(1));
                if (value.compareTo(BigDecimal.valueOf(100)) <= 0) {
                    numbers.add(value);
                }
            }
            if (found.size() != 1 || numbers.isEmpty() || numbers.size() > 2) {
                continue;
            }
            String grade = Grades.normalize(found.get(0));
            BigDecimal min;
            boolean below = clause.matches(".*(以下|以内|不足|低于|不到|<|＜|≤|小于).*") && numbers.size() == 1;
            if (below) {
                min = BigDecimal.ZERO;
            } else if (numbers.size() == 2) {
                min = numbers.get(0).min(numbers.get(1));
                if (!clause.contains("含") && !clause.contains("≤") && !clause.contains("≥")) {
                    certain = false;
                }
            } else {
                min = numbers.get(0);
                if (!clause.matches(".*(含|≥|及以上|以上（含|＞=|>=).*")) {
                    certain = false;
                }
            }
            if (lower.containsKey(grade)) {
                continue;
            }
            lower.put(grade, min);
            int at = text.indexOf(clause);
            if (first < 0) {
                first = at;
            }
            last = at + clause.length();
        }
        if (lower.size() < 2) {
            return null;
        }
        List<GradeBand> bands = new ArrayList<>();
        lower.forEach((grade, min) -> bands.add(new GradeBand(grade, min)));
        String quoted = text.substring(Math.max(first, 0), Math.max(last, first + 1));
        return new StatedBands(bands, paragraph.quoteAt(Math.max(first, 0), quoted), certain);
    }

    /** The clauses of a sentence; a clause naming several grades ("优（90分以上）、良（80-89分）") is split further. */
    private static List<String> clauses(String text) {
        List<String> clauses = new ArrayList<>();
        for (String clause : text.split("[；;。，,]")) {
            Matcher grades = GRADE.matcher(clause);
            int count = 0;
            while (grades.find()) {
                count++;
            }
            if (count > 1) {
                for (String part : clause.split("[、]|(?<=[）)])\\s*(?=[优良中差合一较])")) {
                    clauses.add(part);
                }
            } else {
                clauses.add(clause);
            }
        }
        return clauses;
    }
}
