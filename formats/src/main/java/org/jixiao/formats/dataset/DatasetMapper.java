package org.jixiao.formats.dataset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;

import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Findings;
import org.jixiao.core.evaluation.Meta;
import org.jixiao.core.grade.GradeBand;
import org.jixiao.core.grade.GradeScheme;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.printed.PrintedFigures;
import org.jixiao.core.ratio.BudgetFacts;
import org.jixiao.core.ratio.History;
import org.jixiao.core.ratio.MonthlyExecution;
import org.jixiao.core.ratio.Project;
import org.jixiao.core.ratio.RatioId;
import org.jixiao.core.scoring.Award;
import org.jixiao.core.scoring.CheckpointRule;
import org.jixiao.core.scoring.CombinedTiersRule;
import org.jixiao.core.scoring.CompositeRule;
import org.jixiao.core.scoring.DeductionsRule;
import org.jixiao.core.scoring.DeviationRule;
import org.jixiao.core.scoring.ExecutionRateRule;
import org.jixiao.core.scoring.Floor;
import org.jixiao.core.scoring.GradeAverageRule;
import org.jixiao.core.scoring.GroupDeductionRule;
import org.jixiao.core.scoring.LinearDeductionRule;
import org.jixiao.core.scoring.ManualRule;
import org.jixiao.core.scoring.Measure;
import org.jixiao.core.scoring.ProportionalRule;
import org.jixiao.core.scoring.QualitativeRule;
import org.jixiao.core.scoring.RankRule;
import org.jixiao.core.scoring.RatioRule;
import org.jixiao.core.scoring.ScoringRule;
import org.jixiao.core.scoring.TiersRule;
import org.jixiao.core.scoring.UnscoredRule;
import org.jixiao.core.scoring.YearOnYearRule;
import org.jixiao.core.targets.Operator;
import org.jixiao.core.targets.QualitativeResult;
import org.jixiao.core.targets.Target;

/**
 * Maps a schema-valid dataset tree to the core model. The schema has already checked types and required fields; what
 * remains here are the rules a schema cannot state well (a measure needs a value or a ratio, a quantitative target a
 * number), each reported against its field.
 */
final class DatasetMapper {
    private final SourceDocument document;
    private final List<DatasetProblem> problems = new ArrayList<>();

    private DatasetMapper(SourceDocument document) {
        this.document = document;
    }

    static Evaluation map(SourceDocument document) throws DatasetException {
        DatasetMapper mapper = new DatasetMapper(document);
        Evaluation evaluation = mapper.evaluation(document.root());
        if (!mapper.problems.isEmpty()) {
            throw new DatasetException(mapper.problems);
        }
        return evaluation;
    }

    private void error(String pointer, String message) {
        problems.add(document.problem(pointer, true, message));
    }

    private Evaluation evaluation(JsonNode root) {
        Meta meta = meta(root.path("meta"));
        GradeScheme grading = root.has("grading") ? grading(root.get("grading")) : null;
        BudgetFacts budget = root.has("budget") ? budget(root.get("budget")) : null;
        MonthlyExecution monthly = root.has("monthly_execution") ? monthly(root.get("monthly_execution")) : null;
        History history = root.has("history") ? history(root.get("history")) : null;
        List<Project> projects = list(root.path("projects"), "/projects", this::project);
        List<Target> targets = list(root.path("targets"), "/targets", this::target);
        List<Indicator> indicators = list(root.path("indicators"), "/indicators", this::indicator);
        Findings findings = findings(root.path("profile"), root.path("findings"));
        PrintedFigures printed = root.has("printed") ? printed(root.get("printed")) : null;
        return new Evaluation(meta, grading, budget, monthly, history, projects, targets, indicators,
                decimal(root, "total_weight"), findings, printed);
    }

    private Meta meta(JsonNode node) {
        List<Meta.TeamMember> team = list(node.path("team"), "/meta/team",
                (member, path) -> new Meta.TeamMember(text(member, "name"), text(member, "title"), text(member, "role")));
        List<String> reviewers = new ArrayList<>();
        for (String level : List.of("level1", "level2", "level3")) {
            String name = text(node.path("reviewers"), level);
            if (name != null) {
                reviewers.add(name);
            }
        }
        return new Meta(text(node, "title"), text(node, "department"), text(node, "department_short"), node.path("year").asInt(),
                text(node, "subject"), text(node, "client"), text(node, "agency"), text(node, "report_no"),
                text(node, "report_date"), team, reviewers);
    }

    private GradeScheme grading(JsonNode node) {
        List<GradeBand> bands = list(node.path("bands"), "/grading/bands",
                (band, path) -> new GradeBand(text(band, "grade"), decimal(band, "min")));
        try {
            return GradeScheme.of(bands);
        } catch (IllegalArgumentException e) {
            error("/grading/bands", e.getMessage());
            return null;
        }
    }

    private BudgetFacts budget(JsonNode node) {
        JsonNode staff = node.path("staff");
        JsonNode threePublic = node.path("three_public");
        JsonNode assets = node.path("assets");
        JsonNode fixed = node.path("fixed_assets");
        return new BudgetFacts(text(node, "unit"), block(node.path("initial")), block(node.path("adjusted")), block(node.path("final")),
                decimal(node, "superior_special_funds"),
                staff.isMissingNode() ? null : new BudgetFacts.Staff(decimal(staff, "approved"), decimal(staff, "actual")),
                threePublic.isMissingNode() ? null : new BudgetFacts.ThreePublic(decimal(threePublic, "budget"),
                        decimal(threePublic, "budget_previous_year"), decimal(threePublic, "actual")),
                budgetVsActual(node.path("public_funds")), budgetVsActual(node.path("procurement")),
                fixed.isMissingNode() ? null : new BudgetFacts.FixedAssets(decimal(fixed, "total"), decimal(fixed, "in_use"), text(fixed, "basis")),
                assets.isMissingNode() ? null : new BudgetFacts.Assets(decimal(assets, "total"), decimal(assets, "current"),
                        decimal(assets, "non_current"), decimal(assets, "fixed_original"), decimal(assets, "accumulated_depreciation"),
                        decimal(assets, "fixed_net")));
    }

    private BudgetFacts.Block block(JsonNode node) {
        if (node.isMissingNode()) {
            return BudgetFacts.Block.EMPTY;
        }
        return new BudgetFacts.Block(decimal(node, "total"), decimal(node, "basic"), decimal(node, "personnel"), decimal(node, "public"),
                decimal(node, "project"), decimal(node, "general_public"), decimal(node, "government_fund"));
    }

    private BudgetFacts.BudgetVsActual budgetVsActual(JsonNode node) {
        return node.isMissingNode() ? null : new BudgetFacts.BudgetVsActual(decimal(node, "budget"), decimal(node, "actual"));
    }

    private MonthlyExecution monthly(JsonNode node) {
        List<BigDecimal> cumulative = list(node.path("cumulative"), "/monthly_execution/cumulative", (v, p) -> v.decimalValue());
        List<Integer> months = list(node.path("months"), "/monthly_execution/months", (v, p) -> v.asInt());
        List<String> labels = list(node.path("labels"), "/monthly_execution/labels", (v, p) -> v.asText());
        if (!months.isEmpty() && months.size() != cumulative.size()) {
            error("/monthly_execution/months", "months 列出 " + months.size() + " 个月份，cumulative 有 " + cumulative.size()
                    + " 个累计执行数，应一一对应（每个累计数属于哪个月）");
            return null;
        }
        if (!labels.isEmpty() && labels.size() != cumulative.size()) {
            error("/monthly_execution/labels", "labels 有 " + labels.size() + " 个月份名称，cumulative 有 " + cumulative.size()
                    + " 个累计执行数，应一一对应");
            return null;
        }
        for (int i = 1; i < months.size(); i++) {
            if (months.get(i) <= months.get(i - 1)) {
                error("/monthly_execution/months/" + i, "月份应从早到晚排列且不重复：" + months.get(i - 1) + "月之后是" + months.get(i) + "月");
                return null;
            }
        }
        return new MonthlyExecution(text(node, "fund"), text(node, "unit"), decimal(node, "annual_total"), cumulative, months, labels);
    }

    private PrintedFigures printed(JsonNode node) {
        List<PrintedFigures.Node> nodes = list(node.path("indicators"), "/printed/indicators",
                (n, p) -> new PrintedFigures.Node(text(n, "path"), decimal(n, "score"), decimal(n, "rate"), text(n, "where")));
        Map<RatioId, BigDecimal> ratios = new java.util.LinkedHashMap<>();
        node.path("ratios").fields().forEachRemaining(e -> {
            java.util.Optional<RatioId> id = RatioId.fromKey(e.getKey());
            if (id.isEmpty()) {
                error("/printed/ratios/" + e.getKey(), "未知的标准比率编号“" + e.getKey() + "”（见 docs/dataset-format.md 的比率编号表）");
            } else if (e.getValue().isNumber()) {
                ratios.put(id.get(), e.getValue().decimalValue());
            }
        });
        List<PrintedFigures.ProjectRate> projects = list(node.path("projects"), "/printed/projects",
                (n, p) -> new PrintedFigures.ProjectRate(text(n, "name"), decimal(n, "rate")));
        return new PrintedFigures(text(node, "source"), decimal(node, "total"), decimal(node, "rate"), text(node, "grade"), nodes, ratios,
                projects);
    }

    private History history(JsonNode node) {
        List<History.IncomeYear> income = list(node.path("income"), "/history/income", (year, path) -> {
            Map<History.IncomeItem, BigDecimal> items = new EnumMap<>(History.IncomeItem.class);
            putIfPresent(items, History.IncomeItem.GENERAL_PUBLIC, decimal(year, "general_public"));
            putIfPresent(items, History.IncomeItem.GOVERNMENT_FUND, decimal(year, "government_fund"));
            putIfPresent(items, History.IncomeItem.STATE_CAPITAL, decimal(year, "state_capital"));
            putIfPresent(items, History.IncomeItem.OTHER, decimal(year, "other"));
            putIfPresent(items, History.IncomeItem.CARRYOVER, decimal(year, "carryover"));
            return new History.IncomeYear(year.path("year").asInt(), items);
        });
        List<History.ExpenditureYear> expenditure = list(node.path("expenditure"), "/history/expenditure",
                (year, path) -> new History.ExpenditureYear(year.path("year").asInt(), decimal(year, "basic"), decimal(year, "project")));
        List<History.AdjustmentRow> adjustments = list(node.path("budget_adjustment"), "/history/budget_adjustment",
                (row, path) -> new History.AdjustmentRow(row.path("year").asInt(), text(row, "item"), decimal(row, "initial"), decimal(row, "adjusted")));
        return new History(text(node, "unit"), income, expenditure, adjustments);
    }

    private static <K> void putIfPresent(Map<K, BigDecimal> map, K key, BigDecimal value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private Project project(JsonNode node, String path) {
        return new Project(text(node, "name"), text(node, "category"), decimal(node, "initial"), decimal(node, "adjusted"),
                decimal(node, "executed"), node.path("key").asBoolean(false), text(node, "reason"));
    }

    private Target target(JsonNode node, String path) {
        return target(node, path, node.path("id").asText());
    }

    private Target target(JsonNode node, String path, String id) {
        Operator operator = Operator.parse(node.path("op").asText()).orElse(Operator.AT_LEAST);
        String name = text(node, "name") == null ? "目标" : text(node, "name");
        JsonNode value = node.path("value");
        JsonNode actual = node.path("actual");
        if (operator.isQuantitative()) {
            if (!value.isNumber()) {
                error(path + "/value", "定量目标（" + operator.symbol() + "）的目标值应为数字，实际为“" + value.asText() + "”；定性目标请写 op: 定性");
                return null;
            }
            if (!actual.isMissingNode() && !actual.isNull() && !actual.isNumber()) {
                error(path + "/actual", "定量目标的实际完成值应为数字，实际为“" + actual.asText() + "”");
                return null;
            }
            return new Target(id, text(node, "table"), text(node, "duty"), text(node, "goal"), text(node, "category"), name,
                    text(node, "explanation"), operator, value.decimalValue(), null, text(node, "unit"),
                    actual.isNumber() ? actual.decimalValue() : null, null, text(node, "source"));
        }
        QualitativeResult result = null;
        if (!actual.isMissingNode() && !actual.isNull()) {
            result = QualitativeResult.parse(actual.asText()).orElse(null);
            if (result == null) {
                error(path + "/actual", "定性目标的实际完成情况应为“完成”“部分完成”或“未完成”，实际为“" + actual.asText() + "”");
                return null;
            }
        }
        return new Target(id, text(node, "table"), text(node, "duty"), text(node, "goal"), text(node, "category"), name,
                text(node, "explanation"), operator, null, value.asText(), text(node, "unit"), null, result, text(node, "source"));
    }

    private Indicator indicator(JsonNode node, String path) {
        List<Indicator> children = list(node.path("children"), path + "/children", this::indicator);
        ScoringRule rule = node.has("rule") ? rule(node.get("rule"), path + "/rule") : null;
        RatioId ratio = node.has("ratio") ? RatioId.fromKey(node.get("ratio").asText()).orElse(null) : null;
        List<String> targets = list(node.path("targets"), path + "/targets", (t, p) -> t.asText());
        return new Indicator(text(node, "code"), text(node, "name"), decimal(node, "weight"), rule, children,
                text(node, "standard"), text(node, "evidence"), text(node, "note"), ratio, targets);
    }

    private ScoringRule rule(JsonNode node, String path) {
        String kind = node.path("kind").asText();
        switch (kind) {
            case "proportional": {
                List<String> ids = list(node.path("targets"), path + "/targets", (t, p) -> t.asText());
                Target inline = node.has("target") ? target(node.get("target"), path + "/target", "inline") : null;
                if (ids.isEmpty() && inline == null) {
                    error(path, "按目标完成比例计分需要 targets（绩效目标编号列表）或 target（直接写出的目标）");
                    return null;
                }
                ProportionalRule.BelowTarget below = "zero".equals(node.path("below_target").asText())
                        ? ProportionalRule.BelowTarget.ZERO : ProportionalRule.BelowTarget.PROPORTIONAL;
                return new ProportionalRule(ids, ids.isEmpty() ? inline : null, below);
            }
            case "execution_rate": {
                RatioId ratio = ratio(node, path);
                if (ratio == null && !node.has("budget") && !node.has("executed")) {
                    return new UnscoredRule(kind, "按预算执行率计分", "全年预算数和执行数");
                }
                if (ratio == null && (!node.has("budget") || !node.has("executed"))) {
                    error(path, "按预算执行率计分需要 budget（全年预算数）和 executed（全年执行数），或 ratio");
                    return null;
                }
                return new ExecutionRateRule(decimal(node, "budget"), decimal(node, "executed"), ratio);
            }
            case "linear_deduction": {
                if (!node.has("ratio") && !node.has("value")) {
                    return new UnscoredRule(kind, "线性扣分", "实测值");
                }
                Measure measure = measure(node, path);
                if (measure == null) {
                    return null;
                }
                LinearDeductionRule.Direction direction = "below".equals(node.path("direction").asText())
                        ? LinearDeductionRule.Direction.BELOW : LinearDeductionRule.Direction.ABOVE;
                return new LinearDeductionRule(measure, decimal(node, "threshold"), direction, decimal(node, "per"), decimal(node, "points"),
                        steps(node), decimal(node, "max_deduction"));
            }
            case "tiers": {
                if (!node.has("ratio") && !node.has("value")) {
                    return new UnscoredRule(kind, "分档计分", "实测值");
                }
                Measure measure = measure(node, path);
                List<TiersRule.Tier> tiers = list(node.path("tiers"), path + "/tiers", (tier, p) -> {
                    if (tier.has("fraction") == tier.has("score")) {
                        error(p, "每一档需要 fraction（得分比例）或 score（固定得分）二者之一");
                        return null;
                    }
                    return new TiersRule.Tier(decimal(tier, "min"), decimal(tier, "fraction"), decimal(tier, "score"));
                });
                return measure == null || tiers.contains(null) ? null : new TiersRule(measure, tiers);
            }
            case "composite": {
                List<CompositeRule.Point> points = list(node.path("points"), path + "/points", (point, p) -> {
                    ScoringRule inner = point.has("rule") ? rule(point.get("rule"), p + "/rule") : null;
                    return inner == null ? null : new CompositeRule.Point(text(point, "name"), decimal(point, "weight"), inner,
                            decimal(point, "max_deduction"), point.path("gate").asBoolean(false));
                });
                return points.contains(null) ? null : new CompositeRule(points, floor(node.path("floor"), path + "/floor"));
            }
            case "ratio_score": {
                if (!node.has("ratio") && !node.has("value")) {
                    return new UnscoredRule(kind, "按比例计分", "实测值");
                }
                Measure measure = measure(node, path);
                return measure == null ? null : new RatioRule(measure, decimal(node, "target"), "lower".equals(node.path("better").asText()),
                        floor(node.path("floor"), path + "/floor"), deductions(node.path("items"), path + "/items"));
            }
            case "deviation": {
                if (!node.has("ratio") && !node.has("value")) {
                    return new UnscoredRule(kind, "偏离度分档计分", "实测值");
                }
                Measure measure = measure(node, path);
                List<DeviationRule.Band> bands = list(node.path("bands"), path + "/bands", (band, p) -> {
                    Award award = award(band, p);
                    return award == null ? null : new DeviationRule.Band(decimal(band, "max"), award);
                });
                return measure == null || bands.contains(null) ? null
                        : built(path, () -> new DeviationRule(measure, decimal(node, "center") == null ? BigDecimal.valueOf(100)
                                : decimal(node, "center"), bands));
            }
            case "combined_tiers": {
                Map<String, Measure> measures = new java.util.LinkedHashMap<>();
                List<Measure> read = list(node.path("measures"), path + "/measures", (m, p) -> {
                    if (!m.has("ratio") && !m.has("value")) {
                        return null;
                    }
                    Measure measure = measure(m, p);
                    if (measure != null) {
                        measures.put(text(m, "key"), measure);
                    }
                    return measure;
                });
                if (read.contains(null)) {
                    return new UnscoredRule(kind, "组合分档计分", "各项实测值");
                }
                List<CombinedTiersRule.Tier> tiers = list(node.path("tiers"), path + "/tiers", (tier, p) -> {
                    Award award = award(tier, p);
                    List<CombinedTiersRule.Condition> when = list(tier.path("when"), p + "/when", (c, cp) -> {
                        Operator op = Operator.parse(c.path("op").asText()).orElse(null);
                        if (op == null || !op.isQuantitative()) {
                            error(cp + "/op", "条件的比较符应为 ≥、≤、=、＞ 或 ＜，实际为“" + c.path("op").asText() + "”");
                            return null;
                        }
                        if (!measures.containsKey(text(c, "measure"))) {
                            error(cp + "/measure", "条件引用了未在 measures 中定义的实测值“" + text(c, "measure") + "”");
                            return null;
                        }
                        return new CombinedTiersRule.Condition(text(c, "measure"), op, decimal(c, "value"));
                    });
                    return award == null || when.contains(null) ? null : new CombinedTiersRule.Tier(when, award);
                });
                return tiers.contains(null) ? null : built(path, () -> new CombinedTiersRule(measures, tiers));
            }
            case "grade_average": {
                if (!node.has("items")) {
                    return new UnscoredRule(kind, "等级折算计分", "各评定对象的等级");
                }
                List<GradeAverageRule.Grade> scale = gradeScale(node.path("scale"), path + "/scale");
                List<GradeAverageRule.Graded> items = list(node.path("items"), path + "/items",
                        (item, p) -> new GradeAverageRule.Graded(text(item, "name"), text(item, "grade")));
                return scale == null ? null : built(path + "/items", () -> new GradeAverageRule(scale, items));
            }
            case "rank": {
                if (!node.has("rank")) {
                    return new UnscoredRule(kind, "排名分档计分", "名次");
                }
                List<RankRule.Band> bands = list(node.path("bands"), path + "/bands", (band, p) -> {
                    Award award = award(band, p);
                    if (band.has("max_rank") == band.has("top_percent")) {
                        error(p, "每一档需要 max_rank（前几名）或 top_percent（前百分之几）二者之一");
                        return null;
                    }
                    return award == null ? null : new RankRule.Band(band.has("max_rank") ? band.get("max_rank").asInt() : null,
                            decimal(band, "top_percent"), award);
                });
                return bands.contains(null) ? null : built(path, () -> new RankRule(text(node, "label"), node.path("rank").asInt(),
                        node.has("count") ? node.get("count").asInt() : null, bands));
            }
            case "year_on_year": {
                if (!node.has("current")) {
                    return new UnscoredRule(kind, "与上年比较计分", "本年实际值");
                }
                if (!node.has("previous")) {
                    error(path, "与上年比较计分需要 previous（上年实际值）");
                    return null;
                }
                if (node.has("per") != node.has("points")) {
                    error(path, "按步扣分需要同时填写 per（每变差多少）和 points（扣多少分）");
                    return null;
                }
                Award worse = node.has("worse") ? award(node.get("worse"), path + "/worse") : null;
                return built(path, () -> new YearOnYearRule(text(node, "label"), text(node, "unit"), decimal(node, "current"),
                        decimal(node, "previous"), "lower".equals(node.path("better").asText()), decimal(node, "per"), decimal(node, "points"),
                        steps(node), decimal(node, "max_deduction"), worse));
            }
            case "checkpoints": {
                if (!node.has("base")) {
                    return new UnscoredRule(kind, "时间节点支出进度计分", "支出进度的基数（年初预算与调整预算之和）");
                }
                if (node.has("per") != node.has("points")) {
                    error(path, "未达节点按步扣分需要同时填写 per（每低多少个百分点）和 points（扣多少分）");
                    return null;
                }
                List<CheckpointRule.Checkpoint> checkpoints = list(node.path("checkpoints"), path + "/checkpoints",
                        this::checkpoint);
                return checkpoints.contains(null) ? null : built(path, () -> new CheckpointRule(decimal(node, "base"), text(node, "base_label"),
                        checkpoints, decimal(node, "per"), decimal(node, "points"), steps(node)));
            }
            case "group_deductions":
                return new GroupDeductionRule(deductions(node.path("items"), path + "/items"));
            case "qualitative":
                if (!node.has("level") && !node.has("score")) {
                    return new UnscoredRule(kind, "定性评价", "评定等级和得分");
                }
                if (!node.has("level") || !node.has("score")) {
                    error(path + (node.has("level") ? "/score" : "/level"), "定性评价需要同时填写 level（达成、部分达成、未达成）和 score（得分）");
                    return null;
                }
                return new QualitativeRule(QualitativeRule.Level.parse(node.path("level").asText()).orElseThrow(), decimal(node, "score"));
            case "deductions":
                if (!node.has("items")) {
                    return new UnscoredRule(kind, "扣分", "扣分点（无扣分点的得满分）");
                }
                return new DeductionsRule(deductions(node.path("items"), path + "/items"));
            case "manual":
                if (!node.has("score")) {
                    return new UnscoredRule(kind, "评价人员评定", "得分和评分理由");
                }
                if (!node.has("justification")) {
                    error(path, "缺少必填字段“justification”：人工评分须写明评分理由");
                    return null;
                }
                return new ManualRule(decimal(node, "score"), text(node, "justification"));
            default:
                error(path + "/kind", "未知的评分规则类型“" + kind + "”");
                return null;
        }
    }

    private CheckpointRule.Checkpoint checkpoint(JsonNode node, String path) {
        try {
            return new CheckpointRule.Checkpoint(node.path("month").asInt(), decimal(node, "min"), decimal(node, "weight"),
                    decimal(node, "executed"));
        } catch (IllegalArgumentException | NullPointerException e) {
            error(path, "时间节点需要 month（月份 1—12）、min（应达到的支出进度 %）和 weight（该节点分值）：" + e.getMessage());
            return null;
        }
    }

    private List<DeductionsRule.Deduction> deductions(JsonNode items, String path) {
        return list(items, path, (item, p) -> new DeductionsRule.Deduction(decimal(item, "points"), text(item, "reason")));
    }

    private static LinearDeductionRule.Steps steps(JsonNode node) {
        return "whole".equals(node.path("steps").asText()) ? LinearDeductionRule.Steps.WHOLE : LinearDeductionRule.Steps.PARTIAL;
    }

    /** A band's or floor's award: {@code fraction} of the weight or fixed {@code score}; neither means nothing (不得分). */
    private Award award(JsonNode node, String path) {
        if (node.has("fraction") && node.has("score")) {
            error(path, "fraction（得分比例）和 score（固定得分）只能填一个");
            return null;
        }
        if (node.has("score")) {
            return new Award(null, decimal(node, "score"));
        }
        return new Award(node.has("fraction") ? decimal(node, "fraction") : BigDecimal.ZERO, null);
    }

    private Floor floor(JsonNode node, String path) {
        if (node.isMissingNode()) {
            return null;
        }
        Award award = award(node, path);
        return award == null ? null : new Floor(decimal(node, "below"), award);
    }

    /** Builds a rule whose constructor checks what the schema cannot (a grade not in its scale …), reporting at {@code path}. */
    private ScoringRule built(String path, java.util.function.Supplier<ScoringRule> rule) {
        try {
            return rule.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            error(path, e.getMessage());
            return null;
        }
    }

    /** 优良中差, 优秀良好一般, or a list of {grade, fraction} with fractions such as 0.75 or "2/3". */
    private List<GradeAverageRule.Grade> gradeScale(JsonNode node, String path) {
        if (node.isMissingNode() || "优良中差".equals(node.asText())) {
            return GradeAverageRule.FOUR_GRADES;
        }
        if ("优秀良好一般".equals(node.asText())) {
            return GradeAverageRule.THREE_GRADES;
        }
        if (!node.isArray()) {
            error(path, "等级折算表应为“优良中差”“优秀良好一般”或 [{grade, fraction}…] 列表，实际为“" + node.asText() + "”");
            return null;
        }
        List<GradeAverageRule.Grade> grades = list(node, path, (g, p) -> {
            try {
                return GradeAverageRule.Grade.of(text(g, "grade"), g.path("fraction").asText());
            } catch (IllegalArgumentException e) {
                error(p + "/fraction", "等级“" + text(g, "grade") + "”的折算比例应为 0 到 1 之间的数或分数（如 2/3），实际为“"
                        + g.path("fraction").asText() + "”");
                return null;
            }
        });
        return grades.contains(null) ? null : grades;
    }

    private Measure measure(JsonNode node, String path) {
        RatioId ratio = ratio(node, path);
        boolean hasValue = node.has("value");
        if (ratio != null && hasValue) {
            error(path, "value（实测值）和 ratio（标准比率）只能填一个");
            return null;
        }
        if (ratio == null && !hasValue) {
            error(path, "需要 value（实测值）或 ratio（标准比率编号）");
            return null;
        }
        return ratio != null ? Measure.ofRatio(ratio) : Measure.of(text(node, "label"), decimal(node, "value"), text(node, "unit"));
    }

    private RatioId ratio(JsonNode node, String path) {
        return node.has("ratio") ? RatioId.fromKey(node.get("ratio").asText()).orElse(null) : null;
    }

    private Findings findings(JsonNode profile, JsonNode node) {
        BiFunction<JsonNode, String, Findings.Section> section = (s, p) -> new Findings.Section(text(s, "title"), text(s, "text"));
        return new Findings(list(profile, "/profile", section),
                list(node.path("achievements"), "/findings/achievements", section),
                list(node.path("problems"), "/findings/problems", section),
                list(node.path("suggestions"), "/findings/suggestions", section));
    }

    private <T> List<T> list(JsonNode array, String path, BiFunction<JsonNode, String, T> element) {
        List<T> out = new ArrayList<>();
        if (array.isArray()) {
            for (int i = 0; i < array.size(); i++) {
                out.add(element.apply(array.get(i), path + "/" + i));
            }
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text.strip();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.decimalValue() : null;
    }
}
