package org.jixiao.core.selfeval;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which way an indicator is better, for a target printed without an operator ("90%", "43.2", "0次"): 正向 (more is
 * better, read as ≥) or 反向 (less is better, read as ≤: 成本, 投诉率, 办结时间 …). Published practice scores a 正向 target
 * exceeded at full marks, never as a missed "=".
 */
public enum Direction {
    POSITIVE("正向"),
    NEGATIVE("反向");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * How to decide the direction of a row: words that make an indicator 反向 (looked for in its name and in its 二级
     * label) and per-indicator choices by exact name, which win. Data, not code: a layout file or a user's file gives it.
     *
     * @param reverseWords words of 反向 indicators (成本, 投诉, 事故 …)
     * @param byName       per-indicator choices (三级指标 name → direction)
     */
    public record Rules(List<String> reverseWords, Map<String, Direction> byName) {
        public Rules {
            reverseWords = List.copyOf(reverseWords);
            byName = Map.copyOf(byName);
        }

        public Direction of(String name, String level1, String level2) {
            Direction chosen = byName.get(Objects.toString(name, "").strip());
            if (chosen != null) {
                return chosen;
            }
            String text = Objects.toString(name, "") + "｜" + Objects.toString(level2, "");
            for (String word : reverseWords) {
                if (text.contains(word)) {
                    return NEGATIVE;
                }
            }
            return Category.of(level1, level2) == Category.COST ? NEGATIVE : POSITIVE;
        }

        public Rules with(Map<String, Direction> more) {
            java.util.HashMap<String, Direction> all = new java.util.HashMap<>(byName);
            all.putAll(more);
            return new Rules(reverseWords, all);
        }
    }

    /** The direction a 指标性质 cell states ("正向指标", "反向", "≥"); null when it states none. */
    public static Direction ofStated(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.startsWith("正向") || t.equals("正")) {
            return POSITIVE;
        }
        if (t.startsWith("反向") || t.equals("反") || t.startsWith("逆向")) {
            return NEGATIVE;
        }
        return null;
    }
}
