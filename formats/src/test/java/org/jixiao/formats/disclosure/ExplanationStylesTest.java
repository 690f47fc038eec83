package org.jixiao.formats.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jixiao.core.disclosure.Statement;
import org.jixiao.core.disclosure.Unit;
import org.jixiao.core.review.Finding;
import org.jixiao.formats.document.Documents;
import org.jixiao.formats.review.DocumentReview;
import org.jixiao.formats.review.ReviewedDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The 情况说明 in five wordings ({@link Explanations.Style}), with the nine tables, from Word and from PDF: the clean text
 * gives no finding; a wrong amount, a wrong change word, a wrong share, a wrong completion rate, a wrong rate of change and a
 * wrong 大于/小于 (or, where a style prints none, a wrong “三公” completion rate) are each found, in the sentence that
 * prints them, with the right figure or word, and nothing else is reported.
 */
class ExplanationStylesTest {
    /** An injected error: the rule, the figure or word printed, and what it should be. */
    record Expected(String code, String printed, String expected) {}

    record Case(String id, Published document, List<Expected> errors) {}

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        int seed = 500;
        for (Explanations.Style style : Explanations.Style.values()) {
            cases.add(new Case("clean-" + style, document(seed++, style), List.of()));
            Published a = document(seed++, style);
            List<Expected> first = new ArrayList<>();
            first.add(wrongBasicAmount(a, style));
            first.add(wrongTotalWord(a, style));
            first.add(wrongComparison(a, style));
            cases.add(new Case("errors-a-" + style, a, first));
            Published b = document(seed++, style);
            List<Expected> second = new ArrayList<>();
            second.add(wrongClassShare(b, style));
            second.add(wrongItemCompletion(b, style));
            second.add(wrongBasicRate(b, style));
            cases.add(new Case("errors-b-" + style, b, second));
        }
        return cases;
    }

    private static Published document(long seed, Explanations.Style style) {
        Sample sample = Sample.random(seed, Statement.FINAL_ACCOUNTS, Unit.WAN_YUAN);
        // a 年初预算 of 0 gives "年初无预算": give every 项 one, so that each has a completion rate to inject into
        sample.initialByCode.replaceAll((code, initial) -> initial == 0 ? 1_000_000L : initial);
        Published published = new Published(sample, style == Explanations.Style.TERSE ? PublishedTablesTest.IN_TABLE : PublishedTablesTest.NATIONAL).all();
        published.text.addAll(new Explanations(sample, style).finalAccounts());
        published.textFirst = style != Explanations.Style.YUAN;
        return published;
    }

    private static String m(Explanations.Style style, long yuan) {
        return style == Explanations.Style.YUAN ? String.format("%,d", yuan) : Sample.wan(yuan);
    }

    /** Replaces the first {@code from} in the first paragraph that contains {@code where}. */
    private static void replace(Published document, String where, String from, String to) {
        for (int i = 0; i < document.text.size(); i++) {
            String paragraph = document.text.get(i);
            if (!paragraph.startsWith("#") && paragraph.contains(where) && paragraph.contains(from)) {
                document.text.set(i, paragraph.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
                return;
            }
        }
        throw new IllegalStateException("no paragraph with " + where + " and " + from);
    }

    /** The 基本支出 amount of the structure paragraph (三、) raised by 123 万元. */
    private static Expected wrongBasicAmount(Published document, Explanations.Style style) {
        long basic = document.sample.basic();
        String unit = style == Explanations.Style.YUAN ? "元" : "万元";
        String right = m(style, basic);
        String wrong = m(style, basic + 1_230_000);
        String paragraph = document.text.stream().filter(p -> !p.startsWith("#") && p.contains("项目支出") && p.contains(right + unit))
                .findFirst().orElseThrow();
        replace(document, paragraph.substring(0, 8), right + unit, wrong + unit);
        return new Expected("TEXT_AMOUNT", wrong, right);
    }

    /** The direction word of the change of 收支总计 turned round. */
    private static Expected wrongTotalWord(Published document, Explanations.Style style) {
        Sample s = document.sample;
        boolean rise = s.grandTotal() >= s.priorGrandTotal;
        String word = rise ? "增加" : "减少";
        String other = rise ? "减少" : "增加";
        replace(document, "总计", word + m(style, Math.abs(s.grandTotal() - s.priorGrandTotal)), other + m(style, Math.abs(s.grandTotal() - s.priorGrandTotal)));
        return new Expected("TEXT_WORD", other, word);
    }

    /** 大于/小于 of the first 项 turned round; a style without it gets a wrong “三公” completion rate instead. */
    private static Expected wrongComparison(Published document, Explanations.Style style) {
        Sample s = document.sample;
        Sample.Item item = s.items.stream().filter(i -> i.general() > 0).findFirst().orElseThrow();
        long a = s.initialByCode.get(item.code());
        long b = item.general();
        if (style == Explanations.Style.YUAN || style == Explanations.Style.TERSE) {
            String right = Sample.percent(s.threeActual.total(), s.threeBudget.total());
            if (style == Explanations.Style.TERSE) {
                // TERSE prints no “三公” rate either: a wrong 三公 决算数 instead
                String amount = m(style, s.threeActual.total());
                String wrong = m(style, s.threeActual.total() + 50_000);
                replace(document, "三公经费：", "决算数" + amount, "决算数" + wrong);
                return new Expected("TEXT_AMOUNT", wrong, amount);
            }
            replace(document, "“三公”经费预算数", right, "1" + right);
            return new Expected("TEXT_PERCENT", "1" + right, right);
        }
        String word = b > a ? "大于" : b < a ? "小于" : "等于";
        String other = b > a ? "小于" : "大于";
        replace(document, "1、", "决算数" + word, "决算数" + other);
        return new Expected("TEXT_WORD", other, word);
    }

    private static Expected wrongClassShare(Published document, Explanations.Style style) {
        Sample s = document.sample;
        String cls = s.items.stream().filter(i -> i.general() > 0).findFirst().orElseThrow().code().substring(0, 3);
        String right = Sample.percent(s.sum(cls, Sample.Item::general), s.general());
        String name = s.subjects().get(cls);
        String wrong = new java.math.BigDecimal(right.replace("%", "")).add(java.math.BigDecimal.valueOf(3)).toPlainString() + "%";
        String paragraph = document.text.stream().filter(p -> p.contains("主要用于") || p.contains(name + "（类）") || p.contains(name + m(style,
                s.sum(cls, Sample.Item::general)))).filter(p -> p.contains(name)).findFirst().orElseThrow();
        int at = paragraph.indexOf(name);
        int share = paragraph.indexOf(right, at);
        document.text.set(document.text.indexOf(paragraph), paragraph.substring(0, share) + wrong + paragraph.substring(share + right.length()));
        return new Expected("TEXT_PERCENT", wrong, right);
    }

    private static Expected wrongItemCompletion(Published document, Explanations.Style style) {
        Sample s = document.sample;
        Sample.Item item = s.items.stream().filter(i -> i.general() > 0).skip(1).findFirst().orElseThrow();
        String right = Sample.percent(item.general(), s.initialByCode.get(item.code()));
        String wrong = new java.math.BigDecimal(right.replace("%", "")).add(java.math.BigDecimal.TEN).toPlainString() + "%";
        replace(document, "2、", right, wrong);
        return new Expected("TEXT_PERCENT", wrong, right);
    }

    private static Expected wrongBasicRate(Published document, Explanations.Style style) {
        Sample s = document.sample;
        String right = Sample.percent(Math.abs(s.basic() - s.priorBasic), s.priorBasic);
        String wrong = new java.math.BigDecimal(right.replace("%", "")).add(new java.math.BigDecimal("2.5")).toPlainString() + "%";
        String paragraph = document.text.stream().filter(p -> p.startsWith("1、基本支出") || p.startsWith("基本支出")).findFirst().orElseThrow();
        replace(document, paragraph.substring(0, 5), right, wrong);
        return new Expected("TEXT_PERCENT", wrong, right);
    }

    @TestFactory
    Stream<DynamicTest> wordDocuments() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c, c.id() + ".docx", c.document().docx())));
    }

    @TestFactory
    Stream<DynamicTest> pdfDocuments() throws Exception {
        Soffice.require();
        List<Case> cases = cases();
        Map<String, byte[]> docx = new LinkedHashMap<>();
        for (Case c : cases) {
            docx.put(c.id() + ".docx", c.document().docx());
        }
        Map<String, byte[]> pdfs = Soffice.pdfs(docx);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c, c.id() + ".pdf", pdfs.get(c.id() + ".docx"))));
    }

    static void check(Case c, String name, byte[] bytes) throws Exception {
        ReviewedDocument reviewed = DocumentReview.review(Documents.read(name, bytes));
        List<Finding> findings = reviewed.result().findings();
        assertThat(findings).as("only the injected errors: %s", findings).allMatch(Finding::isError).hasSameSizeAs(c.errors());
        for (Expected expected : c.errors()) {
            assertThat(findings).as("%s in %s", expected, findings).anySatisfy(f -> {
                assertThat(f.code()).isEqualTo(expected.code());
                assertThat(f.printed()).isEqualTo(expected.printed().replace("元", ""));
                assertThat(f.expected()).isEqualTo(expected.expected().replace("元", ""));
                assertThat(f.location().part()).startsWith("情况说明");
                assertThat(name.endsWith(".pdf") ? f.location().where().page() : f.location().where().paragraph()).isPositive();
            });
        }
    }
}
