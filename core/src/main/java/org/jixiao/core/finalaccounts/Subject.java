package org.jixiao.core.finalaccounts;

import java.util.Objects;

/**
 * One 支出功能分类科目: 类 (3-digit code), 款 (5 digits) or 项 (7 digits), e.g. 206 科学技术支出 / 20601 科学技术管理事务 /
 * 2060101 行政运行.
 */
public record Subject(String code, String name) {
    public Subject {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (level(code) == null) {
            throw new IllegalArgumentException("功能分类科目编码应为 3 位（类）、5 位（款）或 7 位（项）数字：" + code);
        }
    }

    /** The level a code has by its length, or null when the code is not a 功能分类 code. */
    public static Level level(String code) {
        if (code == null || !code.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return switch (code.length()) {
            case 3 -> Level.CLASS;
            case 5 -> Level.SECTION;
            case 7 -> Level.ITEM;
            default -> null;
        };
    }

    public Level level() {
        return level(code);
    }

    /** The code of the parent (类 of a 款, 款 of a 项); null for a 类. */
    public static String parentCode(String code) {
        return switch (level(code)) {
            case CLASS -> null;
            case SECTION -> code.substring(0, 3);
            case ITEM -> code.substring(0, 5);
        };
    }

    /** 类 / 款 / 项. */
    public enum Level {
        CLASS("类"), SECTION("款"), ITEM("项");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
