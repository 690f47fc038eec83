package org.jixiao.core.disclosure;

import java.util.Objects;

/** A row by meaning: a 科目 by its code (功能分类 or 经济分类), a fixed line, or, when neither is known, its printed name. */
public sealed interface RowKey permits RowKey.Code, RowKey.Fixed, RowKey.Name {

    static RowKey code(String code) {
        return new Code(code);
    }

    static RowKey line(Line line) {
        return new Fixed(line);
    }

    /**
     * A 科目 by its digits: 功能分类 类 3, 款 5, 项 7; 经济分类 类 3, 款 5.
     */
    record Code(String code) implements RowKey {
        public Code {
            Objects.requireNonNull(code, "code");
            if (code.length() < 3 || !code.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("not a 科目编码: " + code);
            }
        }

        /** 类 = 0, 款 = 1, 项 = 2 (by the number of digits: 3, 5, 7). */
        public int depth() {
            return (code.length() - 3) / 2;
        }

        /** The code one level up (款 of a 项, 类 of a 款), or null for a 类. */
        public Code parent() {
            return code.length() <= 3 ? null : new Code(code.substring(0, code.length() - 2));
        }

        @Override
        public String toString() {
            return code;
        }
    }

    /** A row known only by its printed name (a 类 named without a code that no catalogue entry matches). */
    record Name(String name) implements RowKey {
        public Name {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record Fixed(Line line) implements RowKey {
        public Fixed {
            Objects.requireNonNull(line, "line");
        }

        @Override
        public String toString() {
            return line.label();
        }
    }
}
