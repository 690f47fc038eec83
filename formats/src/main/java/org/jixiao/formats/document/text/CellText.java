package org.jixiao.formats.document.text;

import java.util.regex.Pattern;

/** What a cell's text looks like: a whole number as printed, a piece of one, a placeholder, a total's label. */
final class CellText {
    private CellText() {}

    /** A number as tables print it: 1,234.56 · 86.78% · －3.8 · 9 · ９８．５％ (full-width digits and signs included). */
    private static final Pattern NUMBER = Pattern.compile(
            "[-−－+＋]?(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?\\s?[%％]?");
    /** "Not given" as printed: —, ——, -, /, 无, … */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?:[—–―-]+|[－]+|[/／]|无|[…]+|\\.{3,})");
    /** Part of a number broken over two printed lines: "100." + "00", "86.7" + "8", "75.00" + "%". */
    private static final Pattern NUMBER_PART = Pattern.compile("[-−－+＋0-9０-９.．,，%％]+");
    /** The label of a total row. */
    private static final Pattern TOTAL = Pattern.compile("^\\s*(?:合\\s*计|总\\s*计|小\\s*计|总\\s*分|综合得分|合计得分|得分合计)");
    /** A page number as footers print it: 12 · - 12 - · — 12 — · 第 12 页 · 12/40. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "\\s*(?:[-—–－]\\s*[0-9０-９]+\\s*[-—–－]|[0-9０-９]+|第\\s*[0-9０-９]+\\s*页(?:\\s*[,，]?\\s*共\\s*[0-9０-９]+\\s*页)?|[0-9]+\\s*/\\s*[0-9]+)\\s*");

    static boolean isNumber(String text) {
        return NUMBER.matcher(text.strip()).matches();
    }

    static boolean isPlaceholder(String text) {
        return PLACEHOLDER.matcher(text.strip()).matches();
    }

    /** A whole value of a numeric column: a number or a placeholder. */
    static boolean isValue(String text) {
        return isNumber(text) || isPlaceholder(text);
    }

    /** A value or a part of one. */
    static boolean isNumeric(String text) {
        String stripped = text.strip();
        return isPlaceholder(stripped) || (!stripped.isEmpty() && NUMBER_PART.matcher(stripped.replace(" ", "")).matches());
    }

    static boolean isTotal(String text) {
        return TOTAL.matcher(text).find();
    }

    static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line).matches();
    }

    /**
     * Two printed lines of one cell joined: no space between them (a line break inside a Chinese cell is no space, and
     * a number broken as "100." / "00" must read 100.00), except between two Latin words.
     */
    static String join(String above, String below) {
        if (above.isEmpty()) {
            return below;
        }
        if (below.isEmpty()) {
            return above;
        }
        char last = above.charAt(above.length() - 1);
        char first = below.charAt(0);
        boolean latin = isLatinLetter(last) && isLatinLetter(first);
        return latin ? above + " " + below : above + below;
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
