package org.jixiao.app.server.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jixiao.app.server.ApiException;
import org.jixiao.app.server.input.StoredText;
import org.jixiao.app.server.audit.AuditAction;
import org.jixiao.app.server.audit.AuditLog;
import org.jixiao.app.server.evaluation.EvaluationRepository.Filter;
import org.jixiao.app.server.organisation.Organisation;
import org.jixiao.app.server.organisation.OrganisationKind;
import org.jixiao.app.server.organisation.OrganisationRepository;
import org.jixiao.app.server.security.AccessPolicy;
import org.jixiao.app.server.security.AccessPolicy.Action;
import org.jixiao.app.server.security.AccessPolicy.Kind;
import org.jixiao.app.server.security.AccessPolicy.Target;
import org.jixiao.app.server.security.CurrentUser;
import org.jixiao.app.server.security.Role;
import org.jixiao.app.server.workflow.Stage;
import org.jixiao.core.evaluation.Meta;
import org.jixiao.core.indicator.ScoredIndicator;
import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.targets.Operator;
import org.jixiao.core.targets.QualitativeResult;
import org.jixiao.formats.dataset.DatasetException;
import org.jixiao.formats.dataset.DatasetProblem;
import org.jixiao.formats.dataset.DatasetReader;
import org.jixiao.formats.dataset.SourceDocument;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation use cases. Every method asks the access policy first ({@link AccessPolicy}): the data scope (a
 * department user reaches only its own unit's evaluations, an agency those it is commissioned for, a finance bureau
 * those it commissioned, the administrator all; out of scope is reported as not found), then the role and the
 * workflow state for what the method does.
 */
@Service
public class EvaluationService {
    public static final String STALE_VERSION = "该指标已被他人修改，请刷新后重试";

    private final EvaluationRepository evaluations;
    private final OrganisationRepository organisations;
    private final AuditLog audit;
    private final EvaluationScoring scoring;
    private final Clock clock;
    private final AccessPolicy policy;

    EvaluationService(EvaluationRepository evaluations, OrganisationRepository organisations, AuditLog audit, EvaluationScoring scoring,
            Clock clock, AccessPolicy policy) {
        this.policy = policy;
        this.evaluations = evaluations;
        this.organisations = organisations;
        this.audit = audit;
        this.scoring = scoring;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- scope

    static Target target(EvaluationRow row) {
        return Target.evaluation(row.id(), row.departmentId(), row.clientId(), row.agencyId(), row.stage());
    }

    public List<EvaluationRow> list(CurrentUser user, Filter filter) {
        return evaluations.find(policy.scope(user, Kind.EVALUATION), filter);
    }

    public EvaluationRow get(CurrentUser user, long id) {
        EvaluationRow row = evaluations.findById(id)
                .orElseThrow(() -> ApiException.notFound("评价 " + id + " 不存在，或不在当前账号的数据范围内"));
        policy.requireVisible(user, target(row));
        return row;
    }

    // ---------------------------------------------------------------- create

    public record Upload(String fileName, String text, boolean json, Long departmentId, Long clientId, Long agencyId) {}

    @Transactional
    public EvaluationRow create(CurrentUser user, Upload upload) {
        return create(user, upload, "上传数据集");
    }

    /** As {@link #create(CurrentUser, Upload)}; {@code how} is the reason the history records (上传数据集, 从模板新建). */
    @Transactional
    public EvaluationRow create(CurrentUser user, Upload upload, String how) {
        policy.require(user, new Action.CreateEvaluation(), Target.any(Kind.EVALUATION));
        DatasetReader.Read read;
        try {
            read = DatasetReader.read(upload.fileName(), upload.text(), upload.json());
        } catch (DatasetException e) {
            throw invalid(e.problems(), "数据集有 " + e.problems().size() + " 个错误，未保存任何内容");
        }
        Meta meta = read.evaluation().meta();
        List<DatasetProblem> problems = new ArrayList<>();
        Organisation department = resolve(upload, "/meta/department", meta.department(), upload.departmentId(), OrganisationKind.DEPARTMENT,
                true, problems);
        Organisation client = resolve(upload, "/meta/client", meta.client(), upload.clientId(), OrganisationKind.FINANCE_BUREAU, false,
                problems);
        Organisation agency = resolve(upload, "/meta/agency", meta.agency(), upload.agencyId(), OrganisationKind.AGENCY, false, problems);
        if (!problems.isEmpty()) {
            throw invalid(problems, "数据集中的单位尚未登记，未保存任何内容");
        }
        // an agency creates for itself, a finance bureau commissions for itself: its own organisation unless named
        if (user.role().isAgency() && agency == null && user.organisationId() != null) {
            agency = organisations.findById(user.organisationId()).orElse(null);
        }
        if (user.role() == Role.FINANCE_REVIEWER && client == null && user.organisationId() != null) {
            client = organisations.findById(user.organisationId()).orElse(null);
        }
        policy.require(user, new Action.CreateEvaluation(), Target.evaluation(null, department.id(), client == null ? null : client.id(),
                agency == null ? null : agency.id(), Stage.PREPARATION));
        String yaml = upload.json() ? DatasetText.yaml(DatasetText.tree(upload.text(), true)) : stripBom(upload.text());
        Instant now = clock.instant();
        String title = StoredText.checked("meta.title", "报告标题（meta.title，未写时由被评价部门或项目名称组成）", meta.displayTitle(), 300);
        long id = evaluations.insert(department.id(), client == null ? null : client.id(), agency == null ? null : agency.id(), meta.year(),
                title, Stage.PREPARATION, yaml, user.id(), now);
        audit.record(user, id, AuditAction.CREATE, null, null, upload.fileName(), how);
        return evaluations.findById(id).orElseThrow();
    }

    private Organisation resolve(Upload upload, String pointer, String name, Long id, OrganisationKind kind, boolean required,
            List<DatasetProblem> problems) {
        Organisation organisation = null;
        if (id != null) {
            organisation = organisations.findById(id).orElse(null);
            if (organisation == null || organisation.kind() != kind) {
                throw ApiException.badRequest("组织 " + id + " 不存在或不是" + kind.label());
            }
            return organisation;
        }
        if (name != null) {
            organisation = organisations.findByName(name.strip()).orElse(null);
            if (organisation == null || organisation.kind() != kind) {
                problems.add(locate(upload, pointer, "“" + name + "”尚未登记为" + kind.label() + "：请系统管理员先登记，或在请求中指定组织编号"));
                return null;
            }
        } else if (required) {
            problems.add(locate(upload, pointer, "缺少" + kind.label()));
        }
        return organisation;
    }

    private static DatasetProblem locate(Upload upload, String pointer, String message) {
        try {
            return SourceDocument.parse(upload.fileName(), stripBom(upload.text()), upload.json(), DatasetReader.FORMAT)
                    .problem(pointer, true, message);
        } catch (DatasetException e) {
            return new DatasetProblem(upload.fileName(), 0, pointer, true, message);
        }
    }

    private static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    static ApiException invalid(List<DatasetProblem> problems, String detail) {
        return ApiException.invalidDataset(detail,
                problems.stream().map(p -> EvaluationViews.Problem.of(p).asMap()).toList());
    }

    // ---------------------------------------------------------------- edit an indicator

    /**
     * A change of one leaf: its rule inputs as a JSON merge patch over the dataset's rule (e.g. new deduction items), its
     * evidence text, or both; {@code reason} goes into the history.
     */
    public record IndicatorChange(String path, JsonNode rule, String evidence, String reason) {}

    /** An edit checked and scored; the dataset text to save is written from the edited tree only when it is saved. */
    record Edited(EvaluationScoring.Scored before, EvaluationScoring.Scored after, String title) {
        String yaml() {
            return DatasetText.yaml(after.tree());
        }
    }

    /** An edit computed and not saved: the evaluation as stored and the score it would have. */
    public record Preview(EvaluationRow row, EvaluationScoring.Scored scored) {}

    /** Computes the edit without saving it (live scoring while typing). */
    public Preview preview(CurrentUser user, long id, IndicatorChange change) {
        EvaluationRow row = get(user, id);
        requireAnyEditor(user, row);
        Edited edited = apply(row, change);
        requireRights(user, row, change, systemChanges(edited, change));
        return new Preview(row, edited.after());
    }

    /**
     * Saves a change of one leaf. A change of the rule's kind or parameters is a change of the indicator system
     * ({@link IndicatorSystem}): only the roles the policy allows to change it, with a reason, recorded as 修改指标体系 in
     * the history and listed by the evaluation's review. Everything else is the evaluator's assessment.
     */
    @Transactional
    public EvaluationRow editIndicator(CurrentUser user, long id, Long expectedVersion, IndicatorChange change) {
        EvaluationRow row = get(user, id);
        requireAnyEditor(user, row);
        requireVersion(row, expectedVersion);
        Edited edited = apply(row, change);
        List<String> system = systemChanges(edited, change);
        requireRights(user, row, change, system);
        store(user, row, expectedVersion, edited);
        String path = change.path();
        ScoredIndicator oldNode = find(edited.before(), path);
        ScoredIndicator newNode = find(edited.after(), path);
        String label = "指标“" + newNode.name() + "”";
        if (change.rule() != null) {
            String before = edited.before().tree().at(path + "/rule").toString();
            String after = edited.after().tree().at(path + "/rule").toString();
            if (system.isEmpty()) {
                audit.record(user, id, AuditAction.EDIT_INDICATOR, path + "/rule", before, after, reasonOr(change.reason(), label + "的计分依据"));
            } else {
                audit.record(user, id, AuditAction.INDICATOR_SYSTEM_CHANGE, path + "/rule", before, after, change.reason().strip());
            }
        }
        if (change.evidence() != null) {
            audit.record(user, id, AuditAction.EDIT_INDICATOR, path + "/evidence", oldNode.indicator().evidence(),
                    newNode.indicator().evidence(), reasonOr(change.reason(), label + "的评价依据"));
        }
        recordScoreChanges(user, id, edited, change.reason());
        voidSignOffsAfterEdit(user, row, "指标");
        return evaluations.findById(id).orElseThrow();
    }

    /** The rule's fields whose change is a change of the indicator system (empty for an assessment or no rule change). */
    private static List<String> systemChanges(Edited edited, IndicatorChange change) {
        if (change.rule() == null) {
            return List.of();
        }
        return IndicatorSystem.changedFields(edited.before().tree().at(change.path() + "/rule"),
                edited.after().tree().at(change.path() + "/rule"));
    }

    /** Before anything is computed: the user may edit the evaluation in some way (its assessment or its indicator system). */
    private void requireAnyEditor(CurrentUser user, EvaluationRow row) {
        Target target = target(row);
        if (!policy.allows(user, new Action.ChangeIndicatorSystem(), target)) {
            policy.require(user, new Action.EditEvaluation(), target);
        }
    }

    /** The rights this change needs: the indicator system's for a change of rule kind or parameters, the assessment's else. */
    private void requireRights(CurrentUser user, EvaluationRow row, IndicatorChange change, List<String> system) {
        Target target = target(row);
        if (!system.isEmpty()) {
            policy.require(user, new Action.ChangeIndicatorSystem(), target);
            if (change.reason() == null || change.reason().isBlank()) {
                throw ApiException.invalidField("reason", "修改计分规则的类型或参数（" + String.join("、", system)
                        + "）是对指标体系的修改，须写明原因（reason）");
            }
        }
        if (change.evidence() != null || change.rule() != null && system.isEmpty()) {
            policy.require(user, new Action.EditEvaluation(), target);
        }
    }

    /** 428 without a version, 409 with a stale one. */
    static void requireVersion(EvaluationRow row, Long expectedVersion) {
        if (expectedVersion == null) {
            throw new ApiException(HttpStatus.PRECONDITION_REQUIRED, "缺少版本号",
                    "修改须带上评价的版本号（请求头 If-Match 或字段 version），以免覆盖他人的修改", null);
        }
        if (row.version() != expectedVersion) {
            throw stale(row.version());
        }
    }

    /** Saves the edited dataset if the version is still the expected one (409 otherwise: someone saved in between). */
    private void store(CurrentUser user, EvaluationRow row, long expectedVersion, Edited edited) {
        if (!evaluations.updateDataset(row.id(), expectedVersion, edited.title(), edited.yaml(), user.id(), clock.instant())) {
            throw stale(evaluations.findById(row.id()).map(EvaluationRow::version).orElse(-1L));
        }
    }

    /** A SCORE_CHANGE entry for every leaf whose score the edit changed (old and new to 2 decimals). */
    private void recordScoreChanges(CurrentUser user, long id, Edited edited, String reason) {
        Map<String, ScoredIndicator> before = new HashMap<>();
        edited.before().result().allIndicators().stream().filter(ScoredIndicator::isLeaf).forEach(i -> before.put(i.path(), i));
        for (ScoredIndicator newNode : edited.after().result().allIndicators()) {
            ScoredIndicator oldNode = before.get(newNode.path());
            if (newNode.isLeaf() && oldNode != null && oldNode.score().compareTo(newNode.score()) != 0) {
                audit.record(user, id, AuditAction.SCORE_CHANGE, newNode.path() + "/score", ChineseNumbers.fixed2(oldNode.score()),
                        ChineseNumbers.fixed2(newNode.score()), reasonOr(reason, "指标“" + newNode.name() + "”得分变化"));
            }
        }
    }

    /** An edit during 三级审核 voids the sign-offs given so far: what was signed is no longer what is there. */
    void voidSignOffsAfterEdit(CurrentUser user, EvaluationRow row, String what) {
        if (row.stage() == Stage.REVIEW && evaluations.clearSignOffs(row.id()) > 0) {
            audit.record(user, row.id(), AuditAction.SIGN_OFFS_CLEARED, null, null, null,
                    "三级审核期间修改了" + what + "，已有的审核签字作废，须重新审核");
        }
    }

    static String reasonOr(String reason, String fallback) {
        return reason == null || reason.isBlank() ? fallback : reason.strip();
    }

    private Edited apply(EvaluationRow row, IndicatorChange change) {
        if (change == null || change.path() == null || !change.path().startsWith("/indicators/")) {
            throw ApiException.badRequest("请给出指标路径 path，例如 /indicators/0/children/1/children/0（见评价详情中各指标的 path）");
        }
        if (change.rule() == null && change.evidence() == null) {
            throw ApiException.badRequest("没有要修改的内容：请给出 rule（计分依据）或 evidence（评价依据）");
        }
        if (change.rule() != null && !change.rule().isObject()) {
            throw ApiException.badRequest("rule 应为对象，例如 {\"items\": [{\"points\": 0.3, \"reason\": \"……\"}]}");
        }
        EvaluationScoring.Scored before = scoring.score(row);
        ObjectNode tree = before.tree().deepCopy();
        JsonNode node = tree.at(change.path());
        if (!node.isObject() || !node.has("name")) {
            throw ApiException.notFound("指标路径 " + change.path() + " 不存在");
        }
        if (!node.has("rule")) {
            throw ApiException.badRequest("“" + node.path("name").asText() + "”不是末级指标：只有末级指标有计分依据");
        }
        ObjectNode indicator = (ObjectNode) node;
        if (change.rule() != null) {
            JsonNode kind = change.rule().get("kind");
            boolean otherKind = kind != null && !kind.equals(indicator.get("rule").get("kind"));
            // a rule of another kind replaces the old one (its fields mean nothing to the new kind); else a merge patch
            indicator.set("rule", otherKind ? DatasetText.mergePatch(JsonNodeFactory.instance.objectNode(), change.rule())
                    : DatasetText.mergePatch(indicator.get("rule"), change.rule()));
        }
        if (change.evidence() != null) {
            if (change.evidence().isBlank()) {
                indicator.remove("evidence");
            } else {
                indicator.put("evidence", change.evidence());
            }
        }
        return rescore(row, before, tree);
    }

    /** Checks and scores an edited copy of the dataset tree; 422 with the located problems when it breaks a rule. */
    private static Edited rescore(EvaluationRow row, EvaluationScoring.Scored before, ObjectNode tree) {
        EvaluationScoring.Scored after;
        try {
            // scored from the tree itself: the saved text is written from the same tree, so both agree
            after = EvaluationScoring.score(EvaluationScoring.fileName(row), tree);
        } catch (DatasetException e) {
            throw invalid(e.problems(), "修改后的数据有 " + e.problems().size() + " 个错误，未保存");
        }
        return new Edited(before, after, after.result().evaluation().meta().displayTitle());
    }

    // ---------------------------------------------------------------- edit budget facts

    /** The budget facts the browser's form edits: dataset field (under {@code budget}) and its name in the reports. */
    public static final Map<String, String> FACT_FIELDS = factFields();

    private static Map<String, String> factFields() {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("initial/total", "年初预算");
        fields.put("initial/project", "年初项目支出预算");
        fields.put("adjusted/total", "调整后预算");
        fields.put("final/total", "支出决算");
        fields.put("superior_special_funds", "上级专项资金");
        fields.put("staff/approved", "编制数（人）");
        fields.put("staff/actual", "实际在职人数（人）");
        fields.put("three_public/budget", "“三公经费”本年预算");
        fields.put("three_public/budget_previous_year", "“三公经费”上年预算");
        fields.put("three_public/actual", "“三公经费”实际支出");
        fields.put("public_funds/budget", "公用经费预算");
        fields.put("public_funds/actual", "公用经费实际支出");
        fields.put("procurement/budget", "政府采购预算");
        fields.put("procurement/actual", "实际政府采购");
        fields.put("fixed_assets/total", "固定资产（抽查数量）");
        fields.put("fixed_assets/in_use", "在用固定资产");
        return java.util.Collections.unmodifiableMap(fields);
    }

    /**
     * Budget facts (预算收支) entered in a form: {@code values} maps a field of {@link #FACT_FIELDS} to a number, or to null
     * / "" to clear it. Amounts are in the dataset's {@code budget.unit} (万元 unless it says otherwise).
     */
    public record FactsChange(Map<String, JsonNode> values, String reason) {}

    public EvaluationScoring.Scored previewFacts(CurrentUser user, long id, FactsChange change) {
        EvaluationRow row = get(user, id);
        requireEditor(user, row);
        return applyFacts(row, change).after();
    }

    @Transactional
    public EvaluationRow editFacts(CurrentUser user, long id, Long expectedVersion, FactsChange change) {
        EvaluationRow row = get(user, id);
        requireEditor(user, row);
        requireVersion(row, expectedVersion);
        Edited edited = applyFacts(row, change);
        List<String> changed = FACT_FIELDS.keySet().stream()
                .filter(f -> !Objects.equals(text(edited.before().tree().at("/budget/" + f)), text(edited.after().tree().at("/budget/" + f))))
                .toList();
        if (changed.isEmpty()) {
            return row;
        }
        store(user, row, expectedVersion, edited);
        for (String field : changed) {
            JsonNode old = edited.before().tree().at("/budget/" + field);
            JsonNode now = edited.after().tree().at("/budget/" + field);
            audit.record(user, id, AuditAction.EDIT_FACTS, "/budget/" + field, old.isMissingNode() ? null : text(old),
                    now.isMissingNode() ? null : text(now), reasonOr(change.reason(), "预算数据“" + FACT_FIELDS.get(field) + "”"));
        }
        recordScoreChanges(user, id, edited, change.reason());
        voidSignOffsAfterEdit(user, row, "预算数据");
        return evaluations.findById(id).orElseThrow();
    }

    private Edited applyFacts(EvaluationRow row, FactsChange change) {
        if (change == null || change.values() == null || change.values().isEmpty()) {
            throw ApiException.unprocessable("values", "请填写要修改的预算数据");
        }
        EvaluationScoring.Scored before = scoring.score(row);
        ObjectNode tree = before.tree().deepCopy();
        ObjectNode budget = tree.has("budget") && tree.get("budget").isObject() ? (ObjectNode) tree.get("budget") : tree.putObject("budget");
        for (Map.Entry<String, JsonNode> entry : change.values().entrySet()) {
            String field = entry.getKey();
            String label = FACT_FIELDS.get(field);
            if (label == null) {
                throw ApiException.unprocessable("values." + field, "不能在此修改“" + field + "”：可修改的预算数据为 " + String.join("、", FACT_FIELDS.values()));
            }
            String[] parts = field.split("/");
            ObjectNode parent = budget;
            for (int i = 0; i < parts.length - 1; i++) {
                parent = parent.has(parts[i]) && parent.get(parts[i]).isObject() ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
            }
            String leaf = parts[parts.length - 1];
            JsonNode value = entry.getValue();
            if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
                parent.remove(leaf);
                continue;
            }
            BigDecimal number;
            try {
                number = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText().strip().replace(",", "").replace("，", ""));
            } catch (NumberFormatException e) {
                throw ApiException.unprocessable("values." + field, label + "应为数字，不能填“" + value.asText() + "”");
            }
            if (number.signum() < 0) {
                throw ApiException.unprocessable("values." + field, label + "不能为负数：" + number.toPlainString());
            }
            parent.put(leaf, number.stripTrailingZeros().scale() < 0 ? number.setScale(0) : number.stripTrailingZeros());
        }
        return rescore(row, before, tree);
    }

    // ---------------------------------------------------------------- edit a target's actual value

    /**
     * The actual value (实际完成值) of one performance target and where it comes from. {@code id} names a target of the
     * evaluation's target list; {@code path} (as in the detail's targets) also reaches a target written inside a leaf's
     * rule. {@code actual} is a number for ≥ ≤ = ＞ ＜ targets (a JSON number or its text) and 完成 / 部分完成 / 未完成 (or
     * a word {@link QualitativeResult} accepts) for 定性 ones. The target value (目标值) is not editable: it is the
     * approved target table's.
     */
    public record TargetChange(String id, String path, JsonNode actual, String source, String reason) {}

    /** Computes the change without saving it (live scoring while typing). */
    public Preview previewTarget(CurrentUser user, long id, TargetChange change) {
        EvaluationRow row = get(user, id);
        requireEditor(user, row);
        return new Preview(row, applyTarget(row, change).edited().after());
    }

    @Transactional
    public EvaluationRow editTarget(CurrentUser user, long id, Long expectedVersion, TargetChange change) {
        EvaluationRow row = get(user, id);
        requireEditor(user, row);
        requireVersion(row, expectedVersion);
        TargetEdit edit = applyTarget(row, change);
        Edited edited = edit.edited();
        JsonNode oldTarget = edited.before().tree().at(edit.path());
        JsonNode newTarget = edited.after().tree().at(edit.path());
        List<String> changed = List.of("actual", "source").stream()
                .filter(field -> !Objects.equals(text(oldTarget.get(field)), text(newTarget.get(field)))).toList();
        if (changed.isEmpty()) {
            return row;
        }
        store(user, row, expectedVersion, edited);
        String label = "绩效目标“" + newTarget.path("name").asText() + "”";
        for (String field : changed) {
            audit.record(user, id, AuditAction.EDIT_TARGET, edit.path() + "/" + field, text(oldTarget.get(field)), text(newTarget.get(field)),
                    reasonOr(change.reason(), label + ("actual".equals(field) ? "的实际完成值" : "的数据来源")));
        }
        recordScoreChanges(user, id, edited, change.reason());
        voidSignOffsAfterEdit(user, row, "绩效目标");
        return evaluations.findById(id).orElseThrow();
    }

    private record TargetEdit(String path, Edited edited) {}


    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
    }

    private TargetEdit applyTarget(EvaluationRow row, TargetChange change) {
        if (change == null || (blank(change.id()) && blank(change.path()))) {
            throw ApiException.unprocessable("id", "请给出绩效目标的编号 id（如 T1-01），或其位置 path（见评价详情中各目标的 path）");
        }
        boolean hasActual = change.actual() != null && !change.actual().isNull()
                && !(change.actual().isTextual() && change.actual().asText().isBlank());
        if (!hasActual && change.source() == null) {
            throw ApiException.unprocessable("actual", "请填写实际完成值");
        }
        EvaluationScoring.Scored before = scoring.score(row);
        ObjectNode tree = before.tree().deepCopy();
        String path = blank(change.path()) ? targetPath(tree, change.id().strip()) : change.path().strip();
        JsonNode node = path.startsWith("/targets/") || path.endsWith("/rule/target") ? tree.at(path) : null;
        if (node == null || !node.isObject() || !node.has("name")) {
            throw ApiException.unprocessable(blank(change.path()) ? "id" : "path", "绩效目标 " + path + " 不存在");
        }
        ObjectNode target = (ObjectNode) node;
        Operator operator = Operator.parse(target.path("op").asText()).orElse(Operator.AT_LEAST);
        String name = "“" + target.path("name").asText() + "”";
        if (hasActual) {
            JsonNode actual = change.actual();
            if (operator.isQuantitative()) {
                if (!actual.isNumber() && !actual.isTextual()) {
                    throw ApiException.unprocessable("actual", "实际完成值应为数字");
                }
                BigDecimal number;
                try {
                    number = actual.isNumber() ? actual.decimalValue() : new BigDecimal(actual.asText().strip().replace(",", "").replace("，", ""));
                } catch (NumberFormatException e) {
                    throw ApiException.unprocessable("actual", "实际完成值应为数字：" + name + "是定量目标（" + operator.symbol() + " "
                            + target.path("value").asText() + target.path("unit").asText() + "），不能填“" + actual.asText() + "”");
                }
                target.put("actual", number.stripTrailingZeros().scale() < 0 ? number.setScale(0) : number.stripTrailingZeros());
            } else {
                QualitativeResult result = actual.isTextual() ? QualitativeResult.parse(actual.asText()).orElse(null) : null;
                if (result == null) {
                    throw ApiException.unprocessable("actual", "实际完成情况应为“完成”“部分完成”或“未完成”：" + name + "是定性目标，不能填“"
                            + actual.asText() + "”");
                }
                target.put("actual", result.label());
            }
        }
        if (change.source() != null) {
            if (change.source().strip().length() > 500) {
                throw ApiException.unprocessable("source", "数据来源不能超过 500 字");
            }
            if (change.source().isBlank()) {
                target.remove("source");
            } else {
                target.put("source", change.source().strip());
            }
        }
        return new TargetEdit(path, rescore(row, before, tree));
    }

    private static String targetPath(JsonNode tree, String id) {
        JsonNode targets = tree.path("targets");
        for (int i = 0; i < targets.size(); i++) {
            if (id.equals(targets.get(i).path("id").asText())) {
                return "/targets/" + i;
            }
        }
        throw ApiException.unprocessable("id", "绩效目标“" + id + "”不存在：请用评价详情中绩效目标的编号");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static ScoredIndicator find(EvaluationScoring.Scored scored, String path) {
        return scored.result().allIndicators().stream().filter(i -> i.path().equals(path)).findFirst()
                .orElseThrow(() -> ApiException.notFound("指标路径 " + path + " 不存在"));
    }

    /** The user may change what the evaluator assesses (scores within the rules, evidence, targets, prose, title) now. */
    void requireEditor(CurrentUser user, EvaluationRow row) {
        policy.require(user, new Action.EditEvaluation(), target(row));
    }

    static ApiException stale(long currentVersion) {
        return new ApiException(HttpStatus.CONFLICT, "版本冲突", STALE_VERSION, Map.of("currentVersion", currentVersion));
    }

    // ---------------------------------------------------------------- workflow

    /** The stages this user may move the evaluation to now. */
    public List<Stage> allowedStages(CurrentUser user, EvaluationRow row) {
        int signOffs = evaluations.signOffs(row.id()).size();
        List<Stage> allowed = new ArrayList<>();
        for (Stage to : Stage.values()) {
            if (policy.allows(user, new Action.MoveStage(to, signOffs), target(row))) {
                allowed.add(to);
            }
        }
        return allowed;
    }

    @Transactional
    public EvaluationRow changeStage(CurrentUser user, long id, Stage to, String reason, Long expectedVersion) {
        EvaluationRow row = get(user, id);
        if (expectedVersion != null && expectedVersion != row.version()) {
            throw stale(row.version());
        }
        policy.require(user, new Action.MoveStage(to, evaluations.signOffs(id).size()), target(row));
        boolean back = to.compareTo(row.stage()) < 0;
        if (back && (reason == null || reason.isBlank())) {
            throw ApiException.badRequest("退回须写明原因");
        }
        if (!evaluations.updateStage(id, row.version(), to, user.id(), clock.instant())) {
            throw stale(evaluations.findById(id).map(EvaluationRow::version).orElse(-1L));
        }
        audit.record(user, id, AuditAction.STAGE_CHANGE, "stage", row.stage().label(), to.label(),
                reasonOr(reason, back ? "退回" : "推进到" + to.label()));
        if (back && evaluations.clearSignOffs(id) > 0) {
            audit.record(user, id, AuditAction.SIGN_OFFS_CLEARED, null, null, null, "退回修改，已有的审核签字作废");
        }
        return evaluations.findById(id).orElseThrow();
    }

    /**
     * Signs one level of the 三级审核, in the order and by the people the access policy allows: levels in order, each by
     * a different person, the one the dataset names ({@code meta.reviewers}) when it names one.
     */
    @Transactional
    public EvaluationRow signOff(CurrentUser user, long id, int level, String opinion) {
        EvaluationRow row = get(user, id);
        List<Long> signedBy = evaluations.signOffs(id).stream().map(SignOff::userId).toList();
        String named = level >= 1 && level <= 3 ? namedReviewer(row, level) : null;
        policy.require(user, new Action.SignOff(level, signedBy, named), target(row));
        evaluations.addSignOff(id, level, user.id(), opinion, clock.instant());
        audit.record(user, id, AuditAction.SIGN_OFF, "signoff/" + level, null, user.displayName(),
                reasonOr(opinion, Stage.reviewLevelLabel(level) + "通过"));
        return evaluations.findById(id).orElseThrow();
    }

    public String namedReviewer(EvaluationRow row, int level) {
        JsonNode name = scoring.score(row).tree().at("/meta/reviewers/level" + level);
        return name.isTextual() && !name.asText().isBlank() ? name.asText().strip() : null;
    }

    public List<SignOff> signOffs(long id) {
        return evaluations.signOffs(id);
    }

    /** The changes of the indicator system recorded for the evaluation (the row was checked for the user already). */
    public List<org.jixiao.app.server.audit.AuditEntry> indicatorSystemChanges(EvaluationRow row) {
        return audit.forEvaluation(row.id()).stream().filter(e -> e.action() == AuditAction.INDICATOR_SYSTEM_CHANGE).toList();
    }

    public List<org.jixiao.app.server.audit.AuditEntry> history(CurrentUser user, long id) {
        get(user, id);
        return audit.forEvaluation(id);
    }
}
