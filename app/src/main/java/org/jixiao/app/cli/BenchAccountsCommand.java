package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.jixiao.formats.disclosure.DisclosureDocuments;
import org.jixiao.formats.document.DocumentReadException;
import org.jixiao.formats.document.Documents;
import org.jixiao.formats.review.ReviewedDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jixiao bench accounts DIR}: how fast a folder of published disclosures is read and reviewed (the work of
 * {@code jixiao accounts review DIR}), first cold — the first pass of a fresh process — then warm, in pages and documents per
 * second. The files are read into memory first, so that the disk is not measured.
 */
@Command(name = "accounts", mixinStandardHelpOptions = true,
        description = {"决算/预算公开文件批量审核的速度：先读入文件夹中全部文件，第一轮（冷启动）和其后各轮（预热后）分别计时，给出每秒页数和每秒份数。"})
final class BenchAccountsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<文件夹>", description = "含 .pdf/.docx 公开文件的文件夹（例如 corpus/disclosures/generate 生成的 200 份）")
    Path folder;

    @Option(names = "--rounds", defaultValue = "3", description = "预热后的计时轮数（默认 3）")
    int rounds;

    @Option(names = "--threads", description = "同时审核的文件数（默认为处理器核数）")
    Integer threads;

    private record Input(String name, byte[] bytes) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder)) {
            err.println(folder + "：不是文件夹");
            return ExitCodes.BAD_INPUT;
        }
        List<Input> inputs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".pdf") || name.endsWith(".docx")) {
                    inputs.add(new Input(file.getFileName().toString(), Files.readAllBytes(file)));
                }
            }
        } catch (IOException e) {
            err.println("无法读取文件夹 " + folder + "：" + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (inputs.isEmpty()) {
            err.println(folder + "：没有 .pdf 或 .docx 文件");
            return ExitCodes.BAD_INPUT;
        }
        int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        out.println("文件 " + inputs.size() + " 份，线程 " + workers + "，处理器 " + Runtime.getRuntime().availableProcessors() + " 个");
        for (int round = 0; round <= rounds; round++) {
            long start = System.nanoTime();
            int[] counts = run(inputs, workers);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "%s：%.2f 秒，%d 页，%.1f 页/秒，%.1f 份/秒，错误 %d 处，无法读取 %d 份%n", round == 0 ? "第一轮（冷）" : "第 " + round + " 轮（热）",
                    seconds, counts[0], counts[0] / seconds, inputs.size() / seconds, counts[1], counts[2]);
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** Reviews every input once; returns pages, errors found and files that could not be read. */
    private static int[] run(List<Input> inputs, int workers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<ReviewedDocument>> futures = new ArrayList<>();
            for (Input input : inputs) {
                futures.add(pool.submit(() -> {
                    try {
                        return DisclosureDocuments.review(Documents.read(input.name(), input.bytes()));
                    } catch (DocumentReadException e) {
                        return null;
                    }
                }));
            }
            int[] counts = new int[3];
            for (Future<ReviewedDocument> future : futures) {
                ReviewedDocument document = future.get();
                if (document == null) {
                    counts[2]++;
                    continue;
                }
                counts[0] += Math.max(1, document.pages());
                counts[1] += (int) document.result().findings().stream().filter(f -> f.isError()).count();
            }
            return counts;
        } finally {
            pool.shutdownNow();
        }
    }
}
