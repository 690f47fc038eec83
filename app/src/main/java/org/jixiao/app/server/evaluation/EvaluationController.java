package org.jixiao.app.server.evaluation;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jixiao.app.server.ApiException;
import org.jixiao.app.server.Downloads;
import org.jixiao.app.server.evaluation.EvaluationRepository.Filter;
import org.jixiao.app.server.evaluation.EvaluationService.IndicatorChange;
import org.jixiao.app.server.evaluation.EvaluationService.TargetChange;
import org.jixiao.app.server.evaluation.EvaluationService.Upload;
import org.jixiao.app.server.evaluation.EvaluationViews.Detail;
import org.jixiao.app.server.evaluation.EvaluationViews.HistoryEntry;
import org.jixiao.app.server.organisation.OrganisationRefs;
import org.jixiao.app.server.evaluation.EvaluationViews.ReviewView;
import org.jixiao.app.server.evaluation.EvaluationViews.ScoreView;
import org.jixiao.app.server.evaluation.EvaluationViews.SignOffView;
import org.jixiao.app.server.evaluation.EvaluationViews.Summary;
import org.jixiao.app.server.evaluation.EvaluationViews.Total;
import org.jixiao.app.server.organisation.OrganisationRepository;
import org.jixiao.app.server.security.CurrentUser;
import org.jixiao.app.server.security.UserRepository;
import org.jixiao.app.server.security.Users;
import org.jixiao.app.server.workflow.Stage;
import org.jixiao.core.review.EvaluationReview;
import org.jixiao.report.evaluation.EvaluationReport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/evaluations")
@Tag(name = "评价", description = "评价项目：上传数据集、计分、修改指标、报告、流程与修改记录。得分、合计、等级和比率都由数据集实时计算，从不存储。")
public class EvaluationController {

    private final EvaluationService service;
    private final EvaluationScoring scoring;
    private final OrganisationRepository organisations;
    private final UserRepository users;

    EvaluationController(EvaluationService service, EvaluationScoring scoring, OrganisationRepository organisations, UserRepository users) {
        this.service = service;
        this.scoring = scoring;
        this.organisations = organisations;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "评价列表", description = "只含当前账号数据范围内的评价；每项带实时计算的综合得分和等级。")
    public List<Summary> list(@Parameter(description = "年度") @RequestParam(required = false) Integer year,
            @Parameter(description = "被评价部门的组织编号") @RequestParam(required = false) Long departmentId,
            @Parameter(description = "被评价部门名称（包含即可）") @RequestParam(required = false) @Size(max = 200) String unit,
            @Parameter(description = "阶段：前期准备、评价实施、报告撰写、征求意见、三级审核、已提交、归档") @RequestParam(required = false) String stage) {
        CurrentUser user = Users.current();
        Filter filter = new Filter(year, departmentId, unit, stage == null || stage.isBlank() ? null : stage(stage));
        OrganisationRefs orgs = organisations.refs();
        return service.list(user, filter).stream().map(row -> {
            var result = scoring.score(row).result();
            return new Summary(row.id(), row.title(), row.year(), orgs.of(row.departmentId()), orgs.of(row.clientId()),
                    orgs.of(row.agencyId()), row.stage().label(), row.stage().name(), result.totalScore(), result.grade(), row.version(),
                    row.updatedAt());
        }).toList();
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain",
            MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "上传数据集新建评价（请求体为 YAML 或 JSON）",
            description = "数据集格式 jixiao.evaluation/1。有错时返回 422 problem details，problems 列出每个问题的行号、字段和说明，不保存任何内容。"
                    + "被评价部门、委托单位、评价机构按数据集 meta 中的名称对应已登记的组织，也可用参数指定组织编号。")
    public ResponseEntity<Detail> create(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "文件名") @RequestParam(required = false) @Size(max = 255) String fileName, @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Long clientId, @RequestParam(required = false) Long agencyId) {
        boolean json = contentType.toLowerCase(Locale.ROOT).contains("json");
        String name = fileName != null ? fileName : json ? "数据集.json" : "数据集.yaml";
        return created(new Upload(name, utf8(body), json, departmentId, clientId, agencyId));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传数据集文件新建评价（multipart，字段 file）")
    public ResponseEntity<Detail> upload(@RequestPart("file") MultipartFile file, @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Long clientId, @RequestParam(required = false) Long agencyId) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "数据集.yaml" : file.getOriginalFilename();
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
        return created(new Upload(name, utf8(file.getBytes()), json, departmentId, clientId, agencyId));
    }

    private ResponseEntity<Detail> created(Upload upload) {
        CurrentUser user = Users.current();
        EvaluationRow row = service.create(user, upload);
        return ResponseEntity.created(URI.create("/api/evaluations/" + row.id())).eTag(etag(row)).body(detail(user, row));
    }

    @GetMapping("/{id}")
    @Operation(summary = "评价详情", description = "基本信息、带计分说明的指标树（每个指标的 path 用于修改）、标准比率及其计算过程、绩效目标完成情况、审核签字。ETag 为版本号。")
    public ResponseEntity<Detail> get(@PathVariable long id) {
        CurrentUser user = Users.current();
        EvaluationRow row = service.get(user, id);
        return ResponseEntity.ok().eTag(etag(row)).body(detail(user, row));
    }

    @GetMapping("/{id}/score")
    @Operation(summary = "计分", description = "综合得分、得分率、等级和每个指标的得分。")
    public ResponseEntity<ScoreView> score(@PathVariable long id) {
        EvaluationRow row = service.get(Users.current(), id);
        var scored = scoring.score(row);
        return ResponseEntity.ok().eTag(etag(row)).body(new ScoreView(row.id(), row.version(), Total.of(scored.result()),
                EvaluationViews.tree(scored.result(), scored.tree())));
    }

    public record IndicatorPatch(@Schema(description = "指标路径") @Size(max = 300) String path, com.fasterxml.jackson.databind.JsonNode rule,
            @Schema(description = "评价依据") @Size(max = 10_000) String evidence, @Schema(description = "修改原因") @Size(max = 1000) String reason,
            Long version) {
        IndicatorChange change() {
            return new IndicatorChange(path, rule, evidence, reason);
        }
    }

    @PatchMapping("/{id}/indicators")
    @Operation(summary = "修改末级指标的计分依据或评价依据",
            description = "path 为指标路径（见详情）；rule 以 JSON merge patch 合并到该指标的计分规则上，例如扣分项 {\"items\": [{\"points\": 0.5, \"reason\": \"……\"}]}"
                    + "（给出另一种 kind 时，rule 整个取代原规则）。评价人员只能填写规则内的评分输入（扣分项、定性评级与得分、人工评分与理由、"
                    + "未按标准比率计算时的实测值、目标的实际完成值）；改变规则类型或参数（如把自动计算的得分改为人工评分）是对指标体系的修改："
                    + "只有委托单位（财政局审核）或系统管理员可以修改，须写明原因 reason，记入修改记录（修改指标体系）并列入复核发现；"
                    + "evidence 为评价依据文字；reason 为修改原因（记入修改记录）。须带 If-Match: 版本号（或字段 version）；"
                    + "版本已变时返回 409：该指标已被他人修改，请刷新后重试。已提交的评价不能修改。")
    public ResponseEntity<Detail> patch(@PathVariable long id, @Valid @RequestBody IndicatorPatch patch,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        CurrentUser user = Users.current();
        Long version = ifMatch != null ? version(ifMatch) : patch.version();
        EvaluationRow row = service.editIndicator(user, id, version, patch.change());
        return ResponseEntity.ok().eTag(etag(row)).body(detail(user, row));
    }

    @PostMapping("/{id}/indicators/preview")
    @Operation(summary = "预览修改后的得分（不保存）", description = "请求体同 PATCH；返回修改后的综合得分、等级和指标树，供界面边输入边计分。")
    public ScoreView preview(@PathVariable long id, @Valid @RequestBody IndicatorPatch patch) {
        CurrentUser user = Users.current();
        var preview = service.preview(user, id, patch.change());
        var scored = preview.scored();
        EvaluationRow row = preview.row();
        return new ScoreView(row.id(), row.version(), Total.of(scored.result()), EvaluationViews.tree(scored.result(), scored.tree()));
    }

    public record TargetPatch(@Schema(description = "目标编号") @Size(max = 100) String id, @Schema(description = "目标路径") @Size(max = 300) String path,
            com.fasterxml.jackson.databind.JsonNode actual, @Schema(description = "数据来源") @Size(max = 1000) String source,
            @Schema(description = "修改原因") @Size(max = 1000) String reason, Long version) {
        TargetChange change() {
            return new TargetChange(id, path, actual, source, reason);
        }
    }

    /** Budget facts entered in the form: field (see the detail's {@code facts}) → number, or null / "" to clear. */
    public record FactsPatch(java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> values,
            @Schema(description = "修改原因") @Size(max = 1000) String reason, Long version) {}

    @PatchMapping("/{id}/facts")
    @Operation(summary = "填写预算数据",
            description = "values 为 {字段: 数值}，字段见评价详情 facts 中的 key（如 initial/total 年初预算、staff/approved 编制数），"
                    + "null 或空串为清除；金额单位同数据集 budget.unit（默认万元）。引用标准比率的指标随之重新计分。值有误时返回 422，"
                    + "field 指出字段，不保存。须带 If-Match: 版本号（或字段 version）；版本已变时返回 409。已提交的评价不能修改。")
    public ResponseEntity<Detail> patchFacts(@PathVariable long id, @Valid @RequestBody FactsPatch patch,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        CurrentUser user = Users.current();
        Long version = ifMatch != null ? version(ifMatch) : patch.version();
        EvaluationRow row = service.editFacts(user, id, version, new EvaluationService.FactsChange(patch.values(), patch.reason()));
        return ResponseEntity.ok().eTag(etag(row)).body(detail(user, row));
    }

    @PostMapping("/{id}/facts/preview")
    @Operation(summary = "预览填写预算数据后的得分（不保存）", description = "请求体同 PATCH；返回修改后的综合得分、等级和指标树。")
    public ScoreView previewFacts(@PathVariable long id, @Valid @RequestBody FactsPatch patch) {
        CurrentUser user = Users.current();
        var scored = service.previewFacts(user, id, new EvaluationService.FactsChange(patch.values(), patch.reason()));
        EvaluationRow row = service.get(user, id);
        return new ScoreView(row.id(), row.version(), Total.of(scored.result()), EvaluationViews.tree(scored.result(), scored.tree()));
    }

    @PatchMapping("/{id}/targets")
    @Operation(summary = "填写绩效目标的实际完成值",
            description = "id 为目标编号（如 T1-01；模板中写在指标规则里的目标用 path，见详情中各目标的 path）；actual 为实际完成值："
                    + "定量目标（≥ ≤ = ＞ ＜）为数字，定性目标为 完成、部分完成 或 未完成；source 为数据来源；reason 为修改原因（记入修改记录）。"
                    + "目标值不能修改：它来自批复的绩效目标表。按目标完成比例计分的指标随之重新计分。值有误时返回 422，field 指出字段，不保存。"
                    + "须带 If-Match: 版本号（或字段 version）；版本已变时返回 409。已提交的评价不能修改。")
    public ResponseEntity<Detail> patchTarget(@PathVariable long id, @Valid @RequestBody TargetPatch patch,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        CurrentUser user = Users.current();
        Long version = ifMatch != null ? version(ifMatch) : patch.version();
        EvaluationRow row = service.editTarget(user, id, version, patch.change());
        return ResponseEntity.ok().eTag(etag(row)).body(detail(user, row));
    }

    @PostMapping("/{id}/targets/preview")
    @Operation(summary = "预览填写实际完成值后的得分（不保存）", description = "请求体同 PATCH；返回修改后的综合得分、等级、指标树和绩效目标。")
    public TargetPreview previewTarget(@PathVariable long id, @Valid @RequestBody TargetPatch patch) {
        CurrentUser user = Users.current();
        var preview = service.previewTarget(user, id, patch.change());
        var scored = preview.scored();
        EvaluationRow row = preview.row();
        return new TargetPreview(row.id(), row.version(), Total.of(scored.result()), EvaluationViews.tree(scored.result(), scored.tree()),
                EvaluationViews.targets(scored.result()));
    }

    /** A target preview: the score view and the targets as they would be. */
    public record TargetPreview(long id, long version, Total total, List<EvaluationViews.IndicatorView> indicators,
            List<EvaluationViews.TargetView> targets) {}

    @GetMapping("/{id}/dataset")
    @Operation(summary = "导出数据集（YAML）")
    public ResponseEntity<String> export(@PathVariable long id) {
        EvaluationRow row = service.get(Users.current(), id);
        return Downloads.file(Downloads.YAML, row.title() + ".yaml").eTag(etag(row))
                .body(row.dataset());
    }

    @GetMapping("/{id}/template")
    @Operation(summary = "另存为指标体系模板（YAML）",
            description = "本评价的指标体系（指标树、分值、评分标准、评分规则类型和参数），清除扣分、评定、实测值、绩效目标、预算数据和文字；"
                    + "可作为新评价的数据集上传，所有末级指标“尚未评分”")
    public ResponseEntity<String> template(@PathVariable long id) {
        EvaluationRow row = service.get(Users.current(), id);
        String text = DatasetText.yaml(org.jixiao.formats.dataset.IndicatorSystemTemplate.of(DatasetText.tree(row.dataset(), false)));
        return Downloads.file(Downloads.YAML, row.title() + "（指标体系模板）.yaml").body(text);
    }

    @GetMapping("/{id}/report")
    @Operation(summary = "下载评价报告", description = "format=docx（Word，默认）或 html")
    public ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam(defaultValue = "docx") String format) throws IOException {
        EvaluationRow row = service.get(Users.current(), id);
        var result = scoring.score(row).result();
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "docx" -> Downloads.file(Downloads.DOCX, row.title() + ".docx", EvaluationReport.docx(result));
            case "html" -> Downloads.file(Downloads.HTML, row.title() + ".html", EvaluationReport.html(result).getBytes(StandardCharsets.UTF_8));
            default -> throw ApiException.badRequest("报告格式“" + format + "”无效：应为 docx 或 html");
        };
    }

    @GetMapping("/{id}/review")
    @Operation(summary = "复核发现", description = "复核人员会问的问题（domain §10）：目标完成率过高（≥150%，指标值设置过于保守）、目标未完成却得满分、"
            + "预算执行率低于60%而产出效益满分、有预算未执行的项目、12月支出占比过高、执行进度低于序时进度60%的月份、预算调整率偏高、定性评价无佐证，"
            + "以及数据集检查的警告和评价过程中对指标体系（计分规则类型或参数）的每次修改。评价已在相关指标扣分的，列为提示。每条给出规则、位置、原值、复算值和 path（指标、目标或表的位置）。")
    public ResponseEntity<ReviewView> review(@PathVariable long id) {
        EvaluationRow row = service.get(Users.current(), id);
        var scored = scoring.score(row);
        return ResponseEntity.ok().eTag(etag(row)).body(ReviewView.of(row, EvaluationReview.review(scored.result()), scored.warnings(),
                service.indicatorSystemChanges(row), scored.result()));
    }

    public record StageChange(@Schema(description = "目标阶段") @Size(max = 30) String stage, @Schema(description = "原因") @Size(max = 1000) String reason,
            Long version) {}

    @PostMapping("/{id}/stage")
    @Operation(summary = "变更阶段", description = "前期准备 → 评价实施 → 报告撰写 → 征求意见 → 三级审核 → 已提交 → 归档；征求意见、三级审核、已提交可退回报告撰写（须写原因）。"
            + "提交前须完成三级审核签字；提交后不能再修改。")
    public ResponseEntity<Detail> stage(@PathVariable long id, @Valid @RequestBody StageChange change) {
        CurrentUser user = Users.current();
        if (change.stage() == null) {
            throw ApiException.badRequest("请给出目标阶段 stage");
        }
        EvaluationRow row = service.changeStage(user, id, stage(change.stage()), change.reason(), change.version());
        return ResponseEntity.ok().eTag(etag(row)).body(detail(user, row));
    }

    public record SignOffRequest(int level, @Schema(description = "审核意见") @Size(max = 1000) String opinion) {}

    @PostMapping("/{id}/signoffs")
    @Operation(summary = "三级审核签字", description = "按一级、二级、三级顺序，由三位不同的审核人签字；数据集 meta.reviewers 指定了审核人时须由其本人签字。")
    public ResponseEntity<Detail> signOff(@PathVariable long id, @Valid @RequestBody SignOffRequest request) {
        CurrentUser user = Users.current();
        EvaluationRow row = service.signOff(user, id, request.level(), request.opinion());
        return ResponseEntity.ok().eTag(etag(row)).body(detail(user, row));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "修改记录", description = "谁、何时、改了什么（字段、原值、新值）、原因；得分、扣分、阶段和审核签字的每次变化。")
    public List<HistoryEntry> history(@PathVariable long id) {
        Map<Long, String> names = new HashMap<>();
        return service.history(Users.current(), id).stream()
                .map(e -> HistoryEntry.of(e, e.userId() == null ? "系统" : names.computeIfAbsent(e.userId(),
                        user -> users.findById(user).map(u -> u.displayName()).orElse(e.username()))))
                .toList();
    }

    // ---------------------------------------------------------------- mapping

    private Detail detail(CurrentUser user, EvaluationRow row) {
        var scored = scoring.score(row);
        var result = scored.result();
        var meta = result.evaluation().meta();
        OrganisationRefs orgs = organisations.refs();
        List<SignOffView> signOffs = service.signOffs(row.id()).stream()
                .map(s -> new SignOffView(s.level(), Stage.reviewLevelLabel(s.level()), service.namedReviewer(row, s.level()), s.username(),
                        s.displayName(), s.opinion(), s.signedAt()))
                .toList();
        return new Detail(row.id(), row.title(), row.year(), meta.subject(), orgs.of(row.departmentId()), orgs.of(row.clientId()),
                orgs.of(row.agencyId()), row.stage().label(), row.stage().name(), row.stage().editable(),
                service.allowedStages(user, row).stream().map(Stage::label).toList(), row.version(), username(row.createdBy()),
                row.createdAt(), username(row.updatedBy()), row.updatedAt(), Total.of(result), EvaluationViews.tree(result, scored.tree()),
                EvaluationViews.ratios(result), EvaluationViews.monthly(result), EvaluationViews.projects(result), EvaluationViews.targets(result),
                signOffs,
                scored.warnings().stream().map(EvaluationViews.Problem::of).toList(),
                EvaluationViews.PrintedView.of(scored.printedChecked(), scored.printedDifferences()),
                EvaluationViews.facts(scored.tree()));
    }


    private String username(Long id) {
        return id == null ? null : users.findById(id).map(u -> u.displayName()).orElse(null);
    }

    static String etag(EvaluationRow row) {
        return Downloads.etag(row.version());
    }

    static Long version(String ifMatch) {
        return Downloads.version(ifMatch, "评价");
    }

    private static Stage stage(String text) {
        return Stage.parse(text.strip()).orElseThrow(() -> ApiException.badRequest("阶段“" + text + "”无效：应为 前期准备、评价实施、报告撰写、征求意见、三级审核、已提交 或 归档"));
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.invalidDataset("数据集不是 UTF-8 编码的文本",
                    List.of(Map.of("line", 0, "field", "", "pointer", "", "severity", "错误",
                            "message", "文件不是 UTF-8 编码的文本（可能是 Excel/Word 文件，或以 GBK 保存）：请另存为 UTF-8")));
        }
    }
}
