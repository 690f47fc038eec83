package org.jixiao.formats.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.core.disclosure.Statement;
import org.jixiao.core.disclosure.Unit;
import org.jixiao.core.review.Finding;
import org.jixiao.formats.document.Documents;
import org.jixiao.formats.review.DocumentKind;
import org.jixiao.formats.review.DocumentReview;
import org.jixiao.formats.review.ReviewedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Disclosures given as the text {@code pdftotext} makes of their PDF, with and without {@code -layout}: tables are then
 * inferred from how the text lines up, and a figure may land in the wrong row or column. Precision first: such a reading
 * never gives a false error. A table whose own identities mostly fail is misread, not misprinted — its findings are
 * listed as not checked, with the reason — shown on renderings misaligned on purpose (two figure columns exchanged, a
 * column shifted down a row); an injected misprint is either found as itself or not reported, never anything else.
 */
class TextRenderingsTest {
    private static final Pattern FIGURE = Pattern.compile("(?<![\\d,.])\\d{1,3}(?:,\\d{3})*\\.\\d{2}(?![\\d,.])");

    record Injected(String printed, String expected) {}

    private static final Map<String, Published> DOCUMENTS = new LinkedHashMap<>();
    private static final Map<String, Injected> INJECTED = new LinkedHashMap<>();
    private static final Map<String, String> LAYOUT = new LinkedHashMap<>();
    private static final Map<String, String> RAW = new LinkedHashMap<>();

    @BeforeAll
    static void render() throws Exception {
        Soffice.require();
        requirePdftotext();
        DOCUMENTS.put("final-national", withText(new Published(Sample.random(701, Statement.FINAL_ACCOUNTS, Unit.WAN_YUAN),
                PublishedTablesTest.NATIONAL).all()));
        DOCUMENTS.put("final-annex", withText(new Published(Sample.random(702, Statement.FINAL_ACCOUNTS, Unit.WAN_YUAN),
                PublishedTablesTest.ANNEX).all()));
        DOCUMENTS.put("budget-yuan", withText(new Published(Sample.random(703, Statement.BUDGET, Unit.YUAN), PublishedTablesTest.NATIONAL).all()));
        Published misprinted = withText(new Published(Sample.random(704, Statement.FINAL_ACCOUNTS, Unit.WAN_YUAN), PublishedTablesTest.NATIONAL).all());
        Grid expenditure = misprinted.table("expenditure");
        int row = expenditure.row("合计");
        int column = expenditure.column("项目支出", false);
        String before = expenditure.get(row, column);
        INJECTED.put("final-misprinted", new Injected(expenditure.add(row, column, "3.00"), before));
        DOCUMENTS.put("final-misprinted", misprinted);
        Map<String, byte[]> docx = new LinkedHashMap<>();
        DOCUMENTS.forEach((id, document) -> docx.put(id, document.docx()));
        Map<String, byte[]> pdfs = Soffice.pdfs(docx);
        for (Map.Entry<String, byte[]> pdf : pdfs.entrySet()) {
            LAYOUT.put(pdf.getKey(), pdftotext(pdf.getValue(), true));
            RAW.put(pdf.getKey(), pdftotext(pdf.getValue(), false));
        }
    }

    private static Published withText(Published published) {
        Explanations explanations = new Explanations(published.sample, Explanations.Style.NATIONAL);
        published.text.addAll(published.sample.statement == Statement.BUDGET ? explanations.budget() : explanations.finalAccounts());
        return published;
    }

    @Test
    void theTextOfEachPdfGivesNoFalseError() throws Exception {
        for (String id : DOCUMENTS.keySet()) {
            for (Map.Entry<String, String> rendering : Map.of("layout", LAYOUT.get(id), "raw", RAW.get(id)).entrySet()) {
                ReviewedDocument reviewed = review(id + "." + rendering.getKey() + ".txt", rendering.getValue());
                assertThat(reviewed.kind()).isIn(DocumentKind.FINAL_ACCOUNTS, DocumentKind.BUDGET);
                Injected injected = INJECTED.get(id);
                List<Finding> errors = reviewed.result().findings().stream().filter(Finding::isError).toList();
                assertThat(errors).as("%s (%s): only the injected misprint, if anything", id, rendering.getKey())
                        .allSatisfy(f -> {
                            assertThat(injected).isNotNull();
                            assertThat(f.printed()).isEqualTo(injected.printed());
                            assertThat(f.expected()).isEqualTo(injected.expected());
                        });
            }
        }
    }

    /** The expenditure table's first two figure columns exchanged on every line: every row's 合计 = its parts fails. */
    @Test
    void exchangedColumnsAreMisreadNotWrong() throws Exception {
        String text = misalign(LAYOUT.get("final-national"), TextRenderingsTest::exchange);
        ReviewedDocument reviewed = review("exchanged.txt", text);
        assertThat(reviewed.result().findings()).noneMatch(Finding::isError);
        assertThat(reviewed.result().unread()).extracting(u -> u.reason())
                .anyMatch(r -> r.contains("支出决算表读不准") && r.contains("由文字对齐推断"));
    }

    /** The expenditure table's last figure column shifted down one row: rows and 类/款 sums fail together. */
    @Test
    void aColumnOneRowOffIsMisreadNotWrong() throws Exception {
        String text = misalign(LAYOUT.get("final-national"), new java.util.function.UnaryOperator<>() {
            private String carried;

            @Override
            public String apply(String line) {
                Matcher figures = FIGURE.matcher(line);
                int start = -1;
                int end = -1;
                String last = null;
                while (figures.find()) {
                    start = figures.start();
                    end = figures.end();
                    last = figures.group();
                }
                String out = line;
                if (carried != null) {
                    out = line.substring(0, start) + pad(carried, end - start) + line.substring(end);
                }
                carried = last;
                return out;
            }
        });
        ReviewedDocument reviewed = review("shifted.txt", text);
        assertThat(reviewed.result().findings()).noneMatch(Finding::isError);
        assertThat(reviewed.result().unread()).extracting(u -> u.reason()).anyMatch(r -> r.contains("支出决算表读不准"));
    }

    /** Applies {@code change} to each line of the 支出决算表 (the all-funds one) that prints three figures or more. */
    private static String misalign(String text, java.util.function.UnaryOperator<String> change) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int title = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.endsWith("支出决算表") && !line.contains("财政拨款") && !line.contains("一般公共预算") && !line.contains("“三公”")) {
                title = i;
                break;
            }
        }
        assertThat(title).as("the 支出决算表 in the text").isNotNegative();
        int changed = 0;
        for (int i = title + 1; i < lines.size() && !lines.get(i).strip().endsWith("决算总表") && !lines.get(i).contains("\f"); i++) {
            Matcher figures = FIGURE.matcher(lines.get(i));
            int count = 0;
            while (figures.find()) {
                count++;
            }
            if (count >= 3) {
                lines.set(i, change.apply(lines.get(i)));
                changed++;
            }
        }
        assertThat(changed).as("rows of the 支出决算表 misaligned").isGreaterThanOrEqualTo(5);
        return String.join("\n", lines);
    }

    private static String exchange(String line) {
        Matcher figures = FIGURE.matcher(line);
        figures.find();
        int s1 = figures.start();
        int e1 = figures.end();
        String first = figures.group();
        figures.find();
        int s2 = figures.start();
        int e2 = figures.end();
        String second = figures.group();
        return line.substring(0, s1) + pad(second, e1 - s1) + line.substring(e1, s2) + pad(first, e2 - s2) + line.substring(e2);
    }

    /** A figure right-aligned in the width of the one it replaces (at least one space before it). */
    private static String pad(String figure, int width) {
        return figure.length() >= width ? figure : " ".repeat(width - figure.length()) + figure;
    }

    private static ReviewedDocument review(String name, String text) throws Exception {
        return DocumentReview.review(Documents.read(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void requirePdftotext() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "pdftotext"))) {
                return;
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("pdftotext (poppler-utils) is required under CI=true for the text renderings of the disclosure tests");
        }
        System.out.println("SKIPPED: pdftotext (poppler-utils) is not installed, the text renderings are not tested");
        assumeTrue(false, "pdftotext not installed");
    }

    private static String pdftotext(byte[] pdf, boolean layout) throws IOException, InterruptedException {
        Path in = Files.createTempFile("disclosure", ".pdf");
        Path out = Files.createTempFile("disclosure", ".txt");
        try {
            Files.write(in, pdf);
            List<String> command = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
            if (layout) {
                command.add("-layout");
            }
            command.add(in.toString());
            command.add(out.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("pdftotext failed on the test PDF");
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }
}
