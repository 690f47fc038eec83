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
                    if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    static boolean startsWithAny(String key, List<String> words) {
        for (String word : words) {
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
