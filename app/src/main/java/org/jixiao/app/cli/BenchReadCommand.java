package org.jixiao.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jixiao.formats.document.DocumentReadException;
import org.jixiao.formats.document.Documents;
import org.jixiao.formats.document.SourceDocument;
import org.jixiao.formats.review.DocumentReview;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jixiao bench read}: how fast a document is read into blocks and tables (Documents.read), warm; with
 * {@code --review}, how fast it is reviewed end to end (DocumentReview.review: reading, recovery, checks).
 */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = {"读取文档（.pdf/.docx/.html/.txt）为段落和表格的耗时：预热后逐次计时，给出每秒页数。",
            "--pages N：把 PDF 的页按顺序循环拼成正好 N 页的文档再计时（例如用 47 页的报告凑成 60 页）。",
            "--review：计时完整的复核（读取、还原表格与指标体系、核对），即 jixiao review 对每个文件所做的事。"})
final class BenchReadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<file>", description = "要读取的文档")
    Path file;

    @Option(names = "--pages", description = "把 PDF 拼成正好这么多页后再计时")
    Integer pages;

    @Option(names = "--review", description = "计时完整的复核，而不只是读取")
    boolean review;

    @Option(names = "--warmup", defaultValue = "20", description = "预热次数（默认 20）")
    int warmup;

    @Option(names = "--samples", defaultValue = "30", description = "计时次数（默认 30）")
    int samples;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println(file + "：文件不存在");
            return ExitCodes.BAD_INPUT;
        }
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        if (pages != null) {
            if (pages < 1) {
                err.println("--pages 应为正整数");
                return ExitCodes.BAD_INPUT;
            }
            try {
                bytes = cyclePages(bytes, pages);
            } catch (IOException e) {
                err.println(name + "：--pages 只适用于可以打开的 PDF 文件");
                return ExitCodes.BAD_INPUT;
            }
        }
        SourceDocument document;
        try {
            document = Documents.read(name, bytes);
            final byte[] input = bytes;
            Timed timed = review ? () -> DocumentReview.review(name, input) : () -> Documents.read(name, input);
            for (int i = 1; i < warmup; i++) {
                timed.run();
            }
            long[] nanos = new long[samples];
            for (int i = 0; i < samples; i++) {
                long start = System.nanoTime();
                timed.run();
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            int pageCount = Math.max(document.pages(), 1);
            double median = nanos[samples / 2] / 1e6;
            Runtime runtime = Runtime.getRuntime();
            out.printf("file: %s, %s, %d pages, %.0f KB; %d blocks: %d tables, %d paragraphs%n", name, document.format().label(),
                    document.pages(), bytes.length / 1024.0, document.blocks().size(), document.tables().size(),
                    document.paragraphs().size());
            out.printf("machine: %d cores, JVM %s, max heap %d MB, load average %.2f%n", runtime.availableProcessors(),
                    System.getProperty("java.version"), runtime.maxMemory() / (1024 * 1024),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.printf("%s per document (warm, %d samples after %d warm-up): median %.0f ms, mean %.0f ms, p95 %.0f ms, min %.0f ms%n",
                    review ? "review" : "read", samples, warmup, median, Arrays.stream(nanos).average().orElse(0) / 1e6, nanos[(int) (samples * 0.95)] / 1e6,
                    nanos[0] / 1e6);
            if (document.pages() > 0) {
                out.printf("pages per second (median): %.0f; best: %.0f%n", pageCount / (median / 1e3), pageCount / (nanos[0] / 1e9));
            }
            out.printf("peak heap used (approx.) %d MB%n", ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024));
            out.flush();
            return ExitCodes.OK;
        } catch (DocumentReadException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    /** One timed run: a read, or a whole review. */
    private interface Timed {
        void run() throws DocumentReadException;
    }

    /** A PDF of exactly {@code count} pages: the file's pages in order, from the first again when they run out. */
    static byte[] cyclePages(byte[] pdf, int count) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf); PDDocument target = new PDDocument()) {
            int available = source.getNumberOfPages();
            if (available == 0) {
                throw new IOException("no pages");
            }
            for (int i = 0; i < count; i++) {
                target.importPage(source.getPage(i % available));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            target.save(bytes);
            return bytes.toByteArray();
        }
    }
}
