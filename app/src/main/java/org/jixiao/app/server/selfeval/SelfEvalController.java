package org.jixiao.app.server.selfeval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Size;

import org.jixiao.app.server.ApiException;
import org.jixiao.app.server.input.InputLimits;
import org.jixiao.app.server.Downloads;
import org.jixiao.app.server.organisation.Organisation;
import org.jixiao.app.server.organisation.OrganisationRepository;
import org.jixiao.app.server.security.CurrentUser;
import org.jixiao.app.server.security.UserRepository;
import org.jixiao.app.server.security.Users;
import org.jixiao.app.server.selfeval.SelfEvalRepository.BatchRow;
import org.jixiao.app.server.selfeval.SelfEvalService.Access;
import org.jixiao.app.server.selfeval.SelfEvalService.UploadedFile;
import org.jixiao.app.server.selfeval.SelfEvalService.Visible;
import org.jixiao.app.server.selfeval.SelfEvalViews.BatchSummary;
import org.jixiao.app.server.selfeval.SelfEvalViews.Detail;
import org.jixiao.app.server.selfeval.SelfEvalViews.FindingView;
import org.jixiao.app.server.organisation.OrganisationRefs;
import org.jixiao.app.server.selfeval.SelfEvalViews.SampleView;
import org.jixiao.app.server.selfeval.SelfEvalViews.WorkbookView;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Severity;
import org.jixiao.core.selfeval.Sample;
import org.jixiao.core.selfeval.SamplingRule;
import org.jixiao.core.selfeval.SelfEvalScore;
import org.jixiao.core.selfeval.SelfEvalTable;
import org.jixiao.formats.selfeval.ReviewComparison;
import org.jixiao.formats.selfeval.SelfEvalExport;
import org.jixiao.report.selfeval.SelfEvalDocx;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/selfevals")
@Tag(name = "项目自评", description = "项目支出绩效自评表批次：上传工作簿、自评得分、复核发现、抽查样本、汇总表下载。执行率、得分、总分、等级和复核发现都由上传的工作簿实时计算，从不存储。")
public class SelfEvalController {

    private final SelfEvalService service;
    private final OrganisationRepository organisations;
    private final UserRepository users;
    private final InputLimits limits;

    SelfEvalController(SelfEvalService service, OrganisationRepository organisations, UserRepository users, InputLimits limits) {
        this.service = service;
        this.organisations = organisations;
        this.users = users;
        this.limits = limits;
    }

    @GetMapping
    @Operation(summary = "自评批次列表", description = "只含当前账号数据范围内的批次：财政局为本局汇总的批次，部门用户为含本单位自评表的批次（只计本单位的表）。"
            + "每个批次带自评表张数、各等级张数和复核发现的错误、警告条数。")
    public List<BatchSummary> list(@Parameter(description = "年度") @RequestParam(required = false) Integer year) {
        CurrentUser user = Users.current();
        OrganisationRefs orgs = organisations.refs();
        return service.list(user, year).stream().map(row -> {
            Access access = service.access(user, row.id());
            List<Visible> visible = service.visible(access);
            List<Finding> findings = service.findings(access);
            return new BatchSummary(row.id(), row.name(), row.year(), orgs.of(row.financeBureauId()), access.workbooks().size(),
                    visible.size(), SelfEvalViews.grades(visible), count(findings, Severity.ERROR), count(findings, Severity.WARNING),
                    displayName(row.createdBy()), row.createdAt());
        }).toList();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传自评表工作簿新建批次（multipart，字段 files，可多个）",
            description = "一个或多个按自评表模板填写的 .xlsx 工作簿（一次最多 jixiao.limits.files-per-upload 个，默认 200；多于此数返回 413），一次保存：任何一个工作簿有错，返回 422 problem details，problems 列出每个问题的"
                    + "文件、工作表、单元格和说明，不保存任何内容。财政局审核账号为本局上传；系统管理员须用 financeBureauId 指定财政局。"
                    + "自评表按主管部门（或实施单位）名称归属已登记的部门，也可用 departmentId 把全部自评表归属一个部门。")
    public ResponseEntity<Detail> create(@RequestPart(name = "files", required = false) List<MultipartFile> files,
            @Parameter(description = "批次名称（默认由年度和文件名组成）") @RequestParam(required = false) @Size(max = 300) String name,
            @Parameter(description = "年度（默认上一年）") @RequestParam(required = false) Integer year,
            @Parameter(description = "汇总该批次的财政局的组织编号（系统管理员上传时必填）") @RequestParam(required = false) Long financeBureauId,
            @Parameter(description = "全部自评表所属部门的组织编号") @RequestParam(required = false) Long departmentId) throws IOException {
        CurrentUser user = Users.current();
        if (files != null && files.size() > limits.filesPerUpload()) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "文件太多", limits.tooManyFiles(files.size()), null);
        }
        List<UploadedFile> uploaded = new java.util.ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "自评表.xlsx"
                    : Path.fileName(file.getOriginalFilename());
            uploaded.add(new UploadedFile(fileName, file.getBytes()));
        }
        long id = service.create(user, new SelfEvalService.Upload(name, year, financeBureauId, departmentId, uploaded));
        return ResponseEntity.created(URI.create("/api/selfevals/" + id)).body(detail(service.access(user, id)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "自评批次详情", description = "每张自评表的项目名称、主管部门、实施单位、全年预算数、全年执行数、预算执行率、执行率得分、指标得分、自评得分（总分）和等级，"
            + "均由工作簿重新计算，并列出单位填报的总分；每个三级指标的填报得分与复核得分。部门用户只看到本单位的自评表。")
    public Detail get(@PathVariable long id) {
        return detail(service.access(Users.current(), id));
    }

    @GetMapping("/{id}/findings")
    @Operation(summary = "复核发现", description = "每条发现的规则代码（SE_TOTAL、SE_LOW_EXEC_FULL …）、严重程度（错误、警告、提示）、位置（工作簿、工作表、单元格）、"
            + "填报值、复核值、规则和说明；severity=错误/警告/提示 只列该级别。")
    public List<FindingView> findings(@PathVariable long id,
            @Parameter(description = "严重程度：错误、警告、提示（或 ERROR、WARNING、INFO）") @RequestParam(required = false) String severity) {
        Severity wanted = severity == null || severity.isBlank() ? null : severity(severity);
        return service.findings(service.access(Users.current(), id)).stream().filter(f -> wanted == null || f.severity() == wanted)
                .map(FindingView::of).toList();
    }

    @GetMapping("/{id}/findings/download")
    @Operation(summary = "下载复核发现（Excel）")
    public ResponseEntity<byte[]> findingsWorkbook(@PathVariable long id) throws IOException {
        Access access = service.access(Users.current(), id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SelfEvalExport.findings(out, service.findings(access));
        return Downloads.file(Downloads.XLSX, access.batch().name() + "-复核发现.xlsx", out.toByteArray());
    }

    @GetMapping("/{id}/sample")
    @Operation(summary = "抽查样本", description = "满足数量和金额两个覆盖下限（默认不少于 30% 的项目、60% 的预算金额）的最小样本，按风险排序抽取，"
            + "列出每个项目的抽取理由（与 jixiao selfeval sample 相同）。只对汇总该批次的财政局和系统管理员开放。")
    public SampleView sample(@PathVariable long id,
            @Parameter(description = "按项目数量的最低抽查比例（%），默认 30") @RequestParam(defaultValue = "30") BigDecimal minCount,
            @Parameter(description = "按预算金额的最低抽查比例（%），默认 60") @RequestParam(defaultValue = "60") BigDecimal minAmount,
            @Parameter(description = "随机种子：风险相同的项目之间的先后，默认 1") @RequestParam(defaultValue = "1") long seed) {
        Access access = service.wholeBatch(Users.current(), id, "抽查样本");
        Sample sample = service.sample(access, rule(minCount, minAmount, seed));
        Map<String, Long> ids = new HashMap<>();
        for (Visible v : service.visible(access)) {
            ids.put(v.processed().candidate().id(), v.row().id());
        }
        return SampleView.of(sample, ids);
    }

    @GetMapping("/{id}/sample/download")
    @Operation(summary = "下载抽查样本清单（Excel）")
    public ResponseEntity<byte[]> sampleWorkbook(@PathVariable long id, @RequestParam(defaultValue = "30") BigDecimal minCount,
            @RequestParam(defaultValue = "60") BigDecimal minAmount, @RequestParam(defaultValue = "1") long seed) throws IOException {
        Access access = service.wholeBatch(Users.current(), id, "抽查样本");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SelfEvalExport.sample(out, service.sample(access, rule(minCount, minAmount, seed)));
        return Downloads.file(Downloads.XLSX, access.batch().name() + "-抽查样本.xlsx", out.toByteArray());
    }

    @GetMapping("/{id}/summary")
    @Operation(summary = "下载汇总表和自评表", description = "format=xlsx（默认）或 docx：自评情况汇总表（序号、项目名称、自评得分、自评等级）和每张自评表，"
            + "执行率、执行率得分、总分重新计算（与 jixiao selfeval export 相同）。部门用户只含本单位的自评表。")
    public ResponseEntity<byte[]> summary(@PathVariable long id, @RequestParam(defaultValue = "xlsx") String format) throws IOException {
        Access access = service.access(Users.current(), id);
        List<Visible> visible = service.visible(access);
        List<SelfEvalScore> scores = visible.stream().map(v -> v.processed().score()).toList();
        String title = access.batch().year() + " 年度项目支出绩效自评情况汇总表";
        String department = department(visible);
        ReviewComparison comparison = null;
        if (access.whole()) {
            List<SelfEvalService.Reviewed> reviewed = service.reviewed(access);
            comparison = new ReviewComparison(reviewed.stream().map(SelfEvalService.Reviewed::review).toList(),
                    reviewed.stream().map(SelfEvalService.Reviewed::unit).toList());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "xlsx" -> {
                SelfEvalExport.workbook(out, title, department, scores, comparison);
                yield Downloads.file(Downloads.XLSX, access.batch().name() + "-汇总表.xlsx", out.toByteArray());
            }
            case "docx" -> {
                List<SelfEvalTable> published = scores.stream().map(SelfEvalExport::published).toList();
                List<SelfEvalDocx.Extra> extras = comparison == null ? List.of()
                        : List.of(new SelfEvalDocx.Extra(ReviewComparison.TABLES_SHEET, comparison.tableRows()),
                                new SelfEvalDocx.Extra(ReviewComparison.UNITS_SHEET, comparison.unitRows()),
                                new SelfEvalDocx.Extra(ReviewComparison.ROWS_SHEET, comparison.reviewerRows()));
                SelfEvalDocx.write(out, title, department, SelfEvalExport.summary(scores), extras, published);
                yield Downloads.file(Downloads.DOCX, access.batch().name() + "-汇总表.docx", out.toByteArray());
            }
            default -> throw ApiException.badRequest("格式“" + format + "”无效：应为 xlsx 或 docx");
        };
    }

    @GetMapping("/{id}/workbooks/{workbookId}")
    @Operation(summary = "下载上传的原工作簿", description = "只对汇总该批次的财政局和系统管理员开放（一个工作簿可能含多个单位的自评表）。")
    public ResponseEntity<byte[]> workbook(@PathVariable long id, @PathVariable long workbookId) {
        Access access = service.wholeBatch(Users.current(), id, "原工作簿");
        String name = access.workbooks().stream().filter(w -> w.id() == workbookId).map(w -> w.fileName()).findFirst().orElse("自评表.xlsx");
        return Downloads.file(Downloads.XLSX, name, service.workbook(access, workbookId));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "删除自评批次", description = "汇总该批次的财政局或系统管理员；删除记入操作日志。")
    public ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(Users.current(), id);
        return ResponseEntity.noContent().build();
    }

    // ---------------------------------------------------------------- mapping

    /**
     * A reviewer's 复核得分: {@code score} with at most 2 decimals between 0 and the row's 分值, or null to withdraw the value
     * recorded before; {@code reason} always.
     */
    public record ReviewScoreRequest(@io.swagger.v3.oas.annotations.media.Schema(description = "复核得分（null 为撤销）") BigDecimal score,
            @io.swagger.v3.oas.annotations.media.Schema(description = "理由", maxLength = 1000) @Size(max = 1000) String reason) {}

    @PutMapping("/{id}/tables/{tableId}/review/{row}")
    @Operation(summary = "记录复核得分", description = "财政局复核人员为自评表的一行记录复核得分和理由：第 0 行为预算执行率，第 1–n 行为三级指标（按表中顺序）。"
            + "单位填报的数字不变，复核得分另行保存，汇总和导出中自评与复核并列；score 为 null 时撤销该行的复核得分。每次修改记入操作日志（原值、新值、理由）。"
            + "只对汇总该批次的财政局和系统管理员开放。返回该表的自评与复核。")
    public SelfEvalViews.TableView review(@PathVariable long id, @PathVariable long tableId, @PathVariable int row,
            @jakarta.validation.Valid @RequestBody ReviewScoreRequest request) {
        SelfEvalService.Reviewed reviewed = service.recordReviewScore(Users.current(), id, tableId, row, request.score(), request.reason());
        return SelfEvalViews.table(reviewed.visible(), organisations.refs().of(reviewed.visible().row().departmentId()), reviewed.review());
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "操作记录", description = "上传、复核得分的记录与撤销：谁、何时、哪张表哪一行、原值、新值和理由，最早的在前。只对汇总该批次的财政局和系统管理员开放。")
    public List<SelfEvalViews.HistoryView> history(@PathVariable long id) {
        Access access = service.wholeBatch(Users.current(), id, "操作记录");
        return service.history(access).stream().map(e -> new SelfEvalViews.HistoryView(e.id(), e.at(), e.username(), e.action().label(), e.field(),
                e.oldValue(), e.newValue(), e.reason())).toList();
    }

    private Detail detail(Access access) {
        OrganisationRefs orgs = organisations.refs();
        BatchRow row = access.batch();
        List<Visible> visible = service.visible(access);
        Map<Long, SelfEvalService.Reviewed> reviewed = new HashMap<>();
        List<SelfEvalViews.UnitView> units = List.of();
        if (access.whole()) {
            List<SelfEvalService.Reviewed> all = service.reviewed(access);
            all.forEach(r -> reviewed.put(r.visible().row().id(), r));
            units = SelfEvalService.statistics(all).stream().map(SelfEvalViews.UnitView::of).toList();
        }
        List<Finding> findings = service.findings(access);
        List<FindingView> importWarnings = access.whole()
                ? service.computed(access).importProblems().stream().map(FindingView::of).toList() : List.of();
        return new Detail(row.id(), row.name(), row.year(), orgs.of(row.financeBureauId()), displayName(row.createdBy()), row.createdAt(),
                access.whole(), access.mayChange(), access.workbooks().stream().map(w -> new WorkbookView(w.id(), w.fileName())).toList(),
                visible.stream().map(v -> SelfEvalViews.table(v, orgs.of(v.row().departmentId()),
                        reviewed.containsKey(v.row().id()) ? reviewed.get(v.row().id()).review() : null)).toList(), SelfEvalViews.grades(visible),
                count(findings, Severity.ERROR), count(findings, Severity.WARNING), importWarnings, access.mayChange(), units);
    }

    /** The 预算部门 printed on the summary: the one unit of the tables, or blank when they belong to several. */
    private String department(List<Visible> visible) {
        Set<String> names = new LinkedHashSet<>();
        for (Visible v : visible) {
            Long unit = v.row().departmentId();
            names.add(unit != null ? organisations.findById(unit).map(Organisation::name).orElse("") : v.row().department());
        }
        return names.size() == 1 ? names.iterator().next() : "";
    }

    private static SamplingRule rule(BigDecimal minCount, BigDecimal minAmount, long seed) {
        for (BigDecimal p : new BigDecimal[] {minCount, minAmount}) {
            if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw ApiException.badRequest("抽查比例应为 0 到 100 之间的百分数，如 minCount=30&minAmount=60");
            }
        }
        return new SamplingRule(minCount, minAmount, seed);
    }

    private static Severity severity(String text) {
        for (Severity s : Severity.values()) {
            if (s.name().equalsIgnoreCase(text.strip()) || s.label().equals(text.strip())) {
                return s;
            }
        }
        throw ApiException.badRequest("严重程度“" + text + "”无效：应为 错误、警告 或 提示");
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }


    private String displayName(Long id) {
        return id == null ? null : users.findById(id).map(u -> u.displayName()).orElse(null);
    }

    /** The last segment of an uploaded file's name (some browsers send a path). */
    private static final class Path {
        static String fileName(String name) {
            String n = name.replace('\\', '/');
            return n.substring(n.lastIndexOf('/') + 1);
        }
    }
}
