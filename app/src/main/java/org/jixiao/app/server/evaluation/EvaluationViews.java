package org.jixiao.app.server.evaluation;

import org.jixiao.app.server.organisation.OrganisationRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.jixiao.app.server.audit.AuditEntry;
import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.indicator.ScoredIndicator;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.ratio.MonthlyProgress;
import org.jixiao.core.ratio.ProjectExecution;
import org.jixiao.core.ratio.Ratio;
import org.jixiao.core.review.EvaluationReview;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Severity;
import org.jixiao.core.scoring.ProportionalRule;
import org.jixiao.core.targets.Target;
import org.jixiao.core.targets.TargetAssessment;
import org.jixiao.formats.dataset.DatasetProblem;

/** What the evaluation API returns: computed from the dataset on every read, mapped from the core model here. */
public final class EvaluationViews {
    private EvaluationViews() {}


    public record Total(BigDecimal weight, BigDecimal score, BigDecimal rate, String grade) {
        static Total of(EvaluationResult result) {
            return new Total(Decimals.round2(result.totalWeight()), result.totalScore(), result.totalRatePercent(), result.grade());
        }
    }

    /** One row of the evaluation list. */
    public record Summary(long id, String title, int year, OrganisationRef department, OrganisationRef client, OrganisationRef agency,
            String stage, String stageCode, BigDecimal totalScore, String grade, long version, Instant updatedAt) {}

    /**
     * An indicator with its computed score. {@code rule} is the leaf's rule as the dataset keeps it (the inputs a PATCH
     * changes); {@code path} addresses the indicator in PATCH requests.
     */
    public record IndicatorView(String path, String code, String name, int level, BigDecimal weight, BigDecimal score, BigDecimal rate,
            boolean leaf, String ruleKind, JsonNode rule, String explanation, String standard, String evidence, String ratio,
            List<IndicatorView> children) {

        static IndicatorView of(ScoredIndicator node, JsonNode tree) {
            JsonNode rule = node.isLeaf() ? tree.at(node.path() + "/rule") : null;
            return new IndicatorView(node.path(), node.indicator().code(), node.name(), node.level(), Decimals.round2(node.weight()),
                    node.score(), node.ratePercent(), node.isLeaf(), node.isLeaf() ? node.indicator().rule().kind() : null,
                    rule == null || rule.isMissingNode() ? null : rule, node.explanation(), node.indicator().standard(),
                    node.indicator().evidence(), node.indicator().ratio() == null ? null : node.indicator().ratio().key(),
                    node.children().stream().map(c -> of(c, tree)).toList());
        }
    }

    public record RatioView(String id, String label, String formula, BigDecimal percent, String derivation, List<Ratio.Input> inputs) {
        static RatioView of(Ratio ratio) {
            return new RatioView(ratio.id().key(), ratio.label(), ratio.formula(), ratio.percent(), ratio.derivation(), ratio.inputs());
        }
    }

    /**
     * A performance target with its assessment. {@code path} is where it sits in the dataset ({@code /targets/N}, or
     * {@code /indicators/…/rule/target} for a target written inside a leaf's rule) and addresses it for editing; the
     * raw {@code operator}, {@code value}, {@code unit}, {@code actualValue} and {@code source} fill the edit form.
     */
    public record TargetView(String id, String path, String table, String category, String name, String target, String actual, Boolean met,
            BigDecimal completionPercent, String sentence, String operator, boolean quantitative, BigDecimal value, String unit,
            String actualValue, String source) {
        static TargetView of(TargetAssessment a, String id, String path, String table) {
            Target t = a.target();
            String actualValue = !t.hasActual() ? null
                    : t.operator().isQuantitative() ? t.actual().toPlainString() : t.actualResult().label();
            return new TargetView(id, path, table, t.category(), t.name(), t.printedTarget(), t.printedActual().orElse(null), a.met(),
                    a.completionPercent(), a.sentence(), t.operator().symbol(), t.operator().isQuantitative(), t.value(), t.unit(),
                    actualValue, t.source());
        }
    }

    /**
     * The review (复核) of an evaluation: the reviewer's questions about its data (core {@code EvaluationReview}) and the
     * dataset reader's warnings, with counts per severity. {@code path} leads to the indicator, target or table.
     */
    /**
     * The review of an evaluation: the reviewer's questions, the dataset's warnings, and every change of the indicator
     * system made during the evaluation (from the history), so that a reviewer sees a rule changed after the client
     * confirmed it.
     */
    public record ReviewView(long id, long version, Map<String, Long> counts, List<FindingView> findings) {
        static ReviewView of(EvaluationRow row, List<EvaluationReview.Entry> entries, List<DatasetProblem> warnings,
                List<AuditEntry> systemChanges, EvaluationResult result) {
            List<FindingView> findings = new java.util.ArrayList<>();
            entries.forEach(e -> findings.add(FindingView.of(e)));
            systemChanges.forEach(c -> findings.add(FindingView.ofSystemChange(c, result)));
            warnings.forEach(w -> findings.add(new FindingView("DATA_WARNING", Severity.WARNING.name(), Severity.WARNING.label(), "数据集",
                    w.field(), w.line() > 0 ? "第 " + w.line() + " 行 " + w.field() : w.field(), null, null, "数据集检查", w.message(),
                    w.pointer())));
            findings.sort(java.util.Comparator.comparing(f -> Severity.valueOf(f.severity())));
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            for (Severity severity : Severity.values()) {
                counts.put(severity.label(), findings.stream().filter(f -> f.severity().equals(severity.name())).count());
            }
            return new ReviewView(row.id(), row.version(), counts, findings);
        }
    }

    /** One finding: rule code, severity (ERROR/WARNING/INFO and its label 错误/警告/提示), where, printed vs expected value. */
    public record FindingView(String code, String severity, String severityLabel, String part, String item, String location, String printed,
            String expected, String rule, String message, String path) {
        static FindingView of(EvaluationReview.Entry entry) {
            Finding f = entry.finding();
            return new FindingView(f.code(), f.severity().name(), f.severity().label(), f.location().part(), f.location().item(),
                    f.location().describe(), f.printed(), f.expected(), f.rule(), f.message(), entry.path());
        }

        /** A change of a leaf's rule kind or parameters recorded in the history (修改指标体系). */
        static FindingView ofSystemChange(AuditEntry change, EvaluationResult result) {
            String path = change.field().endsWith("/rule") ? change.field().substring(0, change.field().length() - "/rule".length())
                    : change.field();
            String name = result.allIndicators().stream().filter(i -> i.path().equals(path)).map(ScoredIndicator::name).findFirst()
                    .orElse(path);
            String before = IndicatorSystem.describe(change.oldValue());
            String after = IndicatorSystem.describe(change.newValue());
            String message = "指标“" + name + "”的计分规则在评价过程中被修改（" + before + " → " + after + "），修改人：" + change.username()
                    + "，时间：" + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Asia/Shanghai"))
                            .format(change.at())
                    + "，原因：" + change.reason() + "。指标体系经委托单位确认，请核对该修改是否经过确认。";
            return new FindingView("INDICATOR_SYSTEM_CHANGED", Severity.WARNING.name(), Severity.WARNING.label(), "指标体系", name, name,
                    before, after, "指标体系变更", message, path);
        }
    }

    public record SignOffView(int level, String levelLabel, String namedReviewer, String username, String displayName, String opinion,
            Instant signedAt) {}

    public record Problem(int line, String field, String pointer, String severity, String message) {
        static Problem of(DatasetProblem p) {
            return new Problem(p.line(), p.field(), p.pointer(), p.error() ? "错误" : "警告", p.message());
        }

        Map<String, Object> asMap() {
            Map<String, Object> map = new java.util.LinkedHashMap<>();
            map.put("line", line);
            map.put("field", field);
            map.put("pointer", pointer);
            map.put("severity", severity);
            map.put("message", message);
            return map;
        }
    }

    /** The whole evaluation: meta, the scored tree with explanations, ratios with derivations, targets, workflow. */
    public record Detail(long id, String title, int year, String subject, OrganisationRef department, OrganisationRef client,
            OrganisationRef agency, String stage, String stageCode, boolean editable, List<String> allowedStages, long version,
            String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, Total total, List<IndicatorView> indicators,
            List<RatioView> ratios, MonthlyView monthly, ProjectsView projects, List<TargetView> targets, List<SignOffView> signOffs,
            List<Problem> warnings, PrintedView printed, FactsView facts) {}

    /** The budget facts the form edits: each field with its name, its value (null when not entered) and the unit. */
    public record FactsView(String unit, List<Fact> fields) {}

    public record Fact(String key, String label, BigDecimal value) {}

    static FactsView facts(com.fasterxml.jackson.databind.JsonNode tree) {
        com.fasterxml.jackson.databind.JsonNode budget = tree.path("budget");
        List<Fact> fields = EvaluationService.FACT_FIELDS.entrySet().stream().map(e -> {
            com.fasterxml.jackson.databind.JsonNode value = budget.at("/" + e.getKey());
            return new Fact(e.getKey(), e.getValue(), value.isNumber() ? value.decimalValue() : null);
        }).toList();
        return new FactsView(budget.path("unit").asText("万元"), fields);
    }

    /**
     * 报告印数核对: how many printed figures the dataset keeps and each that departs from the computed one (message with both
     * values, the dataset line and field of the printed figure).
     */
    public record PrintedView(int checked, List<Problem> differences) {
        static PrintedView of(int checked, List<DatasetProblem> differences) {
            return new PrintedView(checked, differences.stream()
                    .map(p -> new Problem(p.line(), p.field(), p.pointer(), "印数不一致", p.message())).toList());
        }
    }

    /** 项目支出: each project's 预算执行率 (执行数 ÷ 调整后预算, 2 decimals; null when nothing was budgeted) and the column totals. */
    public record ProjectsView(List<ProjectView> rows, BigDecimal initial, BigDecimal adjusted, BigDecimal executed, BigDecimal ratePercent) {
        static ProjectsView of(ProjectExecution execution) {
            var rows = execution.rows();
            return new ProjectsView(java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> ProjectView.of(i, rows.get(i))).toList(),
                    execution.totals().initial(), execution.totals().adjusted(), execution.totals().executed(), execution.totals().ratePercent());
        }
    }

    /** One project; {@code path} is its place in the dataset ({@code /projects/27}), as review findings name it. */
    public record ProjectView(String path, String name, String category, BigDecimal initial, BigDecimal adjusted, BigDecimal executed,
            BigDecimal ratePercent, boolean key, String reason) {
        static ProjectView of(int index, ProjectExecution.Row row) {
            var p = row.project();
            return new ProjectView("/projects/" + index, p.name(), p.category(), p.initial(), p.adjusted(), p.executed(), row.ratePercent(),
                    p.key(), p.reason());
        }
    }

    /** 预算执行进度 vs 序时进度 month by month (percent, 2 decimals); absent when the dataset has no monthly execution. */
    public record MonthlyView(String fund, String unit, BigDecimal annualTotal, List<MonthView> months) {
        static MonthlyView of(MonthlyProgress progress) {
            return new MonthlyView(progress.source().fund(), progress.source().unit(), progress.source().annualTotal(),
                    progress.months().stream().map(m -> new MonthView(m.month(), m.label(), m.cumulative(), m.spent(), m.progressPercent(),
                            m.schedulePercent())).toList());
        }
    }

    public record MonthView(int month, String label, BigDecimal cumulative, BigDecimal spent, BigDecimal progressPercent, BigDecimal schedulePercent) {}

    /** The scores only: what changes when an indicator is edited. */
    public record ScoreView(long id, long version, Total total, List<IndicatorView> indicators) {}

    /** One change; {@code displayName} is the person's name as the account has it now (the username is what was recorded). */
    public record HistoryEntry(long id, Instant at, String username, String displayName, String action, String actionLabel, String field,
            String oldValue, String newValue, String reason) {
        static HistoryEntry of(AuditEntry e, String displayName) {
            return new HistoryEntry(e.id(), e.at(), e.username(), displayName, e.action().name(), e.action().label(), e.field(), e.oldValue(),
                    e.newValue(), e.reason());
        }
    }

    public static List<IndicatorView> tree(EvaluationResult result, JsonNode tree) {
        return result.indicators().stream().map(i -> IndicatorView.of(i, tree)).toList();
    }

    public static List<RatioView> ratios(EvaluationResult result) {
        return result.ratios().all().stream().map(RatioView::of).toList();
    }

    public static MonthlyView monthly(EvaluationResult result) {
        return result.monthly().map(MonthlyView::of).orElse(null);
    }

    /** Absent when the dataset lists no projects. */
    public static ProjectsView projects(EvaluationResult result) {
        return result.projectExecution() == null || result.projectExecution().rows().isEmpty() ? null
                : ProjectsView.of(result.projectExecution());
    }

    /**
     * The evaluation's targets in dataset order, then the targets written inside proportional leaves (a template's
     * placeholders), named after their leaf.
     */
    public static List<TargetView> targets(EvaluationResult result) {
        List<TargetView> views = new ArrayList<>();
        List<TargetAssessment> listed = result.targets();
        for (int i = 0; i < listed.size(); i++) {
            TargetAssessment a = listed.get(i);
            views.add(TargetView.of(a, a.target().id(), "/targets/" + i, a.target().table()));
        }
        for (ScoredIndicator leaf : result.allIndicators()) {
            if (leaf.isLeaf() && leaf.indicator().rule() instanceof ProportionalRule rule && rule.targetIds().isEmpty() && rule.inline() != null) {
                views.add(TargetView.of(TargetAssessment.of(rule.inline()), null, leaf.path() + "/rule/target", "指标“" + leaf.name() + "”"));
            }
        }
        return views;
    }
}
