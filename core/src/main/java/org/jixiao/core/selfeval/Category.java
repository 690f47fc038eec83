package org.jixiao.core.selfeval;

/**
 * The standard 一级 category of an indicator row. Real tables label rows inconsistently (时效指标 under 效益指标,
 * 满意度 rows without a 一级 label), so the 二级 label decides first and the 一级 label only when the 二级 is unknown.
 */
public enum Category {
    COST("成本指标"),
    OUTPUT("产出指标"),
    OUTCOME("效益指标"),
    SATISFACTION("满意度指标"),
    OTHER("其他");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Category of(String level1, String level2) {
        Category byLevel2 = fromLabel(level2, true);
        return byLevel2 != OTHER ? byLevel2 : fromLabel(level1, false);
    }

    private static Category fromLabel(String label, boolean second) {
        if (label == null) {
            return OTHER;
        }
        String text = label.strip();
        if (text.contains("满意")) {
            return SATISFACTION;
        }
        if (text.contains("成本")) {
            return COST;
        }
        if (second && (text.startsWith("数量") || text.startsWith("质量") || text.startsWith("时效"))) {
            return OUTPUT;
        }
        if (text.contains("效益") || text.contains("可持续")) {
            return OUTCOME;
        }
        if (text.contains("产出")) {
            return OUTPUT;
        }
        return OTHER;
    }
}
