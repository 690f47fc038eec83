package org.jixiao.formats.disclosure;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jixiao.core.disclosure.Statement;
import org.jixiao.core.disclosure.Unit;
import org.jixiao.formats.finalaccounts.FinalAccountsReader;

/**
 * Test disclosures for other modules (the app's command-line tests, the batch benchmark): written as Word documents in
 * the published layouts, and turned into PDFs by LibreOffice.
 */
public final class DisclosureFixtures {
    private DisclosureFixtures() {}

    /**
     * Writes a batch of {@code count} disclosures (default 200) to a folder as .pdf (and .docx with {@code --docx}); used by
     * {@code corpus/disclosures/generate} for the batch benchmark.
     */
    public static void main(String[] args) throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(args.length > 0 ? args[0] : "target/disclosure-batch");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        boolean docx = java.util.Arrays.asList(args).contains("--docx");
        java.nio.file.Files.createDirectories(dir);
        Map<String, byte[]> documents = batch(count, 15);
        if (docx) {
            for (Map.Entry<String, byte[]> entry : documents.entrySet()) {
                java.nio.file.Files.write(dir.resolve(entry.getKey()), entry.getValue());
            }
        }
        for (Map.Entry<String, byte[]> entry : pdfs(documents).entrySet()) {
            java.nio.file.Files.write(dir.resolve(entry.getKey().replaceFirst("\\.docx$", ".pdf")), entry.getValue());
        }
        System.out.println(documents.size() + " disclosures written to " + dir);
    }

    /** The Zibo 2024 reference as published: its nine tables and its own 情况说明 (needs ../shared/reference). */
    public static byte[] ziboDocx() throws Exception {
        return new ZiboPublished(FinalAccountsReader.read(ZiboPublished.EXAMPLE)).docx(ZiboPublished.referenceText());
    }

    /** Whether the shared reference documents are present. */
    public static boolean referencePresent() {
        return java.nio.file.Files.exists(ZiboPublished.REFERENCE);
    }

    /** The named test disclosures (单位决算 with 表1 only, “三公” alone, 部门预算 in 元; clean and with errors), by id. */
    public static Map<String, byte[]> named() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (NamedDisclosuresTest.Case c : NamedDisclosuresTest.cases()) {
            out.put(c.id(), c.document().docx());
        }
        return out;
    }

    /** How many errors were injected into each named disclosure, by id. */
    public static Map<String, Integer> namedErrors() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (NamedDisclosuresTest.Case c : NamedDisclosuresTest.cases()) {
            out.put(c.id(), c.errors().size());
        }
        return out;
    }

    /**
     * A district's set: {@code count} made-up disclosures, 决算 and 预算, every layout and wording, a third of them with one
     * figure of a table misprinted; file name → .docx.
     */
    public static Map<String, byte[]> batch(int count, long seed) {
        Random random = new Random(seed);
        Layouts.Style[] styles = {PublishedTablesTest.NATIONAL, PublishedTablesTest.NUMBERED_SPLIT_BLANK, PublishedTablesTest.ANNEX,
            PublishedTablesTest.YEAR_SPLIT, PublishedTablesTest.IN_TABLE};
        Explanations.Style[] wordings = Explanations.Style.values();
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            boolean budget = i % 4 == 3;
            Sample sample = Sample.random(seed * 1000 + i, budget ? Statement.BUDGET : Statement.FINAL_ACCOUNTS, budget ? Unit.YUAN : Unit.WAN_YUAN);
            Published document = new Published(sample, styles[i % styles.length]).all();
            document.text.addAll(budget ? new Explanations(sample, Explanations.Style.NATIONAL).budget()
                    : new Explanations(sample, wordings[i % wordings.length]).finalAccounts());
            if (i % 3 == 1) {
                misprint(document, random);
            }
            out.put(String.format("%s-%03d-%s.docx", budget ? "budget" : "accounts", i + 1, sample.organisation), document.docx());
        }
        return out;
    }

    /** One figure of a table by 科目 raised by a few 万元 (or 元). */
    private static void misprint(Published document, Random random) {
        List<Grid> grids = document.tables.values().stream().filter(g -> g.rows.size() > g.headerRows + 2).toList();
        Grid grid = grids.get(random.nextInt(grids.size()));
        for (int attempt = 0; attempt < 50; attempt++) {
            int r = grid.headerRows + random.nextInt(grid.rows.size() - grid.headerRows);
            String[] row = grid.rows.get(r);
            int c = random.nextInt(row.length);
            if (row[c].matches("[\\d,]+\\.\\d{2}") && new BigDecimal(row[c].replace(",", "")).signum() > 0) {
                grid.add(r, c, String.valueOf(1 + random.nextInt(9)) + ".00");
                return;
            }
        }
    }

    /** The PDFs LibreOffice makes of the given documents (one soffice run, cached under target/ by content). */
    public static Map<String, byte[]> pdfs(Map<String, byte[]> docx) throws IOException, InterruptedException {
        return Soffice.pdfs(docx);
    }

    /** Whether soffice is on the PATH. */
    public static boolean sofficeAvailable() {
        return Soffice.available();
    }
}
