package org.jixiao.app.cli;

import static org.jixiao.core.number.ChineseNumbers.amount;
import static org.jixiao.core.number.ChineseNumbers.percent;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.ratio.Change;
import org.jixiao.core.ratio.HistoryTables;
import org.jixiao.core.ratio.MonthlyProgress;
import org.jixiao.core.ratio.ProjectExecution;
import org.jixiao.core.ratio.Ratio;
import org.jixiao.formats.dataset.DatasetReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ratios", mixinStandardHelpOptions = true,
        description = "计算标准比率（共性指标）并列出每个比率的公式和计算过程，以及月度执行进度、项目执行率和历年变动。")
final class RatiosCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<dataset>", description = "评价数据文件（.yaml 或 .json）")
    Path dataset;

    @Option(names = "--format", defaultValue = "text", description = "输出格式：text（默认）或 json")
    OutputFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DatasetReader.Read read = DatasetLoading.load(dataset, err, false);
        if (read == null) {
            return ExitCodes.BAD_INPUT;
        }
        EvaluationResult result = read.score();
        if (format == OutputFormat.json) {
            out.println(Json.write(toJson(result)));
        } else {
            printText(result, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void printText(EvaluationResult result, PrintWriter out) {
        out.println(result.evaluation().meta().displayTitle() + " — 标准比率");
        out.println();
        for (Ratio ratio : result.ratios().all()) {
            out.println(ratio.label() + "：" + percent(ratio.percent()));
            out.println("    公式：" + ratio.formula());
            out.println("    计算：" + ratio.derivation());
        }
        result.ratios().missingInputs().forEach((id, missing) ->
                out.println(id.label() + "：无法计算（缺少：" + String.join("、", missing) + "）"));

        result.monthly().ifPresent(monthly -> {
            out.println();
            out.println(monthly.source().fund() == null ? "预算执行进度与序时进度对比（单位：" + monthly.source().unit() + "）"
                    : monthly.source().fund() + "执行进度与序时进度对比（单位：" + monthly.source().unit() + "）");
            TextTable table = new TextTable(List.of("月份", "月度累计执行数", "当月执行数", "预算执行进度", "序时进度", "差距(百分点)"),
                    false, true, true, true, true, true);
            for (MonthlyProgress.Month m : monthly.months()) {
                table.row(m.label(), amount(m.cumulative()), m.spent() == null ? "—" : amount(m.spent()), pct(m.progressPercent()),
                        percent(m.schedulePercent()), m.gapPoints() == null ? "—" : m.gapPoints().toPlainString());
            }
            out.print(table.render());
            out.println("低于序时进度的月份：" + monthly.behindSchedule().size() + " 个");
        });

        ProjectExecution projects = result.projectExecution();
        if (!projects.rows().isEmpty()) {
            out.println();
            out.println("项目预算执行情况（" + projects.rows().size() + " 个项目）");
            TextTable table = new TextTable(List.of("项目", "年初批复数", "年中调整数", "预算执行数", "预算执行率"), false, true, true, true, true);
            for (ProjectExecution.Row row : projects.rows()) {
                table.row(row.project().name(), amount(row.project().initial()), amount(row.project().adjusted()),
                        amount(row.project().executed()), pct(row.ratePercent()));
            }
            ProjectExecution.Totals t = projects.totals();
            table.row("合计", amount(t.initial()), amount(t.adjusted()), amount(t.executed()), pct(t.ratePercent()));
            out.print(table.render());
        }

        HistoryTables history = result.history();
        printYears(out, "历年收入决算及环比增长率", history.income());
        printYears(out, "历年支出决算及环比增长率", history.expenditure());
        if (!history.adjustments().isEmpty()) {
            out.println();
            out.println("历年预算调整率");
            TextTable table = new TextTable(List.of("年度", "项目", "年初预算数", "调整预算数", "预算调整率"), false, false, true, true, true);
            for (HistoryTables.AdjustmentRate rate : history.adjustments()) {
                table.row(String.valueOf(rate.row().year()), rate.row().item(), amount(rate.row().initial()),
                        amount(rate.row().adjusted()), pct(rate.change().ratePercent()));
            }
            out.print(table.render());
        }
    }

    private static void printYears(PrintWriter out, String title, List<HistoryTables.YearRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        out.println();
        out.println(title);
        TextTable table = new TextTable(List.of("年度", "合计", "增减额", "环比增长率"), false, true, true, true);
        for (HistoryTables.YearRow row : rows) {
            Change c = row.change();
            table.row(String.valueOf(row.year()), amount(row.total()), c == null ? "——" : amount(c.difference()),
                    c == null ? "——" : pct(c.ratePercent()));
        }
        out.print(table.render());
    }

    private static String pct(BigDecimal value) {
        return value == null ? "—" : percent(value);
    }

    static Map<String, Object> toJson(EvaluationResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", "jixiao.ratios/1");
        json.put("ratios", result.ratios().all().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id().key());
            m.put("name", r.label());
            m.put("percent", r.percent());
            m.put("formula", r.formula());
            m.put("derivation", r.derivation());
            m.put("inputs", r.inputs().stream().map(i -> Map.of("label", i.label(), "value", i.value(), "unit", i.unit())).toList());
            return m;
        }).toList());
        Map<String, Object> missing = new LinkedHashMap<>();
        result.ratios().missingInputs().forEach((id, inputs) -> missing.put(id.key(), inputs));
        json.put("unavailable", missing);
        result.monthly().ifPresent(monthly -> json.put("monthly", monthly.months().stream().map(m -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("month", m.month());
            row.put("label", m.label());
            row.put("cumulative", m.cumulative());
            row.put("spent", m.spent());
            row.put("progress", m.progressPercent());
            row.put("schedule", m.schedulePercent());
            return row;
        }).toList()));
        ProjectExecution.Totals totals = result.projectExecution().totals();
        Map<String, Object> projects = new LinkedHashMap<>();
        projects.put("count", result.projectExecution().rows().size());
        projects.put("initial", totals.initial());
        projects.put("adjusted", totals.adjusted());
        projects.put("executed", totals.executed());
        projects.put("rate", totals.ratePercent());
        json.put("projects", projects);
        return json;
    }
}
