package org.jixiao.core.finalaccounts;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.finalaccounts.TextFigures.Figures;
import org.jixiao.core.finalaccounts.TextFigures.Token;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Location;
import org.jixiao.core.review.Severity;

/**
 * Checks a supplied 情况说明 against the tables: every paragraph with figures is matched with the paragraph Jixiao
 * generates for the same place (same section, same words before the first figure), and every figure and comparison
 * word is compared in order. A difference of one unit in the last printed digit is rounding (INFO).
 */
public final class TextReview {
    private TextReview() {}

    /**
     * A paragraph of the supplied text.
     *
     * @param section the 情况说明 section number (1–13), or 0 when unknown
     * @param line    1-based line in the supplied file
     */
    public record SuppliedParagraph(int section, int line, String text) {}

    private record Generated(int section, Figures figures, String text) {}

    public static List<Finding> check(FinalAccounts accounts, List<SuppliedParagraph> supplied, String document) {
        List<Generated> generated = new ArrayList<>();
        for (Disclosure.Section section : ExplanationWriter.write(accounts).sections()) {
            for (Disclosure.Paragraph p : section.paragraphs()) {
                generated.add(new Generated(section.number(), TextFigures.of(p.text()), p.text()));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (SuppliedParagraph paragraph : supplied) {
            Figures figures = TextFigures.of(paragraph.text());
            if (figures.tokens().isEmpty()) {
                continue;
            }
            String part = paragraph.section() > 0 ? "第三部分 " + ExplanationWriter.chineseNumeral(paragraph.section()) + "、" : "情况说明";
            Location location = new Location(document, part, excerpt(figures.key()), paragraph.line());
            Generated match = match(generated, paragraph.section(), figures);
            if (match == null) {
                findings.add(new Finding("TEXT_UNMATCHED", Severity.WARNING, location, null, null, "情况说明数字 = 决算表数字",
                        "这一段的数字无法对应到决算表生成的任何一段（" + figures.tokens().size() + " 个数字未核对）"));
                continue;
            }
            compare(figures, match, location, findings);
        }
        return findings;
    }

    private static Generated match(List<Generated> generated, int section, Figures figures) {
        Generated best = null;
        int bestScore = -1;
        for (Generated g : generated) {
            if ((section == 0 || g.section() == section) && g.figures().key().equals(figures.key())) {
                int score = commonPrefix(g.figures().skeleton(), figures.skeleton());
                if (score > bestScore) {
                    best = g;
                    bestScore = score;
                }
            }
        }
        if (best != null) {
            return best;
        }
        // No paragraph with the same lead words: accept the closest lead in the same section, if it is close
        // (a name printed with an extra word) and the paragraph has the same number of figures.
        for (Generated g : generated) {
            if ((section == 0 || g.section() == section) && g.figures().tokens().size() == figures.tokens().size()) {
                int score = commonPrefix(g.figures().key(), figures.key());
                if (score >= 8 && score > bestScore) {
                    best = g;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static void compare(Figures supplied, Generated generated, Location location, List<Finding> findings) {
        List<Token> expected = generated.figures().tokens();
        List<Token> printed = supplied.tokens();
        int n = Math.min(expected.size(), printed.size());
        for (int i = 0; i < n; i++) {
            Token p = printed.get(i);
            Token e = expected.get(i);
            String context = excerpt(contextOf(supplied, i));
            Location at = new Location(location.document(), location.part(), location.item() + " · 第 " + (i + 1) + " 个数字（" + context + "）",
                    location.line());
            if (p.isNumber() != e.isNumber() || p.percent() != e.percent()) {
                findings.add(new Finding("TEXT_SHAPE", Severity.WARNING, at, p.text(), e.text(), "情况说明数字 = 决算表数字",
                        "此处印有“" + p.text() + "”，按决算表生成的同一段此处为“" + e.text() + "”：句子结构不同，其后的数字未逐一核对"));
                return;
            }
            if (!p.isNumber()) {
                if (!p.text().equals(e.text())) {
                    findings.add(new Finding("TEXT_WORD", Severity.ERROR, at, p.text(), e.text(), "比较用词按数字计算",
                            "印为“" + p.text() + "”，按决算表应为“" + e.text() + "”"));
                }
                continue;
            }
            Severity severity = AccountsReview.severity(p.number(), e.number());
            if (severity != null) {
                String rule = p.percent() ? "百分比按决算表重新计算" : "金额 = 决算表数字";
                findings.add(new Finding(p.percent() ? "TEXT_PERCENT" : "TEXT_AMOUNT", severity, at, p.text(), e.text(), rule,
                        "印为 " + p.text() + "，按决算表应为 " + e.text() + (severity == Severity.INFO ? "（尾差）" : "")));
            }
        }
        if (printed.size() != expected.size()) {
            findings.add(new Finding("TEXT_SHAPE", Severity.WARNING, location, String.valueOf(printed.size()), String.valueOf(expected.size()),
                    "情况说明数字 = 决算表数字", "这一段印有 " + printed.size() + " 个数字和比较词，按决算表生成的同一段有 " + expected.size() + " 个"));
        }
    }

    private static String contextOf(Figures figures, int index) {
        String skeleton = figures.skeleton();
        int hash = -1;
        for (int i = 0; i <= index; i++) {
            hash = skeleton.indexOf('#', hash + 1);
            if (hash < 0) {
                return figures.key();
            }
        }
        int start = Math.max(0, hash - 12);
        return skeleton.substring(start, hash).replace("#", "…");
    }

    private static String excerpt(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }
}
