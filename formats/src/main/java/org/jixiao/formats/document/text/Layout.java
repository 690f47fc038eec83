package org.jixiao.formats.document.text;

import java.util.ArrayList;
import java.util.List;

/** A printed line cut into words (separated by one space) and pieces (separated by two spaces or more), with columns. */
final class Layout {
    private Layout() {}

    /** A run of non-space characters, at text columns {@code [start, end)}. */
    record Word(int start, int end, String text) {
        int width() {
            return end - start;
        }
    }

    /** Words separated by single spaces: what a reader sees as one item of a line. */
    record Piece(int start, int end, List<Word> words) {
        String text() {
            StringBuilder text = new StringBuilder();
            for (Word word : words) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(word.text());
            }
            return text.toString();
        }
    }

    static List<Piece> pieces(String line, Width width) {
        List<Piece> pieces = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        StringBuilder word = null;
        int wordStart = 0;
        int column = 0;
        int spaces = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int w = width.of(cp);
            if (isSpace(cp)) {
                if (word != null) {
                    words.add(new Word(wordStart, column, word.toString()));
                    word = null;
                    spaces = 0;
                }
                spaces += w;
            } else {
                if (word == null) {
                    if (!words.isEmpty() && spaces >= 2) {
                        pieces.add(piece(words));
                        words = new ArrayList<>();
                    }
                    word = new StringBuilder();
                    wordStart = column;
                }
                word.appendCodePoint(cp);
            }
            column += w;
            i += Character.charCount(cp);
        }
        if (word != null) {
            words.add(new Word(wordStart, column, word.toString()));
        }
        if (!words.isEmpty()) {
            pieces.add(piece(words));
        }
        return pieces;
    }

    private static Piece piece(List<Word> words) {
        return new Piece(words.get(0).start(), words.get(words.size() - 1).end(), List.copyOf(words));
    }

    static boolean isSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\u00a0' || cp == '\u3000' || (cp >= '\u2000' && cp <= '\u200b') || cp == '\f';
    }

    static boolean isBlank(String line) {
        return line.codePoints().allMatch(Layout::isSpace);
    }
}
