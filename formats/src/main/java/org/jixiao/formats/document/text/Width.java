package org.jixiao.formats.document.text;

/**
 * How many text columns a character takes. {@code pdftotext -layout} places every character, CJK or not, on one
 * column (it aligns by character count, measured: a row of 管理效率 and one of 可持续发展能力 put their next cell on
 * the same character index); a table aligned by hand in an editor with a CJK monospace font gives wide (W) and
 * full-width (F) characters two columns, as Unicode's East Asian Width says. A reader tries both and keeps the one
 * under which the columns line up.
 */
enum Width {
    /** Every code point is one column: {@code pdftotext -layout}. */
    CHARACTERS,
    /** East Asian wide and full-width characters are two columns: text aligned on screen. */
    DISPLAY;

    int of(int codePoint) {
        return this == DISPLAY && isWide(codePoint) ? 2 : 1;
    }

    /** East Asian Width W or F (Unicode 15, UAX #11), by the blocks that matter in Chinese documents. */
    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE10 && cp <= 0xFE19)
                || (cp >= 0xFE30 && cp <= 0xFE6F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
