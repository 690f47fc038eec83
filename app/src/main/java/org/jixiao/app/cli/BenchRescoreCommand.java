package org.jixiao.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.ratio.StandardRatios;
import org.jixiao.formats.dataset.DatasetException;
import org.jixiao.formats.dataset.DatasetReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The work of one live re-score while editing (the server's preview), timed in one process: the edit of
 * {@code bench/web-load.sh} (a deduction of the first leaf set to 0.5) applied to a copy of the dataset's tree, which is
 * then checked and scored. Beside it, the same with the work the server used to do as well (validating a second time,
 * the standard ratios twice more, the dataset written out as YAML), in alternating rounds on the same thread, so that
 * both see the same machine. Thread CPU time is reported beside wall time: on a shared machine it is the steadier figure.
 */
@Command(name = "rescore", mixinStandardHelpOptions = true,
        description = "边改边计分的耗时：修改一处扣分后校验并计分整份评价（界面输入时的预览），与旧做法（重复校验、重复计算比率、写出 YAML）交替计时。")
final class BenchRescoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<dataset>", description = "评价数据文件，如 examples/weihai-econ-2022.yaml")
    Path dataset;

    @Option(names = "--warmup", defaultValue = "2000", description = "每种做法的预热次数（默认 ${DEFAULT-VALUE}）")
    int warmup;

    @Option(names = "--rounds", defaultValue = "20", description = "计时轮数（默认 ${DEFAULT-VALUE}）")
    int rounds;

    @Option(names = "--per-round", defaultValue = "200", description = "每轮每种做法的次数（默认 ${DEFAULT-VALUE}）")
    int perRound;

    private static final String LEAF = "/indicators/0/children/0/children/0";
    /** The YAML writer of the server's dataset text (server.evaluation.DatasetText), features as there. */
    private static final ObjectMapper YAML_WRITER = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String name = dataset.getFileName().toString();
        DatasetReader.Read read = DatasetReader.read(name, Files.readString(dataset), false);
        ObjectNode tree = (ObjectNode) read.tree();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Variant now = () -> DatasetReader.read(name, edited(tree)).score();
        Variant old = () -> {
            ObjectNode copy = edited(tree);
            Evaluation evaluation = DatasetReader.read(name, copy).evaluation();
            EvaluationScorer.score(evaluation); // validated again, as the scorer did by itself
            StandardRatios.compute(evaluation.budget(), evaluation.projects(), evaluation.monthly()); // the third computation
            YAML_WRITER.writeValueAsString(copy); // the text a preview wrote and nobody read
        };
        for (int i = 0; i < warmup; i++) {
            now.run();
            old.run();
        }
        double[][] wall = new double[2][rounds];
        double[][] cpu = new double[2][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < 2; k++) {
                int which = (round + k) % 2; // alternate which goes first
                Variant variant = which == 0 ? now : old;
                long w = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < perRound; i++) {
                    variant.run();
                }
                cpu[which][round] = (threads.getCurrentThreadCpuTime() - c) / 1e6 / perRound;
                wall[which][round] = (System.nanoTime() - w) / 1e6 / perRound;
            }
        }
        out.printf("machine: %d cores, Java %s, max heap %d MB; %s; %d rounds × %d re-scores each way after %d warm-up%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                dataset, rounds, perRound, warmup);
        out.printf("re-score now:              median %.3f ms wall, %.3f ms CPU (best round %.3f ms wall)%n",
                median(wall[0]), median(cpu[0]), min(wall[0]));
        out.printf("re-score as before (2×validation, 3×ratios, YAML written): median %.3f ms wall, %.3f ms CPU (best round %.3f ms wall)%n",
                median(wall[1]), median(cpu[1]), min(wall[1]));
        out.printf("saved: %.0f%% of the CPU time%n", 100 * (1 - median(cpu[0]) / median(cpu[1])));
        return ExitCodes.OK;
    }

    private interface Variant {
        void run() throws DatasetException, java.io.IOException;
    }

    private static ObjectNode edited(ObjectNode tree) {
        ObjectNode copy = tree.deepCopy();
        ObjectNode rule = (ObjectNode) copy.at(LEAF + "/rule");
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        item.put("points", new BigDecimal("0.5"));
        item.put("reason", "复核后调整扣分");
        rule.putArray("items").add(item);
        return copy;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }
}
