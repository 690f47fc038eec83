package org.jixiao.app.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated corpus itself, without the reader under test: the evaluations are what the issue asks for, every
 * variation occurs at least twice, every check kind is injected often enough to measure 95 %, and — checked by the
 * {@link Oracle}, which reviews the printed figures without reading any file — clean copies contradict nothing, every
 * truth row is found by a correct review and explains every error it gives, and allowed differences give notes only.
 */
class GeneratedCorpusTest {
    private static List<GeneratedCorpus.Copy> copies;

    @BeforeAll
    static void generate() {
        copies = GeneratedCorpus.copies();
    }

    @Test
    void everyVariationOccursInAtLeastTwoEvaluations() {
        Map<String, Integer> features = new TreeMap<>();
        for (Shape shape : Shape.plan()) {
            shape.features().forEach(feature -> features.merge(feature, 1, Integer::sum));
        }
        assertThat(Shape.plan()).hasSizeGreaterThanOrEqualTo(24);
        assertThat(features).allSatisfy((feature, count) -> assertThat(count).as(feature).isGreaterThanOrEqualTo(2));
        assertThat(features).containsKeys("names=MERGED", "names=REPEATED", "names=BLANK_BELOW", "names=NUMBERED", "names=NUMBER_COLUMN",
                "names=INDENTED", "parentWeights=IN_NAMES", "parentWeights=PER_LEVEL", "parentWeights=NONE", "subtotalRows", "splitPerFirstLevel",
                "annexCopy", "summaryTable", "projectTable", "indicatorCountSentence", "ratioSentences", "survey", "abstract", "twoRowHeader",
                "rateHeader=null", "textColumn=评分标准", "textColumn=指标解释", "textColumn=扣分说明", "totalRow=null", "totalRow=总分",
                "weightHeader=权重", "weightHeader=标准分", "weightHeader=满分", "scoreHeader=自评得分", "rateHeader=完成率", "depth=3", "depth=4", "depth=5",
                "cutOffs=[85, 75, 60]", "gradeWords=优秀良好合格不合格", "wholeWeightsAsIntegers", "shallowLeaf=SPAN", "shallowLeaf=DASH",
                "horizontalRulesOnly", "grade=0", "grade=1", "grade=2", "grade=3");
        for (int wording = 0; wording < Bands.WORDINGS; wording++) {
            assertThat(features).containsKey("bandWording=" + wording);
        }
        for (int wording = 0; wording < 3; wording++) {
            assertThat(features).containsKeys("countWording=" + wording, "formulaWording=" + wording, "totalWording=" + wording, "captionStyle=" + wording,
                    "formulaDepth=" + (wording + 1));
        }
        for (List<Integer> cut : Bands.CUT_OFFS) {
            assertThat(features).containsKey("cutOffs=" + cut);
        }
        assertThat(features).containsKeys("shallowLeaf=BLANK", "levelHeader=评价指标", "levelHeader=指标名称", "levelHeader=指标", "kind=PROJECT", "kind=FUND",
                "kind=DEPARTMENT", "mixedDepth", "evenDepth", "leaves<40", "leaves>=80", "textBeforeWeight", "textBeforeScore", "serialColumn",
                "summaryGradeRow", "budgetTable", "formulaTrimmed", "formulaFixed", "wordHeadings", "htmlBold", "formulaDepth=0");
    }

    @Test
    void evaluationsHaveTheTreesTheIssueAsksFor() {
        for (Shape shape : Shape.plan()) {
            Evaluation ev = EvaluationGenerator.generate(shape);
            Node root = ev.root();
            assertThat(root.depth()).as(shape.id()).isBetween(3, 5).isEqualTo(shape.depth());
            assertThat(root.leaves().size()).as(shape.id()).isBetween(20, 120);
            assertThat(root.weight).isEqualByComparingTo("100");
            for (Node node : root.preorder()) {
                assertThat(node.weight.scale()).as(node.toString()).isEqualTo(node.level == 0 ? 0 : 2);
                assertThat(node.score.scale()).as(node.toString()).isEqualTo(2);
                assertThat(node.score).as(node.toString()).isBetween(BigDecimal.ZERO, node.weight);
                if (!node.isLeaf()) {
                    assertThat(node.children).as(node.toString()).hasSizeGreaterThanOrEqualTo(2);
                    assertThat(node.children.stream().map(c -> c.weight).reduce(BigDecimal.ZERO, BigDecimal::add)).as(node.toString())
                            .isEqualByComparingTo(node.weight);
                    assertThat(node.children.stream().map(c -> c.score).reduce(BigDecimal.ZERO, BigDecimal::add)).as(node.toString())
                            .isEqualByComparingTo(node.score);
                }
            }
            assertThat(ev.bands().margin(root.score)).as(shape.id() + " total near a cut-off").isGreaterThanOrEqualTo(BigDecimal.ONE);
            assertThat(ev.bands().grade(root.score)).isEqualTo(ev.bands().words().get(shape.targetBand()));
        }
    }

    @Test
    void everyCheckKindIsInjectedOftenEnoughToMeasure95Percent() {
        Map<Injector.Kind, Integer> counts = new TreeMap<>();
        for (GeneratedCorpus.Copy copy : copies) {
            copy.truths().forEach(truth -> counts.merge(truth.kind(), 1, Integer::sum));
            switch (copy.variant()) {
                case "clean" -> assertThat(copy.truths()).isEmpty();
                case "injected" -> assertThat(copy.truths()).as(copy.id()).hasSize(2).allMatch(Injector.Truth::find);
                default -> assertThat(copy.truths()).as(copy.id()).isNotEmpty().noneMatch(Injector.Truth::find);
            }
        }
        for (Injector.Kind kind : Injector.Kind.values()) {
            assertThat(counts.getOrDefault(kind, 0)).as(kind.name()).isGreaterThanOrEqualTo(kind == Injector.Kind.EQUAL_SHARES ? 5 : 10);
        }
        assertThat(copies.stream().filter(c -> c.variant().equals("clean"))).hasSize(Shape.COUNT);
    }

    /** The truth is right: a review that reads every figure correctly finds every injected error and nothing else. */
    @Test
    void aCorrectReviewFindsEveryInjectedErrorAndNothingElse() {
        List<String> problems = new ArrayList<>();
        for (GeneratedCorpus.Copy copy : copies) {
            List<Oracle.Finding> findings = Oracle.check(copy.printed());
            List<Truths.Row> rows = GeneratedCorpus.rows(copy).stream().filter(row -> row.id().equals(copy.id())).toList();
            List<String> errors = findings.stream().filter(Oracle.Finding::error).map(Oracle.Finding::json).toList();
            Truths.Score score = Truths.score(rows, errors);
            switch (copy.variant()) {
                case "clean" -> findings.forEach(f -> problems.add(copy.id() + " (clean) " + f.json()));
                case "allowed" -> errors.forEach(e -> problems.add(copy.id() + " (allowed differences) error " + e));
                default -> {
                    score.missed().forEach(row -> problems.add(copy.id() + " not found: " + row.description()));
                    score.falseErrors().forEach(e -> problems.add(copy.id() + " unexplained: " + e));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theSameEvaluationGivesTheSameDocumentByteForByte() throws Exception {
        List<GeneratedCorpus.Copy> again = GeneratedCorpus.generate();
        for (int i : new int[] {0, 6, 37, 101, copies.size() - 1}) {
            assertThat(again.get(i).id()).isEqualTo(copies.get(i).id());
            assertThat(DocxWriter.write(again.get(i).doc())).isEqualTo(DocxWriter.write(copies.get(i).doc()));
            assertThat(HtmlWriter.write(again.get(i).doc(), true)).isEqualTo(HtmlWriter.write(copies.get(i).doc(), true));
            assertThat(GeneratedCorpus.rows(again.get(i))).isEqualTo(GeneratedCorpus.rows(copies.get(i)));
        }
    }

    /** Every injected figure is printed in the .docx and the .html, and the tables are merged as Word and HTML merge. */
    @Test
    void theInjectedFiguresArePrintedAndTheTablesMerged() throws Exception {
        int gridSpans = 0;
        int vMerges = 0;
        int rowspans = 0;
        int colspans = 0;
        for (GeneratedCorpus.Copy copy : copies) {
            byte[] docx = DocxWriter.write(copy.doc());
            String html = HtmlWriter.write(copy.doc(), copy.shape().htmlBold());
            String word;
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                word = extractor.getText();
                String xml = document.getDocument().xmlText();
                gridSpans += xml.contains("gridSpan") ? 1 : 0;
                vMerges += xml.contains("vMerge") ? 1 : 0;
            }
            rowspans += html.contains("rowspan=") ? 1 : 0;
            colspans += html.contains("colspan=") ? 1 : 0;
            String cells = html.replaceAll("<[^>]+>", "\t");
            for (Injector.Truth truth : copy.truths()) {
                assertThat(java.util.regex.Pattern.compile(truth.regex()).matcher(word).find()).as(copy.id() + " docx: " + truth.description()).isTrue();
                assertThat(java.util.regex.Pattern.compile(truth.regex()).matcher(cells).find()).as(copy.id() + " html: " + truth.description()).isTrue();
            }
        }
        assertThat(gridSpans).isGreaterThan(copies.size() / 2);
        assertThat(vMerges).isGreaterThan(copies.size() / 10);
        assertThat(rowspans).isGreaterThan(copies.size() / 2);
        assertThat(colspans).isGreaterThan(copies.size() / 2);
    }

    @Test
    void regularExpressionsFindAFigureHoweverItIsPrintedAndNothingLonger() {
        var rx = java.util.regex.Pattern.compile(Num.rx(new BigDecimal("7.35")));
        assertThat(rx.matcher("\"printed\": \"7.35\"").find()).isTrue();
        assertThat(rx.matcher("得分7.350分").find()).isTrue();
        assertThat(rx.matcher("17.35").find()).isFalse();
        assertThat(rx.matcher("7.358").find()).isFalse();
        var whole = java.util.regex.Pattern.compile(Num.rx(new BigDecimal("10.00")));
        assertThat(whole.matcher("分值10分").find()).isTrue();
        assertThat(whole.matcher("10.00%").find()).isTrue();
        assertThat(whole.matcher("10.5").find()).isFalse();
        assertThat(whole.matcher("110").find()).isFalse();
        var money = java.util.regex.Pattern.compile(Num.rx(new BigDecimal("10039.31")));
        assertThat(money.matcher("全年预算10,039.31万元").find()).isTrue();
        assertThat(money.matcher("\"recomputed\": \"10039.31\"").find()).isTrue();
        assertThat(java.util.regex.Pattern.compile(Num.loose("4个良")).matcher("1 个优、4 个良").find()).isTrue();
    }

    @Test
    void findingsAreWrittenAsPythonsJsonDumpsWritesThem() {
        Map<String, Object> finding = new java.util.LinkedHashMap<>();
        finding.put("severity", "error");
        finding.put("printed", "优");
        finding.put("quotation", "合计\t100.00 “良” \"x\"\n");
        finding.put("location", Map.of("row", 3));
        finding.put("part", null);
        assertThat(Truths.pythonJson(finding)).isEqualTo(
                "{\"severity\": \"error\", \"printed\": \"优\", \"quotation\": \"合计\\t100.00 “良” \\\"x\\\"\\n\", \"location\": {\"row\": 3}, \"part\": null}");
    }
}
