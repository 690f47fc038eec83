package org.jixiao.formats.document.pdf;

/** Character classes that decide spacing in Chinese text. */
final class Chars {
    private Chars() {}

    /** A character of CJK text: no space is written before or after it when lines or glyphs are joined. */
    static boolean isWide(int codePoint) {
        if (codePoint >= 0x2E80 && codePoint <= 0x9FFF || codePoint >= 0xAC00 && codePoint <= 0xD7AF
                || codePoint >= 0xF900 && codePoint <= 0xFAFF || codePoint >= 0xFE30 && codePoint <= 0xFE4F
                || codePoint >= 0xFF00 && codePoint <= 0xFFEF || codePoint >= 0x20000 && codePoint <= 0x3FFFF) {
            return true;
        }
        return switch (codePoint) {
            case 0x2014, 0x2015, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x00B7, 0x2030, 0x2103, 0x2116, 0x203B, 0x25CB, 0x25CF,
                    0x25A1, 0x25A0, 0x2460, 0x2461, 0x2462, 0x2463, 0x2464, 0x2465, 0x2466, 0x2467, 0x2468, 0x2469 -> true;
            default -> codePoint >= 0x2460 && codePoint <= 0x24FF;
        };
    }

    static boolean isWide(String text) {
        return !text.isEmpty() && isWide(text.codePointAt(0));
    }

    /** Digits, ASCII or full-width, with the marks that belong inside a printed number. */
    static boolean isNumberLike(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                digits++;
            } else if (".,%-+()．，％－（）‰ ".indexOf(c) < 0) {
                return false;
            }
        }
        return digits > 0;
    }

    /** Punctuation that may not start a line: it stays with the character before it. */
    static boolean isClosing(String text) {
        return !text.isEmpty() && "，。、；：？！）》」』】〕’”％%,.;:?!)]…—·".indexOf(text.charAt(0)) >= 0;
    }

    /** Punctuation that may not end a line: it goes with the character after it. */
    static boolean isOpening(String text) {
        return !text.isEmpty() && "（《「『【〔‘“([".indexOf(text.charAt(0)) >= 0;
    }
}
