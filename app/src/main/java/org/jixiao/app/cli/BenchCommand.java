package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.formats.dataset.DatasetReader;
import org.jixiao.report.evaluation.EvaluationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchCommand.Report.class, BenchReadCommand.class, BenchAccountsCommand.class, BenchRescoreCommand.class},
        description = "性能测试（结果写入 docs/benchmarks.md 的依据）。")
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "报告生成耗时：预热后逐份计时（计分 + 渲染 .docx），再批量生成 N 份并写入文件。")
    static final class Report implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "<dataset>", description = "评价数据文件")
        Path dataset;

        @Option(names = "--warmup", defaultValue = "30", description = "预热次数（默认 30）")
        int warmup;

        @Option(names = "--samples", defaultValue = "100", description = "逐份计时的次数（默认 100）")
        int samples;

        @Option(names = "--batch", defaultValue = "1000", description = "批量生成的份数（默认 1000）")
        int batch;

        @Option(names = "--format", defaultValue = "docx", description = "docx（默认）或 html")
        String format;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            DatasetReader.Read read = DatasetLoading.load(dataset, spec.commandLine().getErr(), false);
            if (read == null) {
                return ExitCodes.BAD_INPUT;
            }
            Evaluation evaluation = read.evaluation();
            for (int i = 0; i < warmup; i++) {
                render(evaluation);
            }
            long[] nanos = new long[samples];
            for (int i = 0; i < samples; i++) {
                long start = System.nanoTime();
                render(evaluation);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            Path dir = Files.createTempDirectory("jixiao-bench-");
            long batchStart = System.nanoTime();
            long bytes = 0;
            for (int i = 0; i < batch; i++) {
                byte[] document = render(evaluation);
                Files.write(dir.resolve("report-" + i + "." + format), document);
                bytes += document.length;
            }
            long batchNanos = System.nanoTime() - batchStart;
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            Runtime runtime = Runtime.getRuntime();
            out.printf("dataset: %s (%d leaves), format: %s%n", dataset, EvaluationScorer.score(evaluation).leaves().size(), format);
            out.printf("machine: %d cores, JVM %s, max heap %d MB%n", runtime.availableProcessors(), System.getProperty("java.version"),
                    runtime.maxMemory() / (1024 * 1024));
            out.printf("per report (warm, %d samples after %d warm-up): mean %.1f ms, median %.1f ms, p95 %.1f ms, min %.1f ms%n",
                    samples, warmup, Arrays.stream(nanos).average().orElse(0) / 1e6, nanos[samples / 2] / 1e6,
                    nanos[(int) (samples * 0.95)] / 1e6, nanos[0] / 1e6);
            out.printf("batch of %d reports written to disk: %.1f s, %.1f reports/s, %.1f MB written%n", batch, batchNanos / 1e9,
                    batch / (batchNanos / 1e9), bytes / 1e6);
            out.printf("JVM uptime %.1f s, peak heap used (approx.) %d MB%n", ManagementFactory.getRuntimeMXBean().getUptime() / 1e3,
                    ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                            .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024));
            out.flush();
            return ExitCodes.OK;
        }

        private byte[] render(Evaluation evaluation) throws IOException {
            EvaluationResult result = EvaluationScorer.score(evaluation);
            return format.equals("html") ? EvaluationReport.html(result).getBytes(StandardCharsets.UTF_8) : EvaluationReport.docx(result);
        }
    }
}
