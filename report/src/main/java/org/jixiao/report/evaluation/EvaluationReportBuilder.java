package org.jixiao.report.evaluation;

import static org.jixiao.core.number.ChineseNumbers.amount;
import static org.jixiao.core.number.ChineseNumbers.fixed2;
import static org.jixiao.core.number.ChineseNumbers.percent;
import static org.jixiao.core.number.ChineseNumbers.plain;
import static org.jixiao.core.number.ChineseNumbers.plainAmount;
import static org.jixiao.core.number.ChineseNumbers.plainPercent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.evaluation.Findings;
import org.jixiao.core.evaluation.Meta;
import org.jixiao.core.grade.GradeBand;
import org.jixiao.core.grade.GradeScheme;
import org.jixiao.core.indicator.ScoredIndicator;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.ratio.BudgetFacts;
import org.jixiao.core.ratio.History;
import org.jixiao.core.ratio.HistoryTables;
import org.jixiao.core.ratio.MonthlyProgress;
import org.jixiao.core.ratio.ProjectExecution;
import org.jixiao.core.ratio.RatioId;
import org.jixiao.core.targets.TargetAssessment;
import org.jixiao.report.document.Block;
import org.jixiao.report.document.Block.Align;
import org.jixiao.report.document.Block.Cell;
import org.jixiao.report.document.Block.Column;
import org.jixiao.report.document.ChineseNumerals;
import org.jixiao.report.document.ReportDocument;

/**
 * Builds the department evaluation report (domain §7) from a computed evaluation: every number, table, sentence of
 * the formulaic kind and cross-reference comes from the data; the evaluator's prose is placed where it belongs, and a
 * visible 【待填写：…】 where it is missing.
 */
public final class EvaluationReportBuilder {
    private static final String[] LEVEL_NAMES = {"一级指标", "二级指标", "三级指标", "四级指标", "五级指标", "六级指标"};
    private static final BigDecimal CONSERVATIVE_PERCENT = BigDecimal.valueOf(150);

    private final EvaluationResult result;
    private final Evaluation evaluation;
    private final Meta meta;
    private int chapter;
    private int annex;
    private int tableNumber;
    private int figureNumber;
    private boolean monthlyShown;

    private EvaluationReportBuilder(EvaluationResult result) {
        this.result = result;
        this.evaluation = result.evaluation();
        this.meta = evaluation.meta();
    }

    /** The report with its parts in the default order. */
    public static ReportDocument build(EvaluationResult result) {
        return build(result, List.of(ReportPart.values()));
    }

    /** The report with the given parts, numbered in that order (the order in which a template places them). */
    public static ReportDocument build(EvaluationResult result, List<ReportPart> order) {
        return new EvaluationReportBuilder(result).document(order);
    }

    private ReportDocument document(List<ReportPart> order) {
        Map<String, List<Block>> parts = new LinkedHashMap<>();
        for (ReportPart part : order) {
            parts.put(part.tag(), part(part));
        }
        return new ReportDocument(values(), parts);
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", meta.displayTitle());
        values.put("department", meta.department());
        values.put("department_short", shortName());
        values.put("year", String.valueOf(meta.year()));
        values.put("subject", meta.subject());
        values.put("client", orPlaceholder(meta.client(), "委托单位"));
        values.put("agency", orPlaceholder(meta.agency(), "评价机构"));
        values.put("report_no", meta.reportNo() == null ? "" : meta.reportNo());
        values.put("report_date", meta.reportDate() == null ? "【待填写：报告日期】" : chineseDate(meta.reportDate()));
        values.put("total_score", fixed2(result.totalScore()));
        values.put("total_rate", result.totalRatePercent() == null ? "—" : percent(result.totalRatePercent()));
        values.put("grade", result.grade());
        return values;
    }

    private List<Block> part(ReportPart part) {
        List<Block> blocks = new ArrayList<>();
        switch (part.kind()) {
            case UNNUMBERED -> blocks.add(new Block.Heading(1, part.title()));
            case CHAPTER -> blocks.add(new Block.Heading(1, ChineseNumerals.of(++chapter) + "、" + part.title()));
            case ANNEX -> blocks.add(new Block.Heading(1, "附件" + (++annex) + "：" + meta.displayTitle().replace("报告", "") + part.title()));
        }
        switch (part) {
            case SUMMARY -> summary(blocks);
            case BASIC_INFO -> basicInfo(blocks);
            case EVALUATION_INFO -> evaluationInfo(blocks);
            case CONCLUSION -> conclusion(blocks);
            case INDICATOR_ANALYSIS -> indicatorAnalysis(blocks);
            case ACHIEVEMENTS -> prose(blocks, evaluation.findings().achievements(), "主要成效");
            case PROBLEMS -> prose(blocks, evaluation.findings().problems(), "存在的问题及原因分析");
            case SUGGESTIONS -> prose(blocks, evaluation.findings().suggestions(), "意见建议");
            case ANNEX_SCORES -> annexScores(blocks);
            case ANNEX_TARGETS -> annexTargets(blocks);
        }
        return blocks;
    }

    // ---------------------------------------------------------------------------------------------------- 摘要

    private void summary(List<Block> blocks) {
        blocks.add(Block.Paragraph.of("本次绩效评价由" + orPlaceholder(meta.client(), "委托单位") + "委托" + orPlaceholder(meta.agency(), "评价机构")
                + "实施，评价对象为" + meta.department() + "（以下简称" + shortName() + "）" + meta.year() + "年度" + meta.subject()
                + "绩效目标的实现情况和预算资金的执行情况。"));
        budgetSentence().ifPresent(s -> blocks.add(Block.Paragraph.of(s)));
        blocks.add(new Block.Paragraph(conclusionSentence(), true));
        int i = 0;
        for (ScoredIndicator level1 : result.indicators()) {
            blocks.add(Block.Paragraph.of("（" + ChineseNumerals.of(++i) + "）" + level1.name() + "方面：" + level1.scoreLine().replace("该指标", "指标")));
        }
        List<Findings.Section> problems = evaluation.findings().problems();
        if (!problems.isEmpty()) {
            blocks.add(Block.Paragraph.of("主要问题：" + problems.stream().map(p -> p.title() == null ? firstSentence(p.text()) : p.title())
                    .collect(Collectors.joining("；")) + "。"));
        }
    }

    private String conclusionSentence() {
        return meta.year() + "年度" + shortName() + meta.subject() + "绩效评价得分为" + fixed2(result.totalScore()) + "分，综合绩效级别为“"
                + result.grade() + "”。";
    }

    // ---------------------------------------------------------------------------------------------------- 一、部门基本情况

    private void basicInfo(List<Block> blocks) {
        int section = 0;
        blocks.add(new Block.Heading(2, "（" + ChineseNumerals.of(++section) + "）部门概况"));
        List<String> facts = new ArrayList<>();
        result.ratios().get(RatioId.STAFF_CONTROL_RATE).ifPresent(r -> facts.add("部门核定人员" + plain(r.inputs().get(1).value())
                + "名，实际在职人员" + plain(r.inputs().get(0).value()) + "名，在职人员控制率为" + plainPercent(r.percent()) + "。"));
        BudgetFacts.Assets assets = evaluation.budget().assets();
        if (assets != null && assets.total() != null && assets.total().signum() > 0) {
            StringBuilder text = new StringBuilder("资产总额" + plainAmount(assets.total()) + "万元");
            if (assets.current() != null) {
                text.append("，其中流动资产").append(plainAmount(assets.current())).append("万元，占资产总额")
                        .append(plainPercent(Decimals.percent(assets.current(), assets.total())));
            }
            if (assets.nonCurrent() != null) {
                text.append("；非流动资产").append(plainAmount(assets.nonCurrent())).append("万元，占资产总额")
                        .append(plainPercent(Decimals.percent(assets.nonCurrent(), assets.total())));
            }
            text.append("。");
            if (assets.fixedOriginal() != null && assets.accumulatedDepreciation() != null) {
                text.append("固定资产原值").append(plainAmount(assets.fixedOriginal())).append("万元，累计折旧")
                        .append(plainAmount(assets.accumulatedDepreciation())).append("万元，固定资产净值")
                        .append(plainAmount(assets.fixedOriginal().subtract(assets.accumulatedDepreciation()))).append("万元。");
            }
            facts.add(text.toString());
        }
        List<Findings.Section> profile = evaluation.findings().profile();
        if (profile.isEmpty()) {
            blocks.add(new Block.Placeholder("机构设置与职能职责"));
        }
        int item = 0;
        for (Findings.Section part : profile) {
            if (part.title() != null) {
                blocks.add(new Block.Heading(3, (++item) + "." + part.title()));
            }
            part.text().lines().filter(l -> !l.isBlank()).forEach(l -> blocks.add(Block.Paragraph.of(l.strip())));
        }
        facts.forEach(f -> blocks.add(Block.Paragraph.of(f)));

        if (!evaluation.targets().isEmpty()) {
            blocks.add(new Block.Heading(2, "（" + ChineseNumerals.of(++section) + "）部门绩效目标"));
            targetTables(blocks);
        }

        blocks.add(new Block.Heading(2, "（" + ChineseNumerals.of(++section) + "）部门预算和执行情况"));
        Optional<String> budget = budgetSentence();
        if (budget.isPresent()) {
            blocks.add(Block.Paragraph.of(budget.get()));
        } else {
            blocks.add(new Block.Placeholder("预算批复、调整及执行情况（数据文件中没有 budget）"));
        }
        historyTables(blocks);
        projectTable(blocks);
    }

    private void targetTables(List<Block> blocks) {
        Map<String, List<TargetAssessment>> byTable = new LinkedHashMap<>();
        for (TargetAssessment t : result.targets()) {
            String table = t.target().table() == null ? "绩效目标" : t.target().table();
            if (table.equals("评价指标分析")) {
                continue; // targets only stated in the analysis are shown there and in the annex
            }
            byTable.computeIfAbsent(table, k -> new ArrayList<>()).add(t);
        }
        for (Map.Entry<String, List<TargetAssessment>> group : byTable.entrySet()) {
            List<TargetAssessment> targets = group.getValue();
            boolean withDuties = targets.stream().anyMatch(t -> t.target().duty() != null);
            String caption = table(shortName() + meta.year() + "年度" + group.getKey() + "表");
            blocks.add(Block.Paragraph.of(group.getKey() + "设置情况见" + caption.substring(0, caption.indexOf('：')) + "。"));
            List<List<Cell>> rows = new ArrayList<>();
            if (withDuties) {
                rows.add(header("序号", "部门职责", "绩效目标", "绩效指标", "目标值"));
                String previousDuty = null;
                for (int i = 0; i < targets.size(); i++) {
                    var t = targets.get(i).target();
                    boolean sameDuty = t.duty() != null && t.duty().equals(previousDuty);
                    rows.add(List.of(Cell.of(String.valueOf(i + 1)), sameDuty ? Cell.continued() : Cell.of(t.duty()),
                            sameDuty ? Cell.continued() : Cell.of(t.goal()), Cell.of(t.name()), Cell.of(t.printedTarget())));
                    previousDuty = t.duty();
                }
                blocks.add(new Block.Table(caption, null, columns(6, Align.CENTER, 18, Align.LEFT, 26, Align.LEFT, 34, Align.LEFT, 16, Align.CENTER), rows, 1));
            } else {
                rows.add(header("序号", "指标名称", "指标解释", "年度指标值"));
                for (int i = 0; i < targets.size(); i++) {
                    var t = targets.get(i).target();
                    rows.add(List.of(Cell.of(String.valueOf(i + 1)), Cell.of(t.name()), Cell.of(t.explanation()), Cell.of(t.printedTarget())));
                }
                blocks.add(new Block.Table(caption, null, columns(8, Align.CENTER, 32, Align.LEFT, 40, Align.LEFT, 20, Align.CENTER), rows, 1));
            }
        }
    }

    private Optional<String> budgetSentence() {
        BudgetFacts budget = evaluation.budget();
        BudgetFacts.Block initial = budget.initial();
        BudgetFacts.Block adjusted = budget.adjusted();
        BudgetFacts.Block fin = budget.finalAccounts();
        if (initial.total() == null && adjusted.total() == null && fin.total() == null) {
            return Optional.empty();
        }
        String unit = budget.unit();
        StringBuilder text = new StringBuilder();
        if (initial.total() != null) {
            text.append(meta.year()).append("年初预算批复支出").append(plainAmount(initial.total())).append(unit)
                    .append(breakdown(initial, unit));
        }
        if (adjusted.total() != null) {
            text.append(text.length() > 0 ? "，年中调整为" : "调整后预算").append(plainAmount(adjusted.total())).append(unit);
        }
        if (fin.total() != null) {
            text.append(text.length() > 0 ? "，" : "").append("支出决算").append(plainAmount(fin.total())).append(unit).append(breakdown(fin, unit));
        }
        result.ratios().get(RatioId.BUDGET_EXECUTION_RATE).ifPresent(r -> text.append("，预算执行率").append(plainPercent(r.percent())));
        return Optional.of(text.append("。").toString());
    }

    private static String breakdown(BudgetFacts.Block block, String unit) {
        if (block.basic() == null && block.project() == null) {
            return "";
        }
        StringBuilder text = new StringBuilder("，其中：");
        if (block.basic() != null) {
            text.append("基本支出").append(plainAmount(block.basic())).append(unit);
            if (block.personnel() != null && block.publicFunds() != null) {
                text.append("（人员经费").append(plainAmount(block.personnel())).append(unit).append("，公用经费")
                        .append(plainAmount(block.publicFunds())).append(unit).append("）");
            }
        }
        if (block.project() != null) {
            text.append(block.basic() != null ? "，" : "").append("项目支出").append(plainAmount(block.project())).append(unit);
        }
        return text.toString();
    }

    private void historyTables(List<Block> blocks) {
        HistoryTables tables = result.history();
        History history = evaluation.history();
        String unit = "单位：" + history.unit();
        if (!tables.income().isEmpty()) {
            List<History.IncomeItem> items = history.income().stream().flatMap(y -> y.items().keySet().stream()).distinct().sorted().toList();
            String span = tables.income().get(0).year() + "-" + tables.income().get(tables.income().size() - 1).year();
            String caption = table(span + "年度部门收入决算变动情况表");
            blocks.add(Block.Paragraph.of("收入决算变动情况见" + ref(caption) + "。"));
            List<List<Cell>> rows = new ArrayList<>();
            List<String> head = new ArrayList<>(List.of("年度"));
            items.forEach(i -> head.add(i.label()));
            head.add("合计");
            head.add("环比增长率");
            rows.add(head.stream().map(Cell::bold).toList());
            for (int y = 0; y < tables.income().size(); y++) {
                HistoryTables.YearRow row = tables.income().get(y);
                History.IncomeYear year = history.income().stream().filter(h -> h.year() == row.year()).findFirst().orElseThrow();
                List<Cell> cells = new ArrayList<>(List.of(Cell.of(String.valueOf(row.year()))));
                items.forEach(i -> cells.add(Cell.of(year.items().containsKey(i) ? amount(year.items().get(i)) : "——")));
                cells.add(Cell.of(amount(row.total())));
                cells.add(Cell.of(growth(row)));
                rows.add(cells);
            }
            List<Column> columns = new ArrayList<>(List.of(new Column(10, Align.CENTER)));
            items.forEach(i -> columns.add(new Column(18, Align.RIGHT)));
            columns.add(new Column(14, Align.RIGHT));
            columns.add(new Column(12, Align.RIGHT));
            blocks.add(new Block.Table(caption, unit, columns, rows, 1));
        }
        if (!tables.expenditure().isEmpty()) {
            String span = tables.expenditure().get(0).year() + "-" + tables.expenditure().get(tables.expenditure().size() - 1).year();
            String caption = table(span + "年度部门支出决算变动情况表");
            blocks.add(Block.Paragraph.of("支出决算变动情况见" + ref(caption) + "。"));
            List<List<Cell>> rows = new ArrayList<>();
            rows.add(header("年度", "基本支出", "项目支出", "合计", "环比增长率"));
            for (HistoryTables.YearRow row : tables.expenditure()) {
                History.ExpenditureYear year = history.expenditure().stream().filter(h -> h.year() == row.year()).findFirst().orElseThrow();
                rows.add(List.of(Cell.of(String.valueOf(row.year())), Cell.of(amount(year.basic())), Cell.of(amount(year.project())),
                        Cell.of(amount(row.total())), Cell.of(growth(row))));
            }
            blocks.add(new Block.Table(caption, unit, columns(12, Align.CENTER, 22, Align.RIGHT, 22, Align.RIGHT, 22, Align.RIGHT, 16, Align.RIGHT), rows, 1));
        }
        if (!tables.income().isEmpty() || !tables.expenditure().isEmpty()) {
            List<Integer> years = new ArrayList<>();
            tables.income().forEach(r -> years.add(r.year()));
            tables.expenditure().forEach(r -> {
                if (!years.contains(r.year())) {
                    years.add(r.year());
                }
            });
            years.sort(Integer::compare);
            List<Block.Series> series = new ArrayList<>();
            if (!tables.income().isEmpty()) {
                series.add(new Block.Series("收入决算", years.stream().map(y -> tables.income().stream().filter(r -> r.year() == y)
                        .map(HistoryTables.YearRow::total).findFirst().orElse(BigDecimal.ZERO)).toList()));
            }
            if (!tables.expenditure().isEmpty()) {
                series.add(new Block.Series("支出决算", years.stream().map(y -> tables.expenditure().stream().filter(r -> r.year() == y)
                        .map(HistoryTables.YearRow::total).findFirst().orElse(BigDecimal.ZERO)).toList()));
            }
            blocks.add(new Block.Chart(figure(years.get(0) + "-" + years.get(years.size() - 1) + "年度收支决算对比（" + history.unit() + "）"),
                    Block.Chart.Kind.BAR, years.stream().map(y -> y + "年").toList(), series, history.unit()));
        }
    }

    private void projectTable(List<Block> blocks) {
        ProjectExecution projects = result.projectExecution();
        if (projects.rows().isEmpty()) {
            return;
        }
        String caption = table("项目支出预决算执行情况表");
        long key = projects.rows().stream().filter(r -> r.project().key()).count();
        blocks.add(Block.Paragraph.of("项目支出共" + projects.rows().size() + "个" + (key > 0 ? "，其中重点项目" + key + "个" : "")
                + "，项目预算执行率" + plainPercent(projects.totals().ratePercent() == null ? BigDecimal.ZERO : projects.totals().ratePercent())
                + "，具体情况见" + ref(caption) + "。"));
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(header("序号", "项目名称", "年初批复数", "年中调整数", "预算执行数", "预算执行率", "项目类别"));
        String previousCategory = null;
        for (int i = 0; i < projects.rows().size(); i++) {
            ProjectExecution.Row row = projects.rows().get(i);
            String category = row.project().category();
            boolean same = category != null && category.equals(previousCategory);
            rows.add(List.of(Cell.of(String.valueOf(i + 1)), Cell.of(row.project().name() + (row.project().key() ? "（重点）" : "")),
                    Cell.of(amount(row.project().initial())), Cell.of(amount(row.project().adjusted())), Cell.of(amount(row.project().executed())),
                    Cell.of(row.ratePercent() == null ? "——" : percent(row.ratePercent())), same ? Cell.continued() : Cell.of(category)));
            previousCategory = category;
        }
        ProjectExecution.Totals t = projects.totals();
        rows.add(List.of(Cell.bold("合计"), Cell.of(""), Cell.bold(amount(t.initial())), Cell.bold(amount(t.adjusted())),
                Cell.bold(amount(t.executed())), Cell.bold(t.ratePercent() == null ? "——" : percent(t.ratePercent())), Cell.of("")));
        blocks.add(new Block.Table(caption, "单位：" + evaluation.budget().unit(), columns(5, Align.CENTER, 31, Align.LEFT, 12, Align.RIGHT,
                12, Align.RIGHT, 12, Align.RIGHT, 13, Align.RIGHT, 15, Align.CENTER), rows, 1));
    }

    // ---------------------------------------------------------------------------------------------------- 二、评价基本情况

    private void evaluationInfo(List<Block> blocks) {
        int section = 0;
        blocks.add(new Block.Heading(2, "（" + ChineseNumerals.of(++section) + "）评价对象与范围"));
        String scope = meta.department() + meta.year() + "年度" + meta.subject() + "绩效目标的完成情况和预算支出的执行情况。评价范围为"
                + meta.year() + "年1月1日至" + meta.year() + "年12月31日";
        BigDecimal adjusted = evaluation.budget().adjusted().total();
        blocks.add(Block.Paragraph.of(scope + (adjusted == null ? "。" : "，部门批复的预算资金" + plainAmount(adjusted) + evaluation.budget().unit() + "。")));

        blocks.add(new Block.Heading(2, "（" + ChineseNumerals.of(++section) + "）评价标准"));
        blocks.add(Block.Paragraph.of("本次绩效评价总分设置为" + plain(result.totalWeight()) + "分，采取评分和评级相结合的方式，评价等级划分为"
                + ChineseNumerals.of(evaluation.grading().bands().size()) + "档：" + bandsSentence(evaluation.grading()) + "。"));

        blocks.add(new Block.Heading(2, "（" + ChineseNumerals.of(++section) + "）绩效评价指标体系"));
        Map<Integer, Long> perLevel = result.allIndicators().stream().collect(Collectors.groupingBy(ScoredIndicator::level, LinkedHashMap::new, Collectors.counting()));
        List<String> counts = new ArrayList<>();
        perLevel.forEach((level, count) -> counts.add(count + "个" + (level <= LEVEL_NAMES.length ? LEVEL_NAMES[level - 1] : level + "级指标")));
        blocks.add(Block.Paragraph.of("指标体系共设置" + String.join("、", counts) + "，其中末级评分指标" + result.leaves().size() + "个。"));
        blocks.add(Block.Paragraph.of("综合绩效评价总分为" + plain(result.totalWeight()) + "分，其中" + result.indicators().stream()
                .map(i -> i.name() + plain(i.weight()) + "分").collect(Collectors.joining("，")) + "。"));

        if (!meta.team().isEmpty() || !meta.reviewers().isEmpty()) {
            blocks.add(new Block.Heading(2, "（" + ChineseNumerals.of(++section) + "）评价人员组成"));
        }
        if (!meta.team().isEmpty()) {
            String caption = table("评价人员分工表");
            blocks.add(Block.Paragraph.of("评价工作组共" + meta.team().size() + "人，具体分工见" + ref(caption) + "。"));
            List<List<Cell>> rows = new ArrayList<>();
            rows.add(header("姓名", "职称/职务", "任务分工"));
            meta.team().forEach(m -> rows.add(List.of(Cell.of(m.name()), Cell.of(m.title()), Cell.of(m.role()))));
            blocks.add(new Block.Table(caption, null, columns(16, Align.CENTER, 30, Align.LEFT, 54, Align.LEFT), rows, 1));
        }
        if (!meta.reviewers().isEmpty()) {
            List<String> levels = new ArrayList<>();
            for (int i = 0; i < meta.reviewers().size(); i++) {
                levels.add(ChineseNumerals.of(i + 1) + "级审核：" + meta.reviewers().get(i));
            }
            blocks.add(Block.Paragraph.of("质量控制实行三级审核：" + String.join("；", levels) + "。"));
        }
    }

    static String bandsSentence(GradeScheme scheme) {
        List<String> parts = new ArrayList<>();
        for (GradeBand band : scheme.bands()) {
            BigDecimal upper = scheme.upperBoundOf(band);
            String range = plain(band.min()) + "分" + (band.min().signum() > 0 ? "（含）" : "") + "—" + (upper == null ? "100分" : plain(upper) + "分");
            parts.add("综合得分" + range + "为“" + band.grade() + "”");
        }
        return String.join("；", parts);
    }

    // ---------------------------------------------------------------------------------------------------- 三、综合评价结论

    private void conclusion(List<Block> blocks) {
        String caption = table(meta.subject() + "绩效评价得分情况表");
        blocks.add(new Block.Paragraph(conclusionSentence(), true));
        blocks.add(Block.Paragraph.of("得分情况见" + ref(caption) + "。"));
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(header("评价内容", "分值", "评价得分", "得分率"));
        for (ScoredIndicator level1 : result.indicators()) {
            rows.add(List.of(Cell.of(level1.name()), Cell.of(fixed2(level1.weight())), Cell.of(fixed2(level1.score())), Cell.of(rate(level1))));
        }
        rows.add(List.of(Cell.bold("综合得分"), Cell.bold(fixed2(result.totalWeight())), Cell.bold(fixed2(result.totalScore())),
                Cell.bold(result.totalRatePercent() == null ? "—" : percent(result.totalRatePercent()))));
        rows.add(List.of(Cell.bold("综合绩效级别"), Cell.bold(result.grade()), Cell.of(""), Cell.of("")));
        blocks.add(new Block.Table(caption, null, columns(40, Align.LEFT, 20, Align.RIGHT, 20, Align.RIGHT, 20, Align.RIGHT), rows, 1));
        blocks.add(new Block.Chart(figure("一级指标得分率"), Block.Chart.Kind.BAR, result.indicators().stream().map(ScoredIndicator::name).toList(),
                List.of(new Block.Series("得分率", result.indicators().stream().map(i -> i.ratePercent() == null ? BigDecimal.ZERO : i.ratePercent()).toList())),
                "%"));
    }

    // ---------------------------------------------------------------------------------------------------- 四、评价指标分析

    private void indicatorAnalysis(List<Block> blocks) {
        int i = 0;
        for (ScoredIndicator level1 : result.indicators()) {
            blocks.add(new Block.Heading(2, "（" + ChineseNumerals.of(++i) + "）" + level1.name() + "情况评价分析"));
            blocks.add(new Block.Paragraph(level1.scoreLine(), true));
            if (level1.isLeaf()) {
                leafDetails(level1, blocks);
                continue;
            }
            String caption = table(level1.name() + "指标得分情况");
            blocks.add(Block.Paragraph.of("包括" + level1.children().stream().map(ScoredIndicator::name).collect(Collectors.joining("、"))
                    + level1.children().size() + "个" + LEVEL_NAMES[1] + "。得分情况见" + ref(caption) + "。"));
            blocks.add(subtreeTable(caption, level1));
            int j = 0;
            for (ScoredIndicator child : level1.children()) {
                analysis(child, ++j, blocks);
            }
        }
    }

    /** 二级 → "1.", 三级 → "（1）", 四级 and below → "①". */
    private void analysis(ScoredIndicator node, int ordinal, List<Block> blocks) {
        String number = switch (node.level()) {
            case 2 -> ordinal + ".";
            case 3 -> "（" + ordinal + "）";
            default -> ChineseNumerals.circled(ordinal);
        };
        blocks.add(new Block.Heading(Math.min(node.level() + 1, 4), number + node.name()));
        blocks.add(new Block.Paragraph(node.scoreLine(), true));
        if (node.isLeaf()) {
            leafDetails(node, blocks);
        } else {
            if (node.indicator().evidence() != null) {
                blocks.add(Block.Paragraph.of(node.indicator().evidence()));
            }
            int k = 0;
            for (ScoredIndicator child : node.children()) {
                analysis(child, ++k, blocks);
            }
        }
    }

    private void leafDetails(ScoredIndicator leaf, List<Block> blocks) {
        if (leaf.indicator().evidence() != null) {
            leaf.indicator().evidence().lines().filter(l -> !l.isBlank()).forEach(l -> blocks.add(Block.Paragraph.of(l.strip())));
        } else {
            blocks.add(new Block.Placeholder("“" + leaf.name() + "”的评价依据和佐证情况"));
        }
        RatioId ratioId = leaf.indicator().ratio();
        if (ratioId != null) {
            result.ratios().get(ratioId).ifPresent(r -> {
                if (!leaf.explanation().contains(r.derivation())) {
                    blocks.add(Block.Paragraph.of(r.label() + " = " + r.formula().replace(" × 100%", "") + " = " + r.derivation() + "。"));
                }
            });
            if ((ratioId == RatioId.BUDGET_EXECUTION_RATE || ratioId == RatioId.DECEMBER_SHARE) && !monthlyShown) {
                monthly(blocks);
            }
        }
        for (String id : leaf.indicator().targetIds()) {
            result.targets().stream().filter(t -> t.target().id().equals(id)).findFirst().ifPresent(t -> {
                if (!leaf.explanation().contains(t.sentence())) {
                    blocks.add(Block.Paragraph.of(t.sentence() + "。"));
                }
            });
        }
        blocks.add(Block.Paragraph.of("评分说明：" + leaf.explanation()));
    }

    private void monthly(List<Block> blocks) {
        Optional<MonthlyProgress> progress = result.monthly();
        if (progress.isEmpty()) {
            return;
        }
        monthlyShown = true;
        MonthlyProgress monthly = progress.get();
        String fund = monthly.source().fund() == null ? "预算" : monthly.source().fund();
        String caption = table(fund + "执行进度与序时进度对比表");
        int behind = monthly.behindSchedule().size();
        StringBuilder text = new StringBuilder(fund + "执行进度与序时进度对比见" + ref(caption) + "：" + (monthly.months().size() == 12 ? "全年12" : "所列" + monthly.months().size()) + "个月中有"
                + behind + "个月执行进度低于序时进度");
        result.ratios().get(RatioId.DECEMBER_SHARE).ifPresent(r -> text.append("，12月份支出占全年的").append(plainPercent(r.percent())));
        blocks.add(Block.Paragraph.of(text.append("。").toString()));
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(header("月份", fund + "月度累计执行数①", "全年决算数②", "预算执行进度③=①/②", "序时进度④=月份/12"));
        for (MonthlyProgress.Month m : monthly.months()) {
            rows.add(List.of(Cell.of(m.label()), Cell.of(amount(m.cumulative())), Cell.of(amount(monthly.source().annualTotal())),
                    Cell.of(m.progressPercent() == null ? "—" : percent(m.progressPercent())), Cell.of(percent(m.schedulePercent()))));
        }
        blocks.add(new Block.Table(caption, "单位：" + monthly.source().unit(), columns(10, Align.CENTER, 24, Align.RIGHT, 24, Align.RIGHT,
                21, Align.RIGHT, 21, Align.RIGHT), rows, 1));
        List<String> months = monthly.months().stream().map(MonthlyProgress.Month::label).toList();
        blocks.add(new Block.Chart(figure(fund + "执行进度与序时进度"), Block.Chart.Kind.LINE, months, List.of(
                new Block.Series("预算执行进度", monthly.months().stream().map(m -> m.progressPercent() == null ? BigDecimal.ZERO : m.progressPercent()).toList()),
                new Block.Series("序时进度", monthly.months().stream().map(MonthlyProgress.Month::schedulePercent).toList())), "%"));
    }

    /** A table of one 一级 indicator's sub-tree, one row per leaf, inner nodes printed once as "名称 (分值)". */
    private Block.Table subtreeTable(String caption, ScoredIndicator level1) {
        int depth = level1.flatten().stream().mapToInt(ScoredIndicator::level).max().orElse(2);
        int nameColumns = Math.max(1, depth - 1);
        List<List<Cell>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>();
        for (int l = 2; l <= depth; l++) {
            head.add(LEVEL_NAMES[Math.min(l, LEVEL_NAMES.length) - 1]);
        }
        head.addAll(List.of("分值", "得分", "得分率"));
        rows.add(head.stream().map(Cell::bold).toList());
        List<ScoredIndicator> previousPath = List.of();
        for (ScoredIndicator leaf : level1.leaves()) {
            List<ScoredIndicator> path = pathTo(level1, leaf);
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < nameColumns; c++) {
                if (c < path.size()) {
                    ScoredIndicator node = path.get(c);
                    boolean repeated = c < previousPath.size() && previousPath.get(c) == node && !node.isLeaf();
                    cells.add(repeated ? Cell.continued() : Cell.of(node.isLeaf() && c < nameColumns - 1 ? node.name() + " (" + plain(node.weight()) + ")"
                            : node.isLeaf() ? node.name() : node.name() + " (" + plain(node.weight()) + ")"));
                } else {
                    cells.add(Cell.of("——"));
                }
            }
            cells.add(Cell.of(fixed2(leaf.weight())));
            cells.add(Cell.of(fixed2(leaf.score())));
            cells.add(Cell.of(rate(leaf)));
            rows.add(cells);
            previousPath = path;
        }
        List<Cell> total = new ArrayList<>();
        total.add(Cell.bold("合计"));
        for (int c = 1; c < nameColumns; c++) {
            total.add(Cell.of(""));
        }
        total.addAll(List.of(Cell.bold(fixed2(level1.weight())), Cell.bold(fixed2(level1.score())), Cell.bold(rate(level1))));
        rows.add(total);
        List<Column> columns = new ArrayList<>();
        int nameWidth = 64 / nameColumns;
        for (int c = 0; c < nameColumns; c++) {
            columns.add(new Column(nameWidth, Align.LEFT));
        }
        columns.addAll(List.of(new Column(12, Align.RIGHT), new Column(12, Align.RIGHT), new Column(12, Align.RIGHT)));
        return new Block.Table(caption, null, columns, rows, 1);
    }

    /** The nodes from below {@code root} down to {@code leaf}. */
    private static List<ScoredIndicator> pathTo(ScoredIndicator root, ScoredIndicator leaf) {
        List<ScoredIndicator> path = new ArrayList<>();
        find(root, leaf, path);
        return path.subList(1, path.size());
    }

    private static boolean find(ScoredIndicator node, ScoredIndicator leaf, List<ScoredIndicator> path) {
        path.add(node);
        if (node == leaf) {
            return true;
        }
        for (ScoredIndicator child : node.children()) {
            if (find(child, leaf, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }

    // ---------------------------------------------------------------------------------------------------- 五、六、七

    private void prose(List<Block> blocks, List<Findings.Section> sections, String what) {
        if (sections.isEmpty()) {
            blocks.add(new Block.Placeholder(what));
            return;
        }
        int i = 0;
        for (Findings.Section section : sections) {
            i++;
            if (section.title() != null) {
                blocks.add(new Block.Heading(2, "（" + ChineseNumerals.of(i) + "）" + section.title()));
            }
            if (section.text() == null) {
                blocks.add(new Block.Placeholder(what + (section.title() == null ? "" : "：" + section.title())));
            } else {
                section.text().lines().filter(l -> !l.isBlank()).forEach(l -> blocks.add(Block.Paragraph.of(l.strip())));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- 附件

    private void annexScores(List<Block> blocks) {
        int depth = result.allIndicators().stream().mapToInt(ScoredIndicator::level).max().orElse(1);
        List<List<Cell>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            head.add(LEVEL_NAMES[Math.min(l, LEVEL_NAMES.length) - 1]);
        }
        head.addAll(List.of("分值", "得分", "得分率"));
        rows.add(head.stream().map(Cell::bold).toList());
        for (ScoredIndicator node : result.allIndicators()) {
            List<Cell> cells = new ArrayList<>();
            for (int l = 1; l <= depth; l++) {
                cells.add(l == node.level() ? (node.isLeaf() ? Cell.of(node.name()) : Cell.bold(node.name())) : Cell.of(""));
            }
            cells.add(Cell.of(fixed2(node.weight())));
            cells.add(node.isLeaf() ? Cell.of(fixed2(node.score())) : Cell.bold(fixed2(node.score())));
            cells.add(Cell.of(rate(node)));
            rows.add(cells);
        }
        List<Cell> total = new ArrayList<>();
        total.add(Cell.bold("综合得分"));
        for (int l = 2; l <= depth; l++) {
            total.add(Cell.of(""));
        }
        total.addAll(List.of(Cell.bold(fixed2(result.totalWeight())), Cell.bold(fixed2(result.totalScore())),
                Cell.bold(result.totalRatePercent() == null ? "—" : percent(result.totalRatePercent()))));
        rows.add(total);
        List<Cell> grade = new ArrayList<>();
        grade.add(Cell.bold("综合绩效级别"));
        grade.add(Cell.bold(result.grade()));
        while (grade.size() < depth + 3) {
            grade.add(Cell.of(""));
        }
        rows.add(grade);
        List<Column> columns = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            columns.add(new Column(64 / depth, Align.LEFT));
        }
        columns.addAll(List.of(new Column(12, Align.RIGHT), new Column(12, Align.RIGHT), new Column(12, Align.RIGHT)));
        blocks.add(new Block.Table(table("绩效评价得分表"), null, columns, rows, 1));
    }

    private void annexTargets(List<Block> blocks) {
        if (result.targets().isEmpty()) {
            blocks.add(new Block.Placeholder("绩效目标及实际完成情况（数据文件中没有 targets）"));
            return;
        }
        long met = result.targets().stream().filter(t -> Boolean.TRUE.equals(t.met())).count();
        long missed = result.targets().stream().filter(t -> Boolean.FALSE.equals(t.met())).count();
        long conservative = result.targets().stream().filter(t -> t.exceedsBy(CONSERVATIVE_PERCENT)).count();
        String caption = table("目标完成情况对比表");
        blocks.add(Block.Paragraph.of("共" + result.targets().size() + "项绩效指标，已完成" + met + "项，未完成" + missed + "项"
                + (conservative > 0 ? "；其中" + conservative + "项完成率达到" + plain(CONSERVATIVE_PERCENT) + "%以上，指标值设置偏保守" : "")
                + "。详见" + ref(caption) + "。"));
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(header("序号", "指标名称", "目标值", "实际完成值", "完成率", "完成情况"));
        int i = 0;
        for (TargetAssessment t : result.targets()) {
            rows.add(List.of(Cell.of(String.valueOf(++i)), Cell.of(t.target().name()), Cell.of(t.target().printedTarget()),
                    Cell.of(t.target().printedActual().orElse("未填报")), Cell.of(t.completionPercent() == null ? "——" : percent(t.completionPercent())),
                    Cell.of(t.met() == null ? "未填报" : t.met() ? "已完成" : "未完成")));
        }
        blocks.add(new Block.Table(caption, null, columns(7, Align.CENTER, 41, Align.LEFT, 14, Align.CENTER, 14, Align.CENTER, 12, Align.RIGHT,
                12, Align.CENTER), rows, 1));
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private String table(String title) {
        return "表" + (++tableNumber) + "：" + title;
    }

    private String figure(String title) {
        return "图" + (++figureNumber) + "：" + title;
    }

    /** "表7：管理效率指标得分情况" → "表7". */
    private static String ref(String caption) {
        return caption.substring(0, caption.indexOf('：'));
    }

    private String shortName() {
        return meta.departmentShort() != null ? meta.departmentShort() : meta.department();
    }

    private static String rate(ScoredIndicator node) {
        return node.ratePercent() == null ? "—" : percent(node.ratePercent());
    }

    private static String growth(HistoryTables.YearRow row) {
        return row.change() == null || row.change().ratePercent() == null ? "——" : percent(row.change().ratePercent());
    }

    private static List<Cell> header(String... titles) {
        return java.util.Arrays.stream(titles).map(Cell::bold).toList();
    }

    /** columns(width, align, width, align, …). */
    private static List<Column> columns(Object... spec) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < spec.length; i += 2) {
            columns.add(new Column((Integer) spec[i], (Align) spec[i + 1]));
        }
        return columns;
    }

    private static String orPlaceholder(String value, String what) {
        return value == null ? "【待填写：" + what + "】" : value;
    }

    private static String firstSentence(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('。');
        return end > 0 ? text.substring(0, end) : text.strip();
    }

    /** 2023-09-07 → 2023年9月7日; other text is kept as written. */
    static String chineseDate(String date) {
        String[] parts = date.split("-");
        if (parts.length == 3 && parts[0].length() == 4) {
            try {
                return Integer.parseInt(parts[0]) + "年" + Integer.parseInt(parts[1]) + "月" + Integer.parseInt(parts[2]) + "日";
            } catch (NumberFormatException e) {
                return date;
            }
        }
        return date;
    }

}
