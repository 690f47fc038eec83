package org.jixiao.app.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Severity;
import org.jixiao.core.selfeval.Sample;
import org.jixiao.core.selfeval.SampleCandidate;
import org.jixiao.core.selfeval.Sampler;
import org.jixiao.core.selfeval.SamplingRule;
import org.jixiao.core.selfeval.SelfEvalScore;
import org.jixiao.core.selfeval.SelfEvalTable;
import org.jixiao.formats.dataset.DatasetException;
import org.jixiao.formats.dataset.DatasetProblem;
import org.jixiao.formats.selfeval.SelfEvalBatch;
import org.jixiao.formats.selfeval.SelfEvalExport;
import org.jixiao.formats.selfeval.SelfEvalWorkbookWriter;
import org.jixiao.formats.selfeval.SelfEvalYaml;
import org.jixiao.formats.selfeval.SyntheticBatch;
import org.jixiao.report.selfeval.SelfEvalDocx;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao selfeval …}: project self-evaluation tables (项目支出绩效自评表) in Excel. */
@Command(name = "selfeval", mixinStandardHelpOptions = true,
        description = "项目支出绩效自评表：Excel 模板、导入计分、复核、导出、抽查抽样、合成数据与性能测试。",
        subcommands = {SelfEvalCommand.Template.class, SelfEvalCommand.Import.class, SelfEvalCommand.Review.class,
                SelfEvalCommand.Export.class, SelfEvalCommand.SampleCmd.class, SelfEvalCommand.Convert.class,
                SelfEvalCommand.Generate.class, SelfEvalCommand.Bench.class})
final class SelfEvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads, scores and reviews the inputs; prints import problems; keeps what the caller asks for. */
    abstract static class Inputs implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "<文件或文件夹>", arity = "1..*", description = "自评表工作簿（.xlsx）或包含工作簿的文件夹")
        List<Path> inputs;

        @Option(names = "--threads", description = "并行读取的工作簿数（默认 ${DEFAULT-VALUE}）", defaultValue = "2")
        int threads;

        SelfEvalBatch.Result run(java.util.function.Consumer<SelfEvalBatch.Processed> sink) throws IOException {
            List<Path> files = SelfEvalBatch.expand(inputs);
            return SelfEvalBatch.process(files, threads, sink);
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        /** Prints the import problems and the batch line; returns the exit code so far. */
        int report(SelfEvalBatch.Result result) {
            PrintWriter err = err();
            for (Finding problem : result.problems()) {
                err.println(line(problem));
            }
            out().println("共读取工作簿 " + result.files() + " 个，导入自评表 " + result.tablesImported() + " 张"
                    + (result.tablesNotImported() > 0 ? "，未导入 " + result.tablesNotImported() + " 张（见上方错误）" : "")
                    + (result.filesRejected() > 0 ? "；有错误的工作簿 " + result.filesRejected() + " 个未导入" : "") + "。");
            return result.hasImportErrors() ? ExitCodes.BAD_INPUT : ExitCodes.OK;
        }
    }

    static String line(Finding f) {
        StringBuilder text = new StringBuilder("[").append(f.severity().label()).append("] ").append(f.code()).append(' ')
                .append(f.location().describe()).append("：").append(f.message());
        if (f.printed() != null || f.expected() != null) {
            text.append("（填报 ").append(f.printed() == null ? "—" : f.printed()).append("，复核 ")
                    .append(f.expected() == null ? "—" : f.expected()).append("）");
        }
        return text.toString();
    }

    @Command(name = "template", mixinStandardHelpOptions = true, description = "生成可填写的自评表工作簿：按实际版式的自评表、批量录入表和填表说明。")
    static final class Template implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-o", "--output"}, required = true, description = "输出文件，如 自评表.xlsx")
        Path output;

        @Override
        public Integer call() throws IOException {
            List<String[]> rows = List.of(new String[] {"成本指标", "经济成本指标"}, new String[] {"产出指标", "数量指标"},
                    new String[] {"产出指标", "质量指标"}, new String[] {"产出指标", "时效指标"}, new String[] {"效益指标", "经济效益指标"},
                    new String[] {"效益指标", "社会效益指标"}, new String[] {"效益指标", "可持续发展影响指标"},
                    new String[] {"满意度指标", "服务对象满意度指标"});
            try (OutputStream out = Files.newOutputStream(output); SelfEvalWorkbookWriter writer = new SelfEvalWorkbookWriter(out, true)) {
                writer.rows("填表说明", List.of(
                        List.of("填表说明"),
                        List.of("1. 每个项目一张“项目”工作表（可复制该表），按实际版式填写；或在“批量录入”表中每个指标填一行，项目信息在每行重复填写。"),
                        List.of("2. 金额单位为万元；执行率填百分数（如 74.14%）；分值、得分填数字。"),
                        List.of("3. 年度指标值写运算符、数值和单位，如“≥230家”“≤220万元”“=100%”；定性指标直接写“及时”“有效”等。"),
                        List.of("4. 实际完成值：定量指标写数值和单位（如“259家”）；定性指标写“完成/部分完成/未完成”。"),
                        List.of("5. 执行率得分 = 10 × min(B/A, 1)；总分 = 执行率得分 + 各指标得分。导入时重新计算并与填报值比对。")), 120);
                writer.emptyTable("项目1", rows);
                writer.emptyFlat();
            }
            spec.commandLine().getOut().println("已生成自评表模板：" + output);
            return ExitCodes.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "导入自评表工作簿，重新计算执行率得分、指标得分、总分和等级。")
    static final class Import extends Inputs {
        /** Rows that set the column widths of the printed table before it streams. */
        static final int STREAM_SAMPLE = 200;

        @Override
        public Integer call() throws IOException {
            // each table is printed as soon as it is scored: nothing of the batch is held but the first rows that set the widths
            TextTable table = TextTable.streaming(out(), STREAM_SAMPLE,
                    List.of("工作簿 › 工作表", "项目名称", "执行率", "执行率得分", "指标得分", "总分", "等级", "填报总分"),
                    false, false, true, true, true, true, false, true);
            SelfEvalBatch.Result result = run(p -> {
                SelfEvalScore s = p.score();
                table.row(s.table().source().describe(), s.table().project(), s.executionRate() == null ? "—" : ChineseNumbers.percent(s.executionRate()),
                        ChineseNumbers.fixed2(s.executionPoints()), ChineseNumbers.fixed2(s.indicatorPoints()), ChineseNumbers.fixed2(s.total()),
                        s.grade(), s.recordedTotal() == null ? "—" : ChineseNumbers.fixed2(s.recordedTotal()));
            });
            table.finish();
            return report(result);
        }
    }

    @Command(name = "review", mixinStandardHelpOptions = true, description = "复核自评表：总分、执行率得分、未完成满分、低执行满分、指标值保守、缺成本/满意度指标等。")
    static final class Review extends Inputs {
        @Option(names = {"-o", "--output"}, description = "复核发现工作簿（.xlsx）")
        Path output;

        @Option(names = "--show", description = "控制台最多列出的发现条数（默认 ${DEFAULT-VALUE}）", defaultValue = "30")
        int show;

        @Override
        public Integer call() throws IOException {
            List<Finding> findings = new ArrayList<>();
            int[] tables = {0, 0};
            SelfEvalBatch.Result result = run(p -> {
                tables[0]++;
                if (!p.findings().isEmpty()) {
                    tables[1]++;
                }
                findings.addAll(p.findings());
            });
            findings.addAll(result.summaryFindings());
            int exit = report(result);
            List<Finding> all = new ArrayList<>(result.problems());
            all.addAll(findings);
            Map<String, int[]> byCode = new LinkedHashMap<>();
            for (Finding f : findings) {
                byCode.computeIfAbsent(f.severity().label() + " " + f.code(), k -> new int[1])[0]++;
            }
            PrintWriter out = out();
            out.println("复核自评表 " + tables[0] + " 张，其中 " + tables[1] + " 张有发现；错误 " + count(findings, Severity.ERROR) + " 条，警告 "
                    + count(findings, Severity.WARNING) + " 条，提示 " + count(findings, Severity.INFO) + " 条。");
            byCode.forEach((code, n) -> out.println("  " + code + "：" + n[0] + " 条"));
            findings.stream().limit(show).forEach(f -> out.println(line(f)));
            if (findings.size() > show) {
                out.println("……另有 " + (findings.size() - show) + " 条" + (output == null ? "，用 -o 输出到工作簿查看全部" : "，见工作簿"));
            }
            if (output != null) {
                try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(output))) {
                    SelfEvalExport.findings(stream, all);
                }
                out.println("复核发现已写入：" + output);
            }
            return exit;
        }

        private static long count(List<Finding> findings, Severity severity) {
            return findings.stream().filter(f -> f.severity() == severity).count();
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "导出自评表和汇总表（序号、项目名称、自评得分、自评等级）为 .xlsx 和 .docx。")
    static final class Export extends Inputs {
        @Option(names = {"-o", "--output"}, required = true, description = "输出文件夹")
        Path output;

        @Option(names = "--title", description = "汇总表标题（默认 ${DEFAULT-VALUE}）", defaultValue = "项目支出绩效自评情况汇总表")
        String title;

        @Option(names = "--department", description = "预算部门名称", defaultValue = "")
        String department;

        @Override
        public Integer call() throws IOException {
            List<SelfEvalScore> scores = new ArrayList<>();
            SelfEvalBatch.Result result = run(p -> scores.add(p.score()));
            int exit = report(result);
            Files.createDirectories(output);
            Path xlsx = output.resolve("自评表导出.xlsx");
            Path docx = output.resolve("自评表导出.docx");
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(xlsx))) {
                SelfEvalExport.workbook(stream, title, department, scores);
            }
            List<SelfEvalTable> published = scores.stream().map(SelfEvalExport::published).toList();
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(docx))) {
                SelfEvalDocx.write(stream, title, department, SelfEvalExport.summary(scores), published);
            }
            out().println("已导出 " + scores.size() + " 张自评表和汇总表：" + xlsx + "、" + docx);
            return exit;
        }
    }

    @Command(name = "sample", mixinStandardHelpOptions = true, description = "抽取抽查复核样本：满足数量和金额两个覆盖下限的最小样本，按风险排序抽取并说明理由。")
    static final class SampleCmd extends Inputs {
        @Option(names = "--min-count", description = "按项目数量的最低抽查比例（默认 ${DEFAULT-VALUE}）", defaultValue = "30%")
        String minCount;

        @Option(names = "--min-amount", description = "按预算金额的最低抽查比例（默认 ${DEFAULT-VALUE}）", defaultValue = "60%")
        String minAmount;

        @Option(names = "--seed", description = "随机种子：风险相同的项目之间的先后（默认 ${DEFAULT-VALUE}）", defaultValue = "1")
        long seed;

        @Option(names = {"-o", "--output"}, description = "样本清单工作簿（.xlsx）")
        Path output;

        @Override
        public Integer call() throws IOException {
            BigDecimal count = percent(minCount);
            BigDecimal amount = percent(minAmount);
            if (count == null || amount == null) {
                err().println("抽查比例应为 0% 到 100% 之间的百分数，如 --min-count 30% --min-amount 60%");
                return ExitCodes.BAD_INPUT;
            }
            List<SampleCandidate> candidates = new ArrayList<>();
            SelfEvalBatch.Result result = run(p -> candidates.add(p.candidate()));
            int exit = report(result);
            Sample sample = Sampler.draw(candidates, new SamplingRule(count, amount, seed));
            TextTable table = new TextTable(List.of("顺序", "工作簿 › 工作表", "项目名称", "金额(万元)", "执行率", "自评得分", "抽取理由"),
                    true, false, false, true, true, true, false);
            for (Sample.Drawn d : sample.drawn()) {
                table.row(String.valueOf(d.order()), d.candidate().id(), d.candidate().project(), ChineseNumbers.amount(d.candidate().amount()),
                        d.candidate().executionRate() == null ? "—" : ChineseNumbers.percent(d.candidate().executionRate()),
                        ChineseNumbers.plain(d.candidate().total()), d.reason());
            }
            PrintWriter out = out();
            out.print(table.render());
            out.println("抽取 " + sample.drawn().size() + " / " + sample.population() + " 个项目（" + ChineseNumbers.percent(sample.countPercent())
                    + "，下限 " + minCount + "），金额 " + ChineseNumbers.amount(sample.drawnAmount()) + " / " + ChineseNumbers.amount(sample.populationAmount())
                    + " 万元（" + ChineseNumbers.percent(sample.amountPercent()) + "，下限 " + minAmount + "），种子 " + seed + "。");
            if (output != null) {
                try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(output))) {
                    SelfEvalExport.sample(stream, sample);
                }
                out.println("样本清单已写入：" + output);
            }
            return exit;
        }

        private static BigDecimal percent(String text) {
            String t = text.strip().replace("％", "%");
            try {
                BigDecimal value = new BigDecimal(t.endsWith("%") ? t.substring(0, t.length() - 1) : t);
                return value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 ? null : value;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    @Command(name = "convert", mixinStandardHelpOptions = true, description = "把文本格式（jixiao.selfeval/1 YAML）的自评表批次写成工作簿。")
    static final class Convert implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "<yaml>", description = "自评表批次文件")
        Path input;

        @Option(names = {"-o", "--output"}, required = true, description = "输出工作簿（.xlsx）")
        Path output;

        @Override
        public Integer call() throws IOException {
            SelfEvalYaml.Batch batch;
            try {
                batch = SelfEvalYaml.read(input);
            } catch (DatasetException e) {
                e.problems().stream().map(DatasetProblem::describe).forEach(spec.commandLine().getErr()::println);
                return ExitCodes.BAD_INPUT;
            }
            try (OutputStream out = Files.newOutputStream(output); SelfEvalWorkbookWriter writer = new SelfEvalWorkbookWriter(out, true)) {
                if (!batch.summary().isEmpty()) {
                    writer.summary(batch.summaryTitle(), batch.department(), batch.summary());
                }
                int seq = 1;
                for (SelfEvalTable table : batch.tables()) {
                    writer.table(seq++ + "-" + table.project(), table);
                }
            }
            spec.commandLine().getOut().println("已写入 " + batch.tables().size() + " 张自评表" + (batch.summary().isEmpty() ? "" : "和汇总表") + "：" + output);
            return ExitCodes.OK;
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true, description = "生成合成自评表批次（含已知的注入错误，记录在 manifest.tsv），用于测试和性能测试。")
    static final class Generate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--count", required = true, description = "自评表张数")
        int count;

        @Option(names = {"-o", "--output"}, required = true, description = "输出文件夹")
        Path output;

        @Option(names = "--seed", defaultValue = "42", description = "随机种子（默认 ${DEFAULT-VALUE}）")
        long seed;

        @Option(names = "--defect-share", defaultValue = "0.1", description = "注入一项复核错误的表所占比例（默认 ${DEFAULT-VALUE}）")
        double defectShare;

        @Option(names = "--bad-files", defaultValue = "5", description = "另加的错误输入工作簿数（默认 ${DEFAULT-VALUE}）")
        int badFiles;

        @Option(names = "--per-file", defaultValue = "1000", description = "每个工作簿的自评表张数（默认 ${DEFAULT-VALUE}）")
        int perFile;

        @Option(names = "--plain", description = "不写合并单元格和边框（生成更快）")
        boolean plain;

        @Override
        public Integer call() throws IOException {
            long start = System.nanoTime();
            SyntheticBatch.Generated generated = SyntheticBatch.generate(output, count, seed, defectShare, badFiles, Math.max(1, perFile), !plain);
            spec.commandLine().getOut().println("已生成 " + generated.files().size() + " 个工作簿、" + generated.tables() + " 张自评表，注入错误 "
                    + generated.injected().size() + " 处（见 " + output.resolve(SyntheticBatch.MANIFEST) + "），用时 "
                    + seconds(System.nanoTime() - start) + " 秒。");
            return ExitCodes.OK;
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true, description = "性能测试：导入+计分+复核 N 张自评表的速度和堆内存峰值，并与只用 fastexcel-reader 读取同样文件的用时比较。")
    static final class Bench implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--count", defaultValue = "100000", description = "自评表张数（默认 ${DEFAULT-VALUE}）")
        int count;

        @Option(names = "--dir", description = "数据文件夹（默认在临时目录；已有同样张数的数据时直接使用）")
        Path dir;

        @Option(names = "--per-file", defaultValue = "1000", description = "每个工作簿的自评表张数（默认 ${DEFAULT-VALUE}）")
        int perFile;

        @Option(names = "--threads", defaultValue = "2", description = "并行读取的工作簿数（默认 ${DEFAULT-VALUE}）")
        int threads;

        @Option(names = "--rounds", defaultValue = "2", description = "交替测量的轮数，取最好一轮（默认 ${DEFAULT-VALUE}）")
        int rounds;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Path data = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"), "jixiao-bench-" + count);
            Path marker = data.resolve("bench-" + count + "-" + perFile + ".done");
            if (!Files.exists(marker)) {
                long start = System.nanoTime();
                SyntheticBatch.generate(data, count, 42, 0.1, 0, perFile, true);
                Files.writeString(marker, "ok");
                out.println("生成 " + count + " 张自评表用时 " + seconds(System.nanoTime() - start) + " 秒（不计入测试）");
            }
            List<Path> files = SelfEvalBatch.expand(List.of(data));
            // warm-up on the first workbook, both ways
            rawRead(files.subList(0, 1), 1);
            SelfEvalBatch.process(files.subList(0, 1), 1, p -> { });
            // Two rounds, alternating, so that neither side profits from a warmer page cache or JIT: the best round counts.
            long raw = Long.MAX_VALUE;
            long ours = Long.MAX_VALUE;
            // the process's CPU time (every thread, the collector's too): on a machine others load, the fair comparison
            long rawCpu = Long.MAX_VALUE;
            long oursCpu = Long.MAX_VALUE;
            long cells = 0;
            long rawPeak = 0;
            long peak = 0;
            long[] counts = {0, 0};
            SelfEvalBatch.Result result = null;
            for (int round = 1; round <= rounds; round++) {
                System.gc();
                resetPeaks();
                long rawStart = System.nanoTime();
                long rawCpuStart = cpuTime();
                cells = rawRead(files, threads);
                long rawTime = System.nanoTime() - rawStart;
                long rawCpuTime = cpuTime() - rawCpuStart;
                raw = Math.min(raw, rawTime);
                rawCpu = Math.min(rawCpu, rawCpuTime);
                rawPeak = Math.max(rawPeak, peakHeap());
                System.gc();
                resetPeaks();
                counts[0] = 0;
                counts[1] = 0;
                long start = System.nanoTime();
                long cpuStart = cpuTime();
                result = SelfEvalBatch.process(files, threads, p -> {
                    counts[0]++;
                    counts[1] += p.findings().size();
                });
                long ourTime = System.nanoTime() - start;
                long ourCpuTime = cpuTime() - cpuStart;
                ours = Math.min(ours, ourTime);
                oursCpu = Math.min(oursCpu, ourCpuTime);
                peak = Math.max(peak, peakHeap());
                out.println("第 " + round + " 轮：仅读取 " + seconds(rawTime) + " 秒（CPU " + seconds(rawCpuTime) + " 秒），导入+计分+复核 "
                        + seconds(ourTime) + " 秒（CPU " + seconds(ourCpuTime) + " 秒）");
            }
            double perSecond = counts[0] / (ours / 1e9);
            out.println("机器：" + Runtime.getRuntime().availableProcessors() + " 核，最大堆 " + (Runtime.getRuntime().maxMemory() >> 20) + " MB，Java "
                    + System.getProperty("java.version"));
            out.println("数据：" + files.size() + " 个工作簿，" + count + " 张自评表（每个工作簿 " + perFile + " 张，每表一个工作表），读取线程 " + threads);
            out.println("仅 fastexcel-reader 读取全部单元格（最好一轮）：" + seconds(raw) + " 秒（" + cells + " 个单元格），堆峰值 " + (rawPeak >> 20) + " MB");
            out.println("导入+计分+复核（最好一轮）：" + seconds(ours) + " 秒，" + Math.round(perSecond) + " 张/秒，导入 " + counts[0] + " 张，复核发现 "
                    + counts[1] + " 条，导入错误 " + result.problems().size() + " 条，堆峰值 " + (peak >> 20) + " MB");
            out.println("开销比（导入+计分+复核 ÷ 仅读取）：" + String.format("%.2f", (double) ours / raw) + "（按用时），"
                    + String.format("%.2f", (double) oursCpu / rawCpu) + "（按 CPU 时间：仅读取 " + seconds(rawCpu) + " 秒，导入+计分+复核 "
                    + seconds(oursCpu) + " 秒）");
            out.println("测量时系统负载（1 分钟平均）：" + String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            return ExitCodes.OK;
        }

        /** The CPU time of the whole process so far, in nanoseconds (0 where the JVM cannot tell). */
        private static long cpuTime() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : 0;
        }

        /** Reads every cell of every sheet with fastexcel-reader alone: the floor our import cannot go below. */
        private static long rawRead(List<Path> files, int threads) throws Exception {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, threads));
            try {
                List<java.util.concurrent.Future<Long>> futures = new ArrayList<>();
                for (Path file : files) {
                    futures.add(pool.submit(() -> {
                        long cells = 0;
                        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
                            for (Sheet sheet : wb.getSheets().toList()) {
                                try (Stream<Row> rows = sheet.openStream()) {
                                    cells += rows.mapToLong(r -> {
                                        long n = 0;
                                        for (int c = 0; c < r.getCellCount(); c++) {
                                            if (r.getCell(c) != null && r.getCell(c).getValue() != null) {
                                                n++;
                                            }
                                        }
                                        return n;
                                    }).sum();
                                }
                            }
                        }
                        return cells;
                    }));
                }
                long total = 0;
                for (java.util.concurrent.Future<Long> f : futures) {
                    total += f.get();
                }
                return total;
            } finally {
                pool.shutdownNow();
            }
        }

        private static void resetPeaks() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
        }

        /** Σ of the heap pools' peak usage since the last reset (an upper bound of the real peak). */
        private static long peakHeap() {
            long sum = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    sum += pool.getPeakUsage().getUsed();
                }
            }
            return sum;
        }
    }

    static String seconds(long nanos) {
        return String.format("%.1f", nanos / 1e9);
    }
}
