package org.jixiao.core.finalaccounts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The 支出功能分类科目 a disclosure uses, by code, so that every table row can be named as 类/款/项. */
public final class SubjectCatalogue {
    private final Map<String, Subject> byCode;

    public SubjectCatalogue(List<Subject> subjects) {
        Map<String, Subject> map = new LinkedHashMap<>();
        for (Subject subject : subjects) {
            if (map.putIfAbsent(subject.code(), subject) != null) {
                throw new IllegalArgumentException("功能分类科目编码重复：" + subject.code());
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public Subject get(String code) {
        Subject subject = byCode.get(code);
        if (subject == null) {
            throw new IllegalArgumentException("功能分类科目不在科目表中：" + code);
        }
        return subject;
    }

    public String name(String code) {
        Subject subject = byCode.get(code);
        return subject == null ? code : subject.name();
    }

    public List<Subject> all() {
        return List.copyOf(byCode.values());
    }

    /** {@code 科学技术支出（类）科学技术管理事务（款）行政运行（项）} — how the 情况说明 names a row. */
    public String fullName(String code) {
        List<String> parts = new ArrayList<>();
        for (String c = code; c != null; c = Subject.parentCode(c)) {
            parts.add(0, name(c) + "（" + Subject.level(c).label() + "）");
        }
        return String.join("", parts);
    }

    /** {@code 2060101 行政运行} — how a review finding names a row. */
    public String label(String code) {
        return code + " " + name(code);
    }
}
