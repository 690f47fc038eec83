package org.jixiao.app.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.formats.dataset.DatasetReader;
import org.jixiao.report.evaluation.EvaluationReport;

/**
 * The generated corpus: for each of the {@link Shape#COUNT} planned evaluations a clean copy, {@value #INJECTED}
 * copies with two injected errors each and one copy with differences that must not be errors (rounding, equal shares),
 * each written as .docx and .html, converted to PDF by LibreOffice in one batch and to text by pdftotext (-layout and
 * plain); the bundled example too; and TRUTH.tsv and MANIFEST.tsv.
 *
 * <p>{@code main(OUT)} writes it (corpus/generated/generate calls it through Maven).
 */
public final class GeneratedCorpus {
    static final int INJECTED = 3;
    static final String EXAMPLE_ID = "example-weihai-2022";
    /** The bundled example, from the project root (the generate script) or from the app directory (where Maven runs tests). */
    static final Path EXAMPLE = Files.isRegularFile(Path.of("examples", "weihai-econ-2022.yaml")) ? Path.of("examples", "weihai-econ-2022.yaml")
            : Path.of("..", "examples", "weihai-econ-2022.yaml");

    /** One document copy: its id, the data it prints, its document and the truth rows of what was injected. */
    record Copy(String id, Shape shape, String variant, Printed printed, Doc doc, List<Injector.Truth> truths) {}

    private GeneratedCorpus() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("用法：GeneratedCorpus 输出目录 [PDF 缓存目录]");
            System.exit(2);
        }
        Path out = Path.of(args[0]).toAbsolutePath();
        Summary summary = write(out, args.length > 1 ? Path.of(args[1]) : null);
        System.out.println("已生成 " + summary.copies() + " 份文档副本（" + summary.files() + " 个文件）、" + summary.truthRows() + " 行 TRUTH.tsv：" + out);
        if (!summary.missingTools().isEmpty()) {
            System.out.println("未生成 PDF 和文本：缺少 " + String.join("、", summary.missingTools()));
        }
    }

    private static List<Copy> generated;

    /** Every copy of every planned evaluation, in order (generated once per run; see {@link #generate()}). */
    static synchronized List<Copy> copies() {
        if (generated == null) {
            generated = List.copyOf(generate());
        }
        return generated;
    }

    /** Every copy of every planned evaluation, generated afresh, deterministically. */
    static List<Copy> generate() {
        List<Copy> copies = new ArrayList<>();
        Map<Injector.Kind, Integer> counts = new EnumMap<>(Injector.Kind.class);
        for (Injector.Kind kind : Injector.Kind.values()) {
            counts.put(kind, 0);
        }
        for (Shape shape : Shape.plan()) {
            Evaluation ev = EvaluationGenerator.generate(shape);
            Printed clean = new Printed(ev);
            copies.add(new Copy(shape.id(), shape, "clean", clean, Composer.compose(clean), List.of()));
            for (int k = 1; k <= INJECTED; k++) {
                copies.add(injected(ev, shape.id() + "-e" + k, k, counts));
            }
            copies.add(allowed(ev, shape.id() + "-r"));
        }
        return copies;
    }

    private static Copy injected(Evaluation ev, String id, int copy, Map<Injector.Kind, Integer> counts) {
        Printed printed = new Printed(ev);
        Random random = new Random(ev.shape().seed() * 31 + copy);
        Set<java.math.BigDecimal> taken = Num.numbersIn(Composer.compose(printed).plainText());
        Injector injector = new Injector(printed, random, taken);
        List<Injector.Truth> truths = new ArrayList<>();
        Set<String> areas = new HashSet<>();
        Set<Injector.Kind> tried = new HashSet<>();
        while (truths.size() < 2) {
            Injector.Kind next = null;
            for (Injector.Kind kind : Injector.Kind.values()) {
                if (!kind.wanted() || tried.contains(kind) || areas.contains(kind.area())) {
                    continue;
                }
                if (next == null || counts.get(kind) < counts.get(next) || counts.get(kind).equals(counts.get(next)) && random.nextInt(3) == 0) {
                    next = kind;
                }
            }
            if (next == null) {
                break;
            }
            tried.add(next);
            Injector.Truth truth = injector.inject(next);
            if (truth != null) {
                truths.add(truth);
                areas.add(next.area());
                counts.merge(next, 1, Integer::sum);
            }
        }
        return new Copy(id, ev.shape(), "injected", printed, Composer.compose(printed), truths);
    }

    private static Copy allowed(Evaluation ev, String id) {
        Printed printed = new Printed(ev);
        Random random = new Random(ev.shape().seed() * 31 + 99);
        Set<java.math.BigDecimal> taken = Num.numbersIn(Composer.compose(printed).plainText());
        Injector injector = new Injector(printed, random, taken);
        List<Injector.Truth> truths = new ArrayList<>();
        Injector.Truth shares = injector.inject(Injector.Kind.EQUAL_SHARES);
        if (shares != null) {
            truths.add(shares);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < 12 && truths.size() < (shares == null ? 2 : 3); i++) {
            Injector.Truth rounding = injector.inject(Injector.Kind.ROUNDING);
            if (rounding != null && seen.add(rounding.description().replaceAll("[0-9.%]", ""))) {
                truths.add(rounding);
            }
        }
        return new Copy(id, ev.shape(), "allowed", printed, Composer.compose(printed), truths);
    }

    /** The truth rows of a copy, for the copy itself and its two text versions. */
    static List<Truths.Row> rows(Copy copy) {
        List<Truths.Row> rows = new ArrayList<>();
        for (String id : List.of(copy.id(), copy.id() + "-layout", copy.id() + "-plain")) {
            for (Injector.Truth truth : copy.truths()) {
                rows.add(new Truths.Row(id, truth.kind().name(), truth.description(), truth.regex(), truth.find()));
            }
        }
        return rows;
    }

    record Summary(int copies, int files, int truthRows, List<String> missingTools) {}

    /**
     * Writes the whole corpus into {@code out} (created if needed; files of the same names are replaced). PDFs are
     * taken from {@code cache} (by the SHA-256 of the .docx) when there, else converted in one LibreOffice run and
     * stored there.
     */
    static Summary write(Path out, Path cache) throws IOException, InterruptedException {
        Files.createDirectories(out);
        List<Copy> copies = copies();
        List<String> truth = new ArrayList<>();
        List<String> manifest = new ArrayList<>();
        manifest.add("id\tevaluation\tvariant\tkind\tinjected\tlayout");
        List<Path> docx = new ArrayList<>();
        for (Copy copy : copies) {
            Path file = out.resolve(copy.id() + ".docx");
            Files.write(file, DocxWriter.write(copy.doc()));
            docx.add(file);
            Files.writeString(out.resolve(copy.id() + ".html"), HtmlWriter.write(copy.doc(), copy.shape().htmlBold()), StandardCharsets.UTF_8);
            for (Truths.Row row : rows(copy)) {
                truth.add(row.tsv());
            }
            manifest.add(copy.id() + "\t" + copy.shape().id() + "\t" + copy.variant() + "\t" + copy.shape().kind() + "\t"
                    + String.join(",", copy.truths().stream().map(t -> t.kind().name()).toList()) + "\t" + String.join(" ", copy.shape().features()));
        }
        EvaluationResult example;
        try {
            example = EvaluationScorer.score(DatasetReader.read(EXAMPLE).evaluation());
        } catch (org.jixiao.formats.dataset.DatasetException e) {
            throw new IOException(EXAMPLE + "：" + e.getMessage(), e);
        }
        Path exampleDocx = out.resolve(EXAMPLE_ID + ".docx");
        Files.write(exampleDocx, EvaluationReport.docx(example));
        Files.writeString(out.resolve(EXAMPLE_ID + ".html"), EvaluationReport.html(example), StandardCharsets.UTF_8);
        docx.add(exampleDocx);
        manifest.add(EXAMPLE_ID + "\texamples/weihai-econ-2022.yaml\tclean\tDEPARTMENT\t\tjixiao report 生成的 .docx 与 .html");
        Files.write(out.resolve("TRUTH.tsv"), truth, StandardCharsets.UTF_8);
        Files.write(out.resolve("MANIFEST.tsv"), manifest, StandardCharsets.UTF_8);
        List<String> missing = Tools.missing();
        int files = docx.size() * 2;
        if (missing.isEmpty()) {
            files += pdfAndText(out, docx, cache);
        }
        return new Summary(copies.size() + 1, files, truth.size(), missing);
    }

    private static int pdfAndText(Path out, List<Path> docx, Path cache) throws IOException, InterruptedException {
        List<Path> convert = new ArrayList<>();
        for (Path file : docx) {
            Path pdf = pdfOf(out, file);
            Path cached = cache == null ? null : cache.resolve(sha256(Files.readAllBytes(file)) + ".pdf");
            if (cached != null && Files.isRegularFile(cached)) {
                Files.copy(cached, pdf, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(pdf);
                convert.add(file);
            }
        }
        if (!convert.isEmpty()) {
            Tools.toPdf(convert, out);
            if (cache != null) {
                Files.createDirectories(cache);
                for (Path file : convert) {
                    Files.copy(pdfOf(out, file), cache.resolve(sha256(Files.readAllBytes(file)) + ".pdf"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        int files = 0;
        for (Path file : docx) {
            Path pdf = pdfOf(out, file);
            String id = file.getFileName().toString().replaceFirst("\\.docx$", "");
            Tools.toText(pdf, out.resolve(id + "-layout.txt"), true);
            Tools.toText(pdf, out.resolve(id + "-plain.txt"), false);
            files += 3;
        }
        return files;
    }

    static Path pdfOf(Path out, Path docx) {
        return out.resolve(docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf"));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** LibreOffice and poppler, called as external programs. */
    static final class Tools {
        private Tools() {}

        static List<String> missing() {
            List<String> missing = new ArrayList<>();
            for (String tool : List.of("soffice", "pdftotext")) {
                if (!onPath(tool)) {
                    missing.add(tool);
                }
            }
            return missing;
        }

        static boolean onPath(String command) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                    return true;
                }
            }
            return false;
        }

        /** One LibreOffice process for all files (much faster than one per file), with a private profile. */
        static void toPdf(List<Path> docx, Path out) throws IOException, InterruptedException {
            Path profile = Files.createTempDirectory("jixiao-lo-profile");
            try {
                List<String> command = new ArrayList<>(List.of("soffice", "--headless", "--norestore", "-env:UserInstallation=" + profile.toUri(),
                        "--convert-to", "pdf", "--outdir", out.toString()));
                docx.forEach(file -> command.add(file.toString()));
                Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(30, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IOException("LibreOffice 转换 PDF 超时");
                }
                for (Path file : docx) {
                    if (!Files.isRegularFile(pdfOf(out, file))) {
                        throw new IOException("LibreOffice 未能把 " + file.getFileName() + " 转换为 PDF");
                    }
                }
            } finally {
                try (Stream<Path> walk = Files.walk(profile)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }

        static void toText(Path pdf, Path text, boolean layout) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
            if (layout) {
                command.add("-layout");
            }
            command.add(pdf.toString());
            command.add(text.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException("pdftotext 未能处理 " + pdf.getFileName());
            }
        }
    }
}
