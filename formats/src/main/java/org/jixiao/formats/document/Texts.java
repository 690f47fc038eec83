package org.jixiao.formats.document;

/** Text as every reader hands it on: whitespace collapsed, line breaks inside a cell kept. */
public final class Texts {
    private Texts() {}

    /** Whitespace runs (including full-width and no-break spaces) become one space; line breaks inside a cell stay. */
    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                trimEnd(out);
                if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
                space = false;
            } else if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000' || c == '\u200b') {
                space = out.length() > 0 && out.charAt(out.length() - 1) != '\n';
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        trimEnd(out);
        return out.toString();
    }

    private static void trimEnd(StringBuilder out) {
        while (out.length() > 0 && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\n')) {
            out.setLength(out.length() - 1);
        }
    }
}
