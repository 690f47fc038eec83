package org.jixiao.formats.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.formats.dataset.DatasetException;
import org.jixiao.formats.dataset.DatasetReader;
import org.jixiao.formats.document.DocumentReadException;
import org.jixiao.formats.document.Documents;
import org.jixiao.formats.finalaccounts.FinalAccountsReader;
import org.jixiao.formats.finalaccounts.WorkbookException;
import org.jixiao.formats.finalaccounts.AccountsWorkbookReader;
import org.jixiao.formats.reportreader.ReportReadException;
import org.jixiao.formats.reportreader.ReportTextLoader;
import org.jixiao.formats.review.DocumentReview;
import org.jixiao.formats.selfeval.SelfEvalWorkbookReader;
import org.junit.jupiter.api.AfterAll;

/**
 * Every reader of outside input, fed bytes by Jazzer: whatever the bytes, a reader answers with its result or its own
 * located error (the Chinese message the user reads), never another exception, a hang or an exhausted heap.
 *
 * <p>An ordinary build runs each target on the inputs kept under {@code ReadersFuzzTestInputs/<target>/} (seeds and every
 * finding, as regression tests). CI fuzzes each target for {@value #EXECUTIONS} inputs ({@code -Pfuzz}, one JVM per target
 * with a 512 MB heap, see the parent pom); the number of inputs each target ran is printed at the end.
 */
class ReadersFuzzTest {
    static final int EXECUTIONS = 10_000;
    private static final Map<String, AtomicLong> RUNS = new ConcurrentSkipListMap<>();

    @AfterAll
    static void printCounts() {
        RUNS.forEach((target, runs) -> System.out.println("fuzz target ReadersFuzzTest#" + target + ": " + runs.get() + " inputs"));
    }

    private static void count(String target) {
        RUNS.computeIfAbsent(target, t -> new AtomicLong()).incrementAndGet();
    }

    /** An evaluation dataset (YAML), read and, when valid, scored as the server does on upload. */
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = "10m")
    void evaluationYaml(byte[] input) {
        count("evaluationYaml");
        evaluation(input, false);
    }

    /** The same dataset in JSON. */
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = "10m")
    void evaluationJson(byte[] input) {
        count("evaluationJson");
        evaluation(input, true);
    }

    private static void evaluation(byte[] input, boolean json) {
        try {
            DatasetReader.Read read = DatasetReader.read(json ? "fuzz.json" : "fuzz.yaml", new String(input, StandardCharsets.UTF_8), json);
            assertThat(EvaluationScorer.score(read.evaluation()).grade()).isNotBlank();
        } catch (DatasetException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).isNotBlank());
        }
    }

    /** A final-accounts dataset (部门决算, YAML). */
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = "10m")
    void accountsYaml(byte[] input) {
        count("accountsYaml");
        try {
            assertThat(FinalAccountsReader.read("fuzz.yaml", new String(input, StandardCharsets.UTF_8), false)).isNotNull();
        } catch (DatasetException e) {
            assertThat(e.problems()).isNotEmpty();
        }
    }

    /** The final-accounts workbook (.xlsx, the nine tables). */
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = "10m")
    void accountsWorkbook(byte[] input) {
        count("accountsWorkbook");
        try {
            assertThat(AccountsWorkbookReader.read("fuzz.xlsx", new ByteArrayInputStream(input))).isNotNull();
        } catch (WorkbookException e) {
            assertThat(e.problems()).isNotEmpty();
        }
    }

    /** A workbook of 自评表 (.xlsx): the reader reports every problem in its result, it never throws. */
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = "10m")
    void selfEvalWorkbook(byte[] input) {
        count("selfEvalWorkbook");
        SelfEvalWorkbookReader.WorkbookRead read = SelfEvalWorkbookReader.read(new ByteArrayInputStream(input), "fuzz.xlsx");
        assertThat(read.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }

    /** A Word report (.docx) read and reviewed, as an upload for 复核 is. */
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = "10m")
    void docx(byte[] input) {
        count("docx");
        review("fuzz.docx", input);
    }

    /** A PDF report read and reviewed. */
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = "10m")
    void pdf(byte[] input) {
        count("pdf");
        review("fuzz.pdf", input);
    }

    /** Text, HTML or Markdown (the first byte chooses the file name's extension), read and reviewed. */
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = "10m")
    void text(byte[] input) {
        count("text");
        if (input.length == 0) {
            return;
        }
        String name = "fuzz" + new String[] {".txt", ".html", ".md"}[Math.floorMod(input[0], 3)];
        review(name, java.util.Arrays.copyOfRange(input, 1, input.length));
    }

    private static void review(String name, byte[] bytes) {
        try {
            assertThat(DocumentReview.review(name, bytes)).isNotNull();
        } catch (DocumentReadException e) {
            assertThat(e.getMessage()).startsWith(name);
        }
    }

    /** The report text reader (the older review path: .txt or .docx to lines). */
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = "10m")
    void reportText(byte[] input) {
        count("reportText");
        try {
            assertThat(ReportTextLoader.load(input.length > 0 && input[0] == 'P' ? "fuzz.docx" : "fuzz.txt", input)).isNotNull();
        } catch (ReportReadException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
