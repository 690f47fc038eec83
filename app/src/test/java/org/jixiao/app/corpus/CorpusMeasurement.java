package org.jixiao.app.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.jixiao.formats.document.DocumentReadException;
import org.jixiao.formats.review.DocumentReview;
import org.jixiao.formats.review.ReviewJson;
import org.jixiao.formats.review.ReviewedDocument;

/**
 * Reviews every document of a corpus directory in-process with {@link DocumentReview#review(String, byte[])} and counts
 * as /work/shared/tools/review_score.py does (a finding is any JSON object with a {@code severity}; an error is
 * explained when a truth row's expression finds it in the finding's JSON), per format and per check kind: injected
 * errors found, false errors (errors no row explains), errors on clean documents, errors on allowed differences
 * (rounding, equal shares: explained by "allow" rows, but still errors that should be notes), and whether the PDF's
 * findings are the .docx's.
 */
final class CorpusMeasurement {
    /** The versions of a document, by how their file name ends. */
    enum Format {
        DOCX(".docx", "docx"), HTML(".html", "html"), PDF(".pdf", "pdf"), LAYOUT("-layout.txt", "layout txt"), PLAIN("-plain.txt", "plain txt");

        final String suffix;
        final String label;

        Format(String suffix, String label) {
            this.suffix = suffix;
            this.label = label;
        }

        static Format of(String file) {
            for (Format format : List.of(LAYOUT, PLAIN, DOCX, HTML, PDF)) {
                if (file.endsWith(format.suffix)) {
                    return format;
                }
            }
            return null;
        }
    }

    /** One reviewed file. {@code findings} are the JSON texts of its errors and notes; {@code keys} (rule, printed, recomputed). */
    record Reviewed(String file, String id, String base, Format format, String unreadable, List<String> errors, Set<String> keys,
                    List<Truths.Row> rows, Truths.Score score) {
        boolean clean() {
            return rows.isEmpty();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<Reviewed> reviewed;

    private CorpusMeasurement(List<Reviewed> reviewed) {
        this.reviewed = reviewed;
    }

    static CorpusMeasurement measure(Path dir) throws IOException, InterruptedException {
        Map<String, List<Truths.Row>> truth = readTruth(dir.resolve("TRUTH.tsv"));
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(file -> Format.of(file.getFileName().toString()) != null).sorted().toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<Reviewed>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> review(file, truth)));
            }
            List<Reviewed> reviewed = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                try {
                    reviewed.add(futures.get(i).get(3, TimeUnit.MINUTES));
                } catch (TimeoutException e) {
                    futures.get(i).cancel(true);
                    reviewed.add(failed(files.get(i), truth, "复核超时（3 分钟）"));
                } catch (ExecutionException e) {
                    reviewed.add(failed(files.get(i), truth, "内部错误：" + e.getCause()));
                }
            }
            return new CorpusMeasurement(reviewed);
        } finally {
            pool.shutdownNow();
        }
    }

    static Map<String, List<Truths.Row>> readTruth(Path file) throws IOException {
        Map<String, List<Truths.Row>> truth = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t", -1);
            if (parts.length < 3) {
                continue;
            }
            boolean find = parts.length < 4 || !parts[3].equals("allow");
            String kind = parts[1].contains(":") ? parts[1].substring(0, parts[1].indexOf(':')) : parts[1];
            truth.computeIfAbsent(parts[0], id -> new ArrayList<>()).add(new Truths.Row(parts[0], kind, parts[1], parts[2], find));
        }
        return truth;
    }

    private static Reviewed review(Path file, Map<String, List<Truths.Row>> truth) throws IOException {
        String name = file.getFileName().toString();
        Format format = Format.of(name);
        String id = name.substring(0, name.length() - (format == Format.LAYOUT || format == Format.PLAIN ? 4 : format.suffix.length()));
        String base = name.substring(0, name.length() - format.suffix.length());
        List<Truths.Row> rows = truth.getOrDefault(id, List.of());
        ReviewedDocument document;
        try {
            document = DocumentReview.review(name, Files.readAllBytes(file));
        } catch (DocumentReadException e) {
            return new Reviewed(name, id, base, format, e.getMessage(), List.of(), Set.of(), rows, Truths.score(rows, List.of()));
        }
        Object tree = JSON.readValue(ReviewJson.write(List.of(document), Map.of()), Object.class);
        List<String> errors = new ArrayList<>();
        Set<String> keys = new TreeSet<>();
        collect(tree, errors, keys);
        return new Reviewed(name, id, base, format, null, errors, keys, rows, Truths.score(rows, errors));
    }

    private static Reviewed failed(Path file, Map<String, List<Truths.Row>> truth, String message) {
        String name = file.getFileName().toString();
        Format format = Format.of(name);
        String id = name.substring(0, name.length() - (format == Format.LAYOUT || format == Format.PLAIN ? 4 : format.suffix.length()));
        List<Truths.Row> rows = truth.getOrDefault(id, List.of());
        return new Reviewed(name, id, name.substring(0, name.length() - format.suffix.length()), format, message, List.of(), Set.of(), rows,
                Truths.score(rows, List.of()));
    }

    /** Every object with a "severity", as review_score.py walks the JSON: errors as text, errors and notes as keys. */
    private static void collect(Object node, List<String> errors, Set<String> keys) {
        if (node instanceof Map<?, ?> map) {
            Object severity = map.get("severity");
            if (severity != null) {
                String level = String.valueOf(severity).toLowerCase(java.util.Locale.ROOT);
                if (level.equals("error") || level.equals("错误")) {
                    errors.add(Truths.pythonJson(map));
                }
                if (!level.equals("unchecked")) {
                    keys.add(map.get("rule") + " | " + map.get("printed") + " | " + map.get("recomputed"));
                }
            }
            for (Object value : map.values()) {
                collect(value, errors, keys);
            }
        } else if (node instanceof List<?> list) {
            for (Object value : list) {
                collect(value, errors, keys);
            }
        }
    }

    // ---------------------------------------------------------------- the numbers

    /** Totals of one format. */
    record Totals(int documents, int unreadable, int found, int wanted, int falseErrors, int cleanDocuments, int cleanWithErrors,
                  int errorsOnClean, int allowedErrors) {}

    Totals totals(Format format) {
        int documents = 0, unreadable = 0, found = 0, wanted = 0, falseErrors = 0, clean = 0, cleanWithErrors = 0, errorsOnClean = 0, allowed = 0;
        for (Reviewed r : of(format)) {
            documents++;
            unreadable += r.unreadable() == null ? 0 : 1;
            found += r.score().found();
            wanted += r.score().wanted();
            falseErrors += r.score().unexplained();
            allowed += r.score().allowedErrors().size();
            if (r.clean()) {
                clean++;
                cleanWithErrors += r.errors().isEmpty() ? 0 : 1;
                errorsOnClean += r.errors().size();
            }
        }
        return new Totals(documents, unreadable, found, wanted, falseErrors, clean, cleanWithErrors, errorsOnClean, allowed);
    }

    List<Reviewed> of(Format format) {
        return reviewed.stream().filter(r -> r.format() == format).toList();
    }

    /** Per check kind: {found, injected}. */
    Map<String, int[]> perKind(Format format) {
        Map<String, int[]> kinds = new TreeMap<>();
        for (Reviewed r : of(format)) {
            for (Truths.Row row : r.rows()) {
                if (row.find()) {
                    int[] counts = kinds.computeIfAbsent(row.kind(), k -> new int[2]);
                    counts[1]++;
                    if (!r.score().missed().contains(row)) {
                        counts[0]++;
                    }
                }
            }
        }
        return kinds;
    }

    /** False errors by the rule of the finding. */
    Map<String, Integer> falseByRule(Format format) {
        Map<String, Integer> rules = new TreeMap<>();
        for (Reviewed r : of(format)) {
            for (String error : r.score().falseErrors()) {
                rules.merge(rule(error), 1, Integer::sum);
            }
        }
        return rules;
    }

    private static String rule(String json) {
        var matcher = java.util.regex.Pattern.compile("\"rule\": \"([^\"]*)\"").matcher(json);
        return matcher.find() ? matcher.group(1) : "?";
    }

    /** Documents whose PDF gives the same set of (rule, printed, recomputed) as their .docx: {equal, compared}. */
    int[] pdfEqualsDocx() {
        Map<String, Set<String>> docx = new LinkedHashMap<>();
        for (Reviewed r : of(Format.DOCX)) {
            docx.put(r.base(), r.unreadable() == null ? r.keys() : null);
        }
        int equal = 0, compared = 0;
        for (Reviewed r : of(Format.PDF)) {
            if (docx.containsKey(r.base())) {
                compared++;
                Set<String> expected = docx.get(r.base());
                if (expected != null && r.unreadable() == null && expected.equals(r.keys())) {
                    equal++;
                }
            }
        }
        return new int[] {equal, compared};
    }

    List<String> pdfDiffering() {
        Map<String, Reviewed> docx = new LinkedHashMap<>();
        of(Format.DOCX).forEach(r -> docx.put(r.base(), r));
        List<String> differing = new ArrayList<>();
        for (Reviewed pdf : of(Format.PDF)) {
            Reviewed word = docx.get(pdf.base());
            if (word != null && (pdf.unreadable() != null || word.unreadable() != null || !pdf.keys().equals(word.keys()))) {
                differing.add(pdf.base());
            }
        }
        return differing;
    }

    /** The tables for docs/review.md, in Markdown. */
    String markdown() {
        List<Format> formats = List.of(Format.values()).stream().filter(f -> !of(f).isEmpty()).toList();
        StringBuilder md = new StringBuilder();
        md.append("| format | documents | unreadable | injected errors found | false errors | clean documents with errors (errors) | errors on allowed differences |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Format format : formats) {
            Totals t = totals(format);
            md.append("| ").append(format.label).append(" | ").append(t.documents()).append(" | ").append(t.unreadable()).append(" | ").append(t.found())
                    .append(" / ").append(t.wanted()).append(" | ").append(t.falseErrors()).append(" | ").append(t.cleanWithErrors()).append(" of ")
                    .append(t.cleanDocuments()).append(" (").append(t.errorsOnClean()).append(") | ").append(t.allowedErrors()).append(" |\n");
        }
        md.append("\nInjected errors found, per check kind (found / injected):\n\n| kind |");
        formats.forEach(f -> md.append(' ').append(f.label).append(" |"));
        md.append("\n|---|");
        formats.forEach(f -> md.append("---:|"));
        md.append('\n');
        Set<String> kinds = new LinkedHashSet<>();
        for (Injector.Kind kind : Injector.Kind.values()) {
            if (kind.wanted()) {
                kinds.add(kind.name());
            }
        }
        formats.forEach(f -> kinds.addAll(perKind(f).keySet()));
        for (String kind : kinds) {
            md.append("| ").append(kind).append(" |");
            for (Format format : formats) {
                int[] counts = perKind(format).getOrDefault(kind, new int[2]);
                md.append(' ').append(counts[0]).append(" / ").append(counts[1]).append(" |");
            }
            md.append('\n');
        }
        Set<String> rules = new TreeSet<>();
        formats.forEach(f -> rules.addAll(falseByRule(f).keySet()));
        if (!rules.isEmpty()) {
            md.append("\nFalse errors by the rule of the finding:\n\n| rule |");
            formats.forEach(f -> md.append(' ').append(f.label).append(" |"));
            md.append("\n|---|");
            formats.forEach(f -> md.append("---:|"));
            md.append('\n');
            for (String rule : rules) {
                md.append("| ").append(rule).append(" |");
                formats.forEach(f -> md.append(' ').append(falseByRule(f).getOrDefault(rule, 0)).append(" |"));
                md.append('\n');
            }
        }
        int[] pdf = pdfEqualsDocx();
        if (pdf[1] > 0) {
            md.append("\nPDF findings equal .docx findings (same set of rule, printed, recomputed): ").append(pdf[0]).append(" of ").append(pdf[1])
                    .append(" documents.\n");
        }
        Map<String, Integer> reasons = new TreeMap<>();
        for (Reviewed r : reviewed) {
            if (r.unreadable() != null) {
                reasons.merge(r.format().label + "：" + r.unreadable().replaceFirst("^[^：]*：", ""), 1, Integer::sum);
            }
        }
        if (!reasons.isEmpty()) {
            md.append("\nUnreadable documents by message:\n\n");
            reasons.forEach((reason, count) -> md.append("- ").append(count).append(" × ").append(reason).append('\n'));
        }
        return md.toString();
    }
}
