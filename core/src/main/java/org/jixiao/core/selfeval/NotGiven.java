package org.jixiao.core.selfeval;

import java.util.Set;

/**
 * Cells that say "not given": blank, or a placeholder such as —, -, /, 无, ═. A placeholder is never 0 (a reader that
 * read blanks as 0 raised hundreds of false errors).
 */
public final class NotGiven {
    private static final Set<String> WORDS = Set.of("无", "空", "空白", "不适用", "暂无", "未填", "nan", "n/a", "na");

    private NotGiven() {}

    public static boolean is(String text) {
        if (text == null) {
            return true;
        }
        String t = text.strip();
        if (t.isEmpty()) {
            return true;
        }
        if (WORDS.contains(t.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        for (int i = 0; i < t.length(); i++) {
            if ("—–-－―─━═/／\\＼…·.。 　*＊×".indexOf(t.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
