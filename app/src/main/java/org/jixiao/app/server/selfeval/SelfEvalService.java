package org.jixiao.app.server.selfeval;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jixiao.app.server.ApiException;
import org.jixiao.app.server.input.StoredText;
import org.jixiao.app.server.audit.AuditAction;
import org.jixiao.app.server.audit.AuditLog;
import org.jixiao.app.server.organisation.Organisation;
import org.jixiao.app.server.organisation.OrganisationKind;
import org.jixiao.app.server.organisation.OrganisationRepository;
import org.jixiao.app.server.security.AccessPolicy;
import org.jixiao.app.server.security.AccessPolicy.Action;
import org.jixiao.app.server.security.AccessPolicy.Kind;
import org.jixiao.app.server.security.AccessPolicy.Relation;
import org.jixiao.app.server.security.AccessPolicy.Scope;
import org.jixiao.app.server.security.AccessPolicy.Target;
import org.jixiao.app.server.security.CurrentUser;
import org.jixiao.app.server.security.Role;
import org.jixiao.app.server.selfeval.SelfEvalRepository.BatchRow;
import org.jixiao.app.server.selfeval.SelfEvalRepository.TableRow;
import org.jixiao.app.server.selfeval.SelfEvalRepository.WorkbookRow;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Location;
import org.jixiao.core.review.Severity;
import org.jixiao.core.selfeval.Sample;
import org.jixiao.core.selfeval.SampleCandidate;
import org.jixiao.core.selfeval.Sampler;
import org.jixiao.core.selfeval.SamplingRule;
import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.selfeval.SelfEvalScore;
import org.jixiao.core.selfeval.SelfEvalScorer;
import org.jixiao.core.selfeval.SelfEvalTable;
import org.jixiao.core.selfeval.ShadowReview;
import org.jixiao.formats.selfeval.SelfEvalBatch;
import org.jixiao.formats.selfeval.SelfEvalWorkbookReader;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-evaluation batches (项目支出绩效自评表): upload, the scores, findings and spot-check sample computed from the kept
 * workbooks with the same code as {@code jixiao selfeval}, and the data scope. The administrator sees every batch; a
 * finance bureau the batches it collects (and only it uploads, samples and deletes them); a department user the tables
 * of its own unit, read-only, and neither other units' tables nor the sample (a spot check is not announced to the
 * units before it happens); evaluation agencies are not party to self-evaluations and see none. A batch out of scope
 * answers 404, so that its existence is not revealed. These rules are {@link AccessPolicy}'s.
 */
@Service
public class SelfEvalService {
    /** Workbooks are read one at a time: the server shares its cores with every other request. */
    private static final int THREADS = 1;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The grade bands of a table: its own when it states them, else the standard ones (as the batch is scored). */
    private static final SelfEvalScorer SCORER = SelfEvalScorer.standard();

    private final SelfEvalRepository repository;
    private final OrganisationRepository organisations;
    private final AuditLog audit;
    private final Clock clock;
    private final AccessPolicy policy;
    /** Batches never change once saved, so their computation is kept (a few, the most recently read). */
    private final Map<Long, Computed> cache = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Computed> eldest) {
            return size() > 16;
        }
    });

    SelfEvalService(SelfEvalRepository repository, OrganisationRepository organisations, AuditLog audit, Clock clock, AccessPolicy policy) {
        this.policy = policy;
        this.repository = repository;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** A batch computed: every table scored and reviewed in upload order, the 汇总表 findings and the import warnings. */
    public record Computed(List<SelfEvalBatch.Processed> tables, List<Finding> summaryFindings, List<Finding> importProblems) {}

    /**
     * What a user may see of a batch.
     *
     * @param tables the table rows in the user's scope, in batch order
     * @param whole  whether the user sees the whole batch (bureau, admin) or only its own unit's tables
     */
    public record Access(BatchRow batch, List<WorkbookRow> workbooks, List<TableRow> tables, boolean whole, boolean mayChange) {}

    /** A visible table: its stored row and its computation. */
    public record Visible(TableRow row, SelfEvalBatch.Processed processed) {}

    // ---------------------------------------------------------------- scope

    public List<BatchRow> list(CurrentUser user, Integer year) {
        Scope scope = policy.scope(user, Kind.SELFEVAL_BATCH);
        if (scope.none()) {
            return List.of();
        }
        return repository.findBatches(scope.by(Relation.OWNER) ? scope.organisationId() : null,
                scope.by(Relation.DEPARTMENT) ? scope.organisationId() : null, year);
    }

    private static Target target(BatchRow batch, List<TableRow> tables) {
        return Target.selfEvalBatch(batch.id(), batch.financeBureauId(), tables.stream().map(TableRow::departmentId).toList());
    }

    public Access access(CurrentUser user, long id) {
        BatchRow batch = repository.findBatch(id)
                .orElseThrow(() -> ApiException.notFound("自评批次 " + id + " 不存在，或不在当前账号的数据范围内"));
        List<TableRow> tables = repository.tables(id);
        Target target = target(batch, tables);
        policy.requireVisible(user, target);
        boolean whole = policy.allows(user, new Action.SeeWholeBatch("整个批次"), target);
        boolean mayChange = policy.allows(user, new Action.DeleteSelfEvalBatch(), target);
        if (whole) {
            return new Access(batch, repository.workbooks(id), tables, true, mayChange);
        }
        // a unit sees its own tables and the workbooks they are in
        List<TableRow> own = tables.stream().filter(t -> Objects.equals(t.departmentId(), user.organisationId())).toList();
        Set<Long> books = new HashSet<>();
        own.forEach(t -> books.add(t.workbookId()));
        return new Access(batch, repository.workbooks(id).stream().filter(w -> books.contains(w.id())).toList(), own, false, mayChange);
    }

    /** The batch as its finance bureau (or the administrator) sees it; 403 for a unit that sees only its own tables. */
    public Access wholeBatch(CurrentUser user, long id, String what) {
        Access access = access(user, id);
        policy.require(user, new Action.SeeWholeBatch(what), target(access.batch(), access.tables()));
        return access;
    }

    // ---------------------------------------------------------------- computation

    public Computed computed(Access access) {
        long id = access.batch().id();
        Computed computed = cache.get(id);
        if (computed == null) {
            List<SelfEvalBatch.WorkbookSource> sources = new ArrayList<>();
            for (WorkbookRow workbook : repository.workbooks(id)) {
                sources.add(() -> SelfEvalWorkbookReader.read(new ByteArrayInputStream(repository.content(workbook.id())), workbook.fileName()));
            }
            computed = compute(sources);
            cache.put(id, computed);
        }
        return computed;
    }

    private static Computed compute(List<SelfEvalBatch.WorkbookSource> sources) {
        List<SelfEvalBatch.Processed> tables = new ArrayList<>();
        SelfEvalBatch.Result result = SelfEvalBatch.processSources(sources, THREADS, tables::add);
        return new Computed(List.copyOf(tables), result.summaryFindings(), result.problems());
    }

    /** The visible tables with their scores and findings, in batch order. */
    public List<Visible> visible(Access access) {
        Map<String, SelfEvalBatch.Processed> byKey = new LinkedHashMap<>();
        for (SelfEvalBatch.Processed p : computed(access).tables()) {
            byKey.put(p.score().table().key(), p);
        }
        List<Visible> visible = new ArrayList<>();
        for (TableRow row : access.tables()) {
            SelfEvalBatch.Processed p = byKey.get(row.key());
            if (p != null) {
                visible.add(new Visible(row, p));
            }
        }
        return visible;
    }

    /** The findings a user may see: those of its visible tables, and for the whole batch the 汇总表's too. */
    public List<Finding> findings(Access access) {
        List<Finding> findings = new ArrayList<>();
        for (Visible v : visible(access)) {
            findings.addAll(v.processed().findings());
        }
        if (access.whole()) {
            findings.addAll(computed(access).summaryFindings());
        }
        return findings;
    }

    /** The spot-check sample of the whole batch, drawn as {@code jixiao selfeval sample} draws it. */
    public Sample sample(Access access, SamplingRule rule) {
        List<SampleCandidate> candidates = computed(access).tables().stream().map(SelfEvalBatch.Processed::candidate).toList();
        return Sampler.draw(candidates, rule);
    }

    // ---------------------------------------------------------------- 复核 shadow values

    /**
     * A visible table with the reviewer's values beside the unit's.
     *
     * @param unit the unit the difference statistics group it under: the registered unit, else the 主管部门 it prints, else
     *             its 实施单位
     */
    public record Reviewed(Visible visible, ShadowReview.Table review, String unit) {}

    /** The visible tables, 自评 beside 复核 (the reviewer's values read fresh: they change, the workbooks do not). */
    public List<Reviewed> reviewed(Access access) {
        Map<Long, List<ShadowReview.ReviewerScore>> byTable = new HashMap<>();
        for (SelfEvalRepository.ReviewScoreRow r : repository.reviewScores(access.batch().id())) {
            byTable.computeIfAbsent(r.tableId(), t -> new ArrayList<>()).add(new ShadowReview.ReviewerScore(r.row(), r.score(), r.reason()));
        }
        List<Reviewed> reviewed = new ArrayList<>();
        for (Visible v : visible(access)) {
            SelfEvalScore score = v.processed().score();
            reviewed.add(new Reviewed(v, ShadowReview.of(score, SCORER.gradesOf(score.table()), byTable.getOrDefault(v.row().id(), List.of())),
                    unitName(v.row())));
        }
        return reviewed;
    }

    /** The difference statistics (自评 against 复核, 档差) per unit of the given tables. */
    public static List<ShadowReview.UnitStatistics> statistics(List<Reviewed> reviewed) {
        return reviewed.isEmpty() ? List.of()
                : ShadowReview.byUnit(reviewed.stream().map(Reviewed::unit).toList(), reviewed.stream().map(Reviewed::review).toList());
    }

    private String unitName(TableRow row) {
        if (row.departmentId() != null) {
            Organisation unit = organisations.findById(row.departmentId()).orElse(null);
            if (unit != null) {
                return unit.name();
            }
        }
        return !row.department().isBlank() ? row.department() : !row.implementer().isBlank() ? row.implementer() : "（未注明单位）";
    }

    /**
     * Records, changes or withdraws ({@code score} null) the reviewer's 复核得分 of a row, with its reason, in the audit trail.
     * The unit's workbook is not touched.
     */
    @Transactional
    public Reviewed recordReviewScore(CurrentUser user, long batchId, long tableId, int row, BigDecimal score, String reason) {
        Access access = access(user, batchId);
        policy.require(user, new Action.ReviewSelfEval(), target(access.batch(), access.tables()));
        Visible visible = visible(access).stream().filter(v -> v.row().id() == tableId).findFirst()
                .orElseThrow(() -> ApiException.notFound("自评表 " + tableId + " 不在批次 " + batchId + " 中"));
        SelfEvalScore computed = visible.processed().score();
        String text = reason == null ? null : reason.strip();
        String problem = ShadowReview.problem(computed, row, score, text);
        if (problem != null) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "复核得分无效", "自评表“" + computed.table().project() + "”：" + problem, null);
        }
        text = StoredText.checked("reason", "复核理由", text, 500);
        SelfEvalRepository.ReviewScoreRow before = repository.reviewScore(tableId, row).orElse(null);
        String field = "自评表 " + visible.row().seq() + "「" + StoredText.shortened(computed.table().project(), 60) + "」" + rowName(computed, row);
        String old = before == null ? null : ChineseNumbers.fixed2(before.score());
        if (score == null) {
            if (before == null) {
                throw ApiException.badRequest(field + "没有复核得分，无需撤销");
            }
            repository.deleteReviewScore(tableId, row);
            audit.recordSelfEvalReview(user, batchId, field, old, null, "撤销复核得分：" + text);
        } else {
            BigDecimal value = score.setScale(2, java.math.RoundingMode.UNNECESSARY);
            repository.saveReviewScore(batchId, tableId, row, value, text, user.id(), clock.instant());
            audit.recordSelfEvalReview(user, batchId, field, old, ChineseNumbers.fixed2(value), text);
        }
        return reviewed(access).stream().filter(r -> r.visible().row().id() == tableId).findFirst().orElseThrow();
    }

    /** 第 N 行（预算执行率 / the indicator's name）. */
    static String rowName(SelfEvalScore score, int row) {
        return "第 " + row + " 行（" + (row == ShadowReview.EXECUTION_ROW ? "预算执行率"
                : StoredText.shortened(score.indicators().get(row - 1).row().name(), 60)) + "）";
    }

    /** The batch's audit entries, oldest first: upload, 复核得分 changes. */
    public List<org.jixiao.app.server.audit.AuditEntry> history(Access access) {
        return audit.forSelfEvalBatch(access.batch().id());
    }

    // ---------------------------------------------------------------- upload

    /** One uploaded file. */
    public record UploadedFile(String fileName, byte[] content) {}

    /**
     * @param financeBureauId the bureau that owns the batch (the administrator must name it; a finance reviewer's is its own)
     * @param departmentId    the unit every table belongs to; null to find each table's unit by its 主管部门 or 实施单位
     */
    public record Upload(String name, Integer year, Long financeBureauId, Long departmentId, List<UploadedFile> files) {}

    @Transactional
    public long create(CurrentUser user, Upload upload) {
        policy.require(user, new Action.UploadSelfEval(), Target.selfEvalBatch(null, upload.financeBureauId(), List.of()));
        Organisation bureau;
        if (user.role() == Role.FINANCE_REVIEWER) {
            // the policy made sure the account belongs to a bureau; organisations are never deleted
            bureau = organisations.findById(user.organisationId()).orElseThrow();
        } else {
            if (upload.financeBureauId() == null) {
                throw ApiException.badRequest("请用参数 financeBureauId 指定汇总该批次的财政局");
            }
            bureau = organisation(upload.financeBureauId(), OrganisationKind.FINANCE_BUREAU);
        }
        Organisation unit = upload.departmentId() == null ? null : organisation(upload.departmentId(), OrganisationKind.DEPARTMENT);
        int year = upload.year() != null ? upload.year() : clock.instant().atZone(CHINA).getYear() - 1;
        if (year < 2000 || year > 2100) {
            throw ApiException.badRequest("年度 " + year + " 无效");
        }
        List<UploadedFile> files = upload.files() == null ? List.of() : upload.files();
        if (files.isEmpty()) {
            throw ApiException.badRequest("请选择至少一个自评表工作簿（.xlsx）");
        }

        // read everything first: any bad file refuses the whole upload, nothing is saved
        List<Finding> refused = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<SelfEvalBatch.WorkbookSource> sources = new ArrayList<>();
        for (UploadedFile file : files) {
            if (!names.add(file.fileName())) {
                refused.add(new Finding("IMPORT_FILE", Severity.ERROR, new Location(file.fileName(), null, null, 0), null, null, "导入校验",
                        "同名文件“" + file.fileName() + "”上传了两次：请只上传一次，或改名后再上传"));
                continue;
            }
            if (!file.fileName().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                refused.add(new Finding("IMPORT_FILE", Severity.ERROR, new Location(file.fileName(), null, null, 0), null, "Excel 工作簿（.xlsx）",
                        "应为 Excel 工作簿（.xlsx）", "“" + file.fileName() + "”不是 .xlsx 工作簿：请上传按自评表模板填写的 Excel 文件"));
                continue;
            }
            sources.add(() -> SelfEvalWorkbookReader.read(new ByteArrayInputStream(file.content()), file.fileName()));
        }
        Computed computed = compute(sources);
        computed.importProblems().stream().filter(Finding::isError).forEach(refused::add);
        if (refused.isEmpty() && computed.tables().isEmpty()) {
            refused.add(new Finding("IMPORT_FILE", Severity.ERROR, new Location(files.get(0).fileName(), null, null, 0), null, null, "导入校验",
                    "上传的工作簿中没有找到项目支出绩效自评表：请按自评表模板（jixiao selfeval template）填写"));
        }
        for (SelfEvalBatch.Processed p : computed.tables()) {
            refused.addAll(tooLong(p.score().table()));
        }
        if (!refused.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "自评表有误",
                    "上传的 " + files.size() + " 个工作簿中有 " + refused.size() + " 个错误，未保存任何内容",
                    Map.of("problems", refused.stream().map(SelfEvalViews.FindingView::of).toList()));
        }

        Instant now = clock.instant();
        String name = upload.name() == null || upload.name().isBlank() ? year + " 年度项目支出绩效自评（" + StoredText.shortened(files.get(0).fileName(), 200)
                + (files.size() > 1 ? " 等 " + files.size() + " 个工作簿" : "") + "）" : StoredText.checked("name", "批次名称", upload.name().strip(), 300);
        long batchId = repository.insertBatch(name, year, bureau.id(), user.id(), now);
        Map<String, Long> workbookIds = new LinkedHashMap<>();
        int seq = 1;
        for (UploadedFile file : files) {
            workbookIds.put(file.fileName(), repository.insertWorkbook(batchId, seq++, file.fileName(), file.content()));
        }
        seq = 1;
        for (SelfEvalBatch.Processed p : computed.tables()) {
            SelfEvalTable table = p.score().table();
            Organisation owner = unit != null ? unit : unitOf(table);
            repository.insertTable(batchId, workbookIds.get(table.source().workbook()), seq++, Objects.toString(table.source().sheet(), ""),
                    table.project().strip(), table.department().strip(), table.implementer().strip(), owner == null ? null : owner.id());
        }
        audit.recordSelfEval(user, batchId, AuditAction.SELFEVAL_UPLOAD, String.join("、", workbookIds.keySet()),
                "上传自评表 " + computed.tables().size() + " 张");
        return batchId;
    }

    /** The names of a table that are longer than the batch can store (项目名称, 主管部门, 实施单位: 300; sheet names: 200). */
    private static List<Finding> tooLong(SelfEvalTable table) {
        List<Finding> problems = new java.util.ArrayList<>();
        String[][] names = {{"项目名称", table.project(), "300"}, {"主管部门", table.department(), "300"}, {"实施单位", table.implementer(), "300"},
                {"工作表名称", table.source().sheet(), "200"}};
        for (String[] name : names) {
            int max = Integer.parseInt(name[2]);
            if (name[1] != null && name[1].strip().codePointCount(0, name[1].strip().length()) > max) {
                problems.add(new Finding("IMPORT_VALUE", Severity.ERROR, new Location(table.source().workbook(), table.source().sheet(), null, 0),
                        StoredText.shortened(name[1].strip(), 40), "不超过 " + max + " 个字", "导入校验",
                        name[0] + "过长：最多 " + max + " 个字，实际 " + name[1].strip().codePointCount(0, name[1].strip().length()) + " 个"));
            }
        }
        return problems;
    }

    /** The registered unit a table belongs to: its 主管部门, else its 实施单位, when registered as a department. */
    private Organisation unitOf(SelfEvalTable table) {
        for (String name : new String[] {table.department(), table.implementer()}) {
            if (name != null && !name.isBlank()) {
                Organisation organisation = organisations.findByName(name.strip()).orElse(null);
                if (organisation != null && organisation.kind() == OrganisationKind.DEPARTMENT) {
                    return organisation;
                }
            }
        }
        return null;
    }

    private Organisation organisation(long id, OrganisationKind kind) {
        Organisation organisation = organisations.findById(id).orElse(null);
        if (organisation == null || organisation.kind() != kind) {
            throw ApiException.badRequest("组织 " + id + " 不存在或不是" + kind.label());
        }
        return organisation;
    }

    // ---------------------------------------------------------------- delete

    @Transactional
    public void delete(CurrentUser user, long id) {
        Access access = access(user, id);
        policy.require(user, new Action.DeleteSelfEvalBatch(), target(access.batch(), access.tables()));
        repository.deleteBatch(id);
        cache.remove(id);
        audit.recordSelfEval(user, id, AuditAction.SELFEVAL_DELETE, access.batch().name(), "删除自评表批次");
    }

    public byte[] workbook(Access access, long workbookId) {
        if (access.workbooks().stream().noneMatch(w -> w.id() == workbookId)) {
            throw ApiException.notFound("工作簿 " + workbookId + " 不在该批次中，或不在当前账号的数据范围内");
        }
        return repository.content(workbookId);
    }
}
