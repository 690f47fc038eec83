package org.jixiao.formats.reportreader;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.review.Quote;

/**
 * A run of text outside tables. Text extracted from PDF breaks sentences at the end of a printed line
 * ("…得分为86.78分，综" / "合绩效级别为“良”。"); a long line that does not end a sentence is joined with the next one,
 * keeping where each piece starts so that a quote still names its line.
 */
record Paragraph(String text, List<int[]> pieces) {
    /** @param pieces {offset in text, 1-based line} for each joined line */
    Paragraph {
        pieces = List.copyOf(pieces);
    }

    int lineAt(int offset) {
        int line = pieces.get(0)[1];
        for (int[] piece : pieces) {
            if (piece[0] <= offset) {
                line = piece[1];
            }
        }
        return line;
    }

    Quote quoteAt(int offset, String quoted) {
        return new Quote(lineAt(offset), quoted.strip());
    }

    static List<Paragraph> split(List<String> lines) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int index = 0;
        while (index < lines.size()) {
            String line = lines.get(index);
            if (line.isBlank() || line.contains("\t")) {
                index++;
                continue;
            }
            StringBuilder text = new StringBuilder(line.strip());
            List<int[]> pieces = new ArrayList<>();
            pieces.add(new int[] {0, index + 1});
            int last = index;
            while (continues(lines.get(last))) {
                int next = last + 1;
                while (next < lines.size() && next <= last + 2 && lines.get(next).isBlank()) {
                    next++;
                }
                if (next >= lines.size() || lines.get(next).isBlank() || lines.get(next).contains("\t")
                        || HeadingResolver.isHeading(lines.get(next)) || ReportReader.CAPTION.matcher(lines.get(next)).matches()) {
                    break;
                }
                pieces.add(new int[] {text.length(), next + 1});
                text.append(lines.get(next).strip());
                last = next;
            }
            paragraphs.add(new Paragraph(text.toString(), pieces));
            index = last + 1;
        }
        return paragraphs;
    }

    /** A long line that stops in mid-sentence. */
    private static boolean continues(String line) {
        String stripped = line.strip();
        if (stripped.length() < 20 || stripped.startsWith("注：") || stripped.startsWith("注:")) {
            return false;
        }
        char end = stripped.charAt(stripped.length() - 1);
        return "。；;：:！？!?”）)】".indexOf(end) < 0 && !HeadingResolver.isHeading(stripped);
    }
}
