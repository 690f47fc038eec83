package org.jixiao.formats.selfeval;

import java.util.List;

/** Compares the words of cells with the words of a layout file: spaces removed, brackets and colons half-width. */
final class Words {
    private Words() {}

    /** The form words are compared in: no whitespace, （）：［］ as ()::[]. */
    static String key(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (isKey(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '（' -> out.append('(');
                case '）' -> out.append(')');
                case '：' -> out.append(':');
                case '［', '【' -> out.append('[');
                case '］', '】' -> out.append(']');
                default -> {
                    if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0' && !(c >= '\u2000' && c <= '\u200b')) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** True when the text is already in key form (the usual case: a cell without spaces or full-width brackets). */
    private static boolean isKey(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == '（' || c == '）' || c == '：' || c == '［' || c == '【' || c == '］' || c == '】' || c == '\u3000'
                    || c == '\u00a0' || c >= '\u2000' && c <= '\u200b' || c == '\u0085' || c == '\u1680') {
                return false;
            }
        }
        return true;
    }

    static boolean startsWithAny(String key, List<String> words) {
        if (key.isEmpty()) {
            return false;
        }
        char first = key.charAt(0);
        for (String word : words) {
            if (word.isEmpty() || word.charAt(0) != first) {
                continue;
            }
            if (key.startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean containsAny(String key, List<String> words) {
        return firstContained(key, words) != null;
    }

    static String firstContained(String key, List<String> words) {
        for (String word : words) {
            if (key.contains(word)) {
                return word;
            }
        }
        return null;
    }
}
