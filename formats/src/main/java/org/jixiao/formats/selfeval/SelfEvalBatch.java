package org.jixiao.formats.selfeval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jixiao.core.grade.GradeScheme;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Location;
import org.jixiao.core.review.Severity;
import org.jixiao.core.selfeval.Field;
import org.jixiao.core.selfeval.SampleCandidate;
import org.jixiao.core.selfeval.SelfEvalReview;
import org.jixiao.core.selfeval.SelfEvalScore;
import org.jixiao.core.selfeval.SelfEvalScorer;
import org.jixiao.core.selfeval.SelfEvalTable;
import org.jixiao.core.selfeval.SummaryRow;

/**
 * Imports, scores and reviews any number of workbooks as a stream: each table is handed to the consumer with its
 * score and findings and then forgotten, so memory does not grow with the batch. A workbook with errors contributes no
 * table, but never stops the batch; every problem is a finding with workbook, sheet and cell. A project met twice
 * (same 项目名称 and 实施单位) is imported once: the later copy is reported and left out.
 */
public final class SelfEvalBatch {
    private SelfEvalBatch() {}

    /** One imported table with its score and review findings. */
    public record Processed(SelfEvalScore score, List<Finding> findings) {
        /** The table as a spot-check candidate: its review errors, and every other finding counted as a warning. */
        public SampleCandidate candidate() {
            int errors = (int) findings.stream().filter(Finding::isError).count();
            return SampleCandidate.of(score, errors, findings.size() - errors);
        }
    }

    /** Reads one workbook wherever it is (a file, bytes kept in a database): a reading never throws, it reports. */
    @FunctionalInterface
    public interface WorkbookSource {
        SelfEvalWorkbookReader.WorkbookRead read();
    }

    /** What happened to the batch as a whole. */
    public record Result(int files, int filesRejected, int tablesImported, int tablesNotImported, List<Finding> problems,
            List<SummaryRow> summary, List<Finding> summaryFindings) {
        public boolean hasImportErrors() {
            return problems.stream().anyMatch(Finding::isError);
        }
    }

    /** The .xlsx files named, folders searched recursively (Excel lock files ~$… left out), in a stable order. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(SelfEvalBatch::isWorkbook).sorted(Comparator.comparing(Path::toString))
                            .forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static boolean isWorkbook(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") && !name.startsWith("~$");
    }

    /**
     * @param threads workbooks read in parallel (tables are still delivered in file order, on the calling thread)
     */
    public static Result process(List<Path> files, int threads, Consumer<Processed> sink) {
        return processSources(files.stream().<WorkbookSource>map(file -> () -> SelfEvalWorkbookReader.read(file)).toList(), threads, sink);
    }

    /** The same for workbooks that are not files, e.g. uploaded bytes: {@code () -> SelfEvalWorkbookReader.read(in, name)}. */
    public static Result processSources(List<WorkbookSource> files, int threads, Consumer<Processed> sink) {
        SelfEvalScorer scorer = SelfEvalScorer.standard();
        SelfEvalReview review = SelfEvalReview.standard();
        Map<String, String> seen = new HashMap<>();
        Map<String, SelfEvalReview.TableTotal> totals = new HashMap<>();
        List<Finding> problems = new ArrayList<>();
        List<SummaryRow> summary = new ArrayList<>();
        int rejected = 0;
        int imported = 0;
        int notImported = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "selfeval-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<SelfEvalWorkbookReader.WorkbookRead>> window = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < 2 * Math.max(1, threads)) {
                    WorkbookSource file = files.get(next++);
                    window.add(pool.submit(file::read));
                }
                SelfEvalWorkbookReader.WorkbookRead read = get(window.removeFirst());
                problems.addAll(read.problems());
                if (read.rejected()) {
                    rejected++;
                    notImported += read.tablesFound();
                    continue;
                }
                summary.addAll(read.summary());
                for (SelfEvalTable table : read.tables()) {
                    String where = table.source().describe();
                    String earlier = seen.putIfAbsent(table.key(), where);
                    if (earlier != null) {
                        notImported++;
                        problems.add(new Finding("IMPORT_DUPLICATE", Severity.ERROR,
                                new Location(table.source().workbook(), table.source().sheet(), table.source().cells().cell(Field.PROJECT), 0),
                                table.project(), null, "同一项目（项目名称 + 实施单位）只填报一张自评表",
                                "项目“" + table.project() + "”（" + table.implementer() + "）重复：已在 " + earlier + " 导入，此处未导入"));
                        continue;
                    }
                    SelfEvalScore score = scorer.score(table);
                    List<Finding> findings = review.review(score);
                    totals.put(table.project().strip(), SelfEvalReview.TableTotal.of(score));
                    imported++;
                    sink.accept(new Processed(score, findings));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<Finding> summaryFindings = SelfEvalReview.reviewSummary(summary, totals, GradeScheme.standard());
        return new Result(files.size(), rejected, imported, notImported, List.copyOf(problems), List.copyOf(summary), summaryFindings);
    }

    private static SelfEvalWorkbookReader.WorkbookRead get(Future<SelfEvalWorkbookReader.WorkbookRead> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("读取被中断", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("读取工作簿时出现内部错误：" + e.getCause(), e.getCause());
        }
    }
}
