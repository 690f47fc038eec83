package org.jixiao.formats.selfeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Severity;
import org.jixiao.core.selfeval.SelfEvalReview;
import org.jixiao.core.selfeval.SelfEvalScore;
import org.jixiao.core.selfeval.SelfEvalScorer;
import org.jixiao.core.selfeval.SelfEvalTable;
import org.jixiao.formats.document.Documents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The eight layouts of {@link LayoutSpecimens}, each written as .xlsx, .docx and PDF (LibreOffice's export of the .docx):
 * every table is read (none refused), scores what it prints — published practice — and has no error; each injected
 * error is found as its own finding and changes nothing else. The PDFs need {@code soffice}: without it they are skipped
 * with a message, and under CI=true that is a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutSpecimensTest {
    static final Path DIR = Path.of("target", "selfeval-specimens");
    static boolean pdf;

    @BeforeAll
    static void write() throws Exception {
        if (Files.exists(DIR)) {
            try (Stream<Path> old = Files.walk(DIR)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(DIR);
        List<Path> docx = new ArrayList<>();
        for (LayoutSpecimens.Case c : LayoutSpecimens.all()) {
            for (LayoutSpecimens.Injection injection : injections(c)) {
                assertThat(c.specimen().names()).as(c.specimen().id).containsAll(injection.cells().keySet());
                String name = file(c, injection);
                c.specimen().writeXlsx(DIR.resolve(name + ".xlsx"), injection.cells());
                c.specimen().writeDocx(DIR.resolve(name + ".docx"), injection.cells());
                docx.add(DIR.resolve(name + ".docx"));
            }
        }
        pdf = onPath("soffice");
        if (pdf) {
            List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=file://" + DIR.toAbsolutePath().resolve("profile"),
                    "--headless", "--convert-to", "pdf", "--outdir", DIR.toString()));
            docx.forEach(path -> command.add(path.toString()));
            Process convert = new ProcessBuilder(command).redirectErrorStream(true).start();
            convert.getInputStream().readAllBytes();
            assertThat(convert.waitFor(600, TimeUnit.SECONDS)).isTrue();
        }
    }

    static List<LayoutSpecimens.Injection> injections(LayoutSpecimens.Case c) {
        List<LayoutSpecimens.Injection> all = new ArrayList<>();
        all.add(new LayoutSpecimens.Injection("clean", Map.of(), List.of()));
        all.addAll(c.injections());
        return all;
    }

    static String file(LayoutSpecimens.Case c, LayoutSpecimens.Injection injection) {
        return c.specimen().id + "-" + (injection.name().equals("clean") ? "clean" : String.valueOf(c.injections().indexOf(injection) + 1));
    }

    Stream<Arguments> layouts() {
        List<Arguments> arguments = new ArrayList<>();
        for (LayoutSpecimens.Case c : LayoutSpecimens.all()) {
            for (String format : List.of("xlsx", "docx", "pdf")) {
                arguments.add(Arguments.of(c.specimen().id, format, c));
            }
        }
        return arguments.stream();
    }

    Stream<Arguments> injected() {
        List<Arguments> arguments = new ArrayList<>();
        for (LayoutSpecimens.Case c : LayoutSpecimens.all()) {
            for (LayoutSpecimens.Injection injection : c.injections()) {
                for (String format : List.of("xlsx", "docx", "pdf")) {
                    arguments.add(Arguments.of(c.specimen().id + " " + injection.name(), format, c, injection));
                }
            }
        }
        return arguments.stream();
    }

    /** The tables of a file with their findings. */
    record Reviewed(List<SelfEvalScore> scores, List<Finding> findings) {
        List<String> codes(boolean errors) {
            return findings.stream().filter(f -> errors == (f.severity() == Severity.ERROR))
                    .filter(f -> f.severity() != Severity.INFO).map(Finding::code).sorted().toList();
        }
    }

    static Reviewed review(Path file) throws Exception {
        List<SelfEvalTable> tables;
        if (file.toString().endsWith(".xlsx")) {
            SelfEvalWorkbookReader.WorkbookRead read = SelfEvalWorkbookReader.read(file);
            assertThat(read.problems()).as(file + " problems").filteredOn(Finding::isError).isEmpty();
            tables = read.tables();
        } else {
            tables = SelfEvalDocuments.read(Documents.read(file)).tables();
        }
        List<SelfEvalScore> scores = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (SelfEvalTable table : tables) {
            SelfEvalScore score = SelfEvalScorer.standard().score(table);
            scores.add(score);
            findings.addAll(SelfEvalReview.standard().review(score));
        }
        return new Reviewed(scores, findings);
    }

    Path path(LayoutSpecimens.Case c, LayoutSpecimens.Injection injection, String format) {
        if (format.equals("pdf") && !pdf) {
            if ("true".equals(System.getenv("CI"))) {
                fail("LibreOffice (soffice) is required under CI=true");
            }
            assumeTrue(false, "LibreOffice (soffice) not installed: the PDF specimens are skipped");
        }
        return DIR.resolve(file(c, injection) + "." + format);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("layouts")
    void everyTableIsReadScoresWhatItPrintsAndHasNoError(String id, String format, LayoutSpecimens.Case c) throws Exception {
        Reviewed reviewed = review(path(c, injections(c).get(0), format));
        assertThat(reviewed.scores()).as("tables").hasSize(c.totals().size());
        for (int i = 0; i < c.totals().size(); i++) {
            SelfEvalScore score = reviewed.scores().get(i);
            assertThat(score.recordedTotal()).as("printed 总分 of table %d", i + 1).isEqualByComparingTo(c.totals().get(i));
            assertThat(score.total()).as("总分 by the rules, table %d", i + 1).isEqualByComparingTo(c.totals().get(i));
        }
        assertThat(reviewed.codes(true)).as("errors of the clean tables").isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("injected")
    void eachInjectedErrorIsFoundAndNothingElse(String id, String format, LayoutSpecimens.Case c, LayoutSpecimens.Injection injection)
            throws Exception {
        Reviewed clean = review(path(c, injections(c).get(0), format));
        Reviewed injected = review(path(c, injection, format));
        List<String> expected = new ArrayList<>(clean.codes(true));
        expected.addAll(injection.expected());
        assertThat(injected.codes(true)).as("errors; all findings: %s", injected.findings()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(injected.codes(false)).as("warnings").containsExactlyInAnyOrderElementsOf(clean.codes(false));
        assertThat(injected.scores()).hasSameSizeAs(clean.scores());
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
