package org.jixiao.app.cli;

import static org.jixiao.core.number.ChineseNumbers.fixed2;
import static org.jixiao.core.number.ChineseNumbers.percent;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.indicator.ScoredIndicator;
import org.jixiao.core.number.Decimals;
import org.jixiao.formats.dataset.DatasetReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = "计算评价得分：输出指标树（名称、分值、得分、得分率）、综合得分和评价等级。")
final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<dataset>", description = "评价数据文件（.yaml 或 .json）")
    Path dataset;

    @Option(names = "--format", defaultValue = "text", description = "输出格式：text（默认）或 json")
    OutputFormat format;

    @Option(names = "--explain", description = "在每个末级指标下列出计分说明")
    boolean explain;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DatasetReader.Read read = DatasetLoading.load(dataset, err, format == OutputFormat.text);
        if (read == null) {
            return ExitCodes.BAD_INPUT;
        }
        EvaluationResult result = read.score();
        if (format == OutputFormat.json) {
            Map<String, Object> json = toJson(result);
            if (read.printedChecked() > 0) {
                json.put("printed", PrintedFiguresOutput.json(read));
            }
            out.println(Json.write(json));
        } else {
            printText(result, out);
            PrintedFiguresOutput.print(read, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void printText(EvaluationResult result, PrintWriter out) {
        out.println(result.evaluation().meta().displayTitle());
        out.println();
        TextTable table = new TextTable(List.of("指标", "分值", "得分", "得分率"), false, true, true, true);
        for (ScoredIndicator root : result.indicators()) {
            root.visit(node -> {
                table.row("  ".repeat(node.level() - 1) + node.name(), fixed2(node.weight()), fixed2(node.score()),
                        node.ratePercent() == null ? "—" : percent(node.ratePercent()));
                if (explain && node.isLeaf()) {
                    table.row("  ".repeat(node.level()) + "└ " + node.explanation(), "", "", "");
                }
            });
        }
        table.row("综合得分", fixed2(result.totalWeight()), fixed2(result.totalScore()),
                result.totalRatePercent() == null ? "—" : percent(result.totalRatePercent()));
        out.print(table.render());
        out.println();
        out.println("综合得分 " + fixed2(result.totalScore()) + " 分，评价等级：" + result.grade());
    }

    static Map<String, Object> toJson(EvaluationResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", "jixiao.score/1");
        json.put("title", result.evaluation().meta().displayTitle());
        json.put("department", result.evaluation().meta().department());
        json.put("year", result.evaluation().meta().year());
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("weight", Decimals.round2(result.totalWeight()));
        total.put("score", result.totalScore());
        total.put("rate", result.totalRatePercent());
        total.put("grade", result.grade());
        json.put("total", total);
        json.put("indicators", result.indicators().stream().map(ScoreCommand::node).toList());
        return json;
    }

    private static Map<String, Object> node(ScoredIndicator node) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", node.name());
        json.put("level", node.level());
        json.put("weight", Decimals.round2(node.weight()));
        json.put("score", node.score());
        json.put("rate", node.ratePercent());
        if (node.isLeaf()) {
            json.put("rule", node.indicator().rule().kind());
            json.put("explanation", node.explanation());
        } else {
            json.put("children", node.children().stream().map(ScoreCommand::node).toList());
        }
        return json;
    }

}
