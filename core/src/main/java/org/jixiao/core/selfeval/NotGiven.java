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
        boolean onlyMarks = true;
        for (int i = 0; i < text.length() && onlyMarks; i++) {
            char c = text.charAt(i);
            onlyMarks = Character.isWhitespace(c) || "—–-－―─━═/／\\＼…·.。　*＊×\u00a0".indexOf(c) >= 0;
        }
        if (onlyMarks) {
            return true;
        }
        String t = text.strip();
        return t.length() <= 4 && WORDS.contains(t.toLowerCase(java.util.Locale.ROOT));
    }
}
