package org.jixiao.app.server.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jixiao.app.server.evaluation.ProseService.Part;
import org.jixiao.app.server.evaluation.ProseService.Section;
import org.jixiao.app.server.security.CurrentUser;
import org.jixiao.app.server.security.Users;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The evaluation's prose: 部门基本情况, 主要成效, 存在的问题及原因分析, 意见建议 (the report's chapters 一, 五, 六, 七). */
@RestController
@RequestMapping("/api/evaluations/{id}")
@Tag(name = "评价", description = "评价项目")
public class ProseController {
    private final EvaluationService service;
    private final ProseService prose;

    ProseController(EvaluationService service, ProseService prose) {
        this.service = service;
        this.prose = prose;
    }

    public record PartView(String key, String label, List<Section> sections) {}

    public record ProseView(long id, long version, boolean editable, String title, int year, List<PartView> parts) {}

    /** {@code title}: the report title (empty: the composed one); {@code year}: the budget year. */
    public record MetaPatch(@Schema(description = "报告标题") @Size(max = 300) String title, Integer year,
            @Schema(description = "修改原因") @Size(max = 1000) String reason, Long version) {}

    /** Parts not given stay as they are; a given part replaces the old one whole (an empty list removes it). */
    public record ProsePatch(@Valid @Size(max = 200) List<Section> profile, @Valid @Size(max = 200) List<Section> achievements,
            @Valid @Size(max = 200) List<Section> problems, @Valid @Size(max = 200) List<Section> suggestions,
            @Schema(description = "修改原因") @Size(max = 1000) String reason, Long version) {}

    @GetMapping("/prose")
    @Operation(summary = "评价结论等文字部分", description = "profile 部门基本情况（机构设置与职能职责）、achievements 主要成效、problems 存在的问题及原因分析、"
            + "suggestions 意见建议；每部分为若干条 {title, text}。ETag 为版本号。")
    public ResponseEntity<ProseView> get(@PathVariable long id) {
        CurrentUser user = Users.current();
        EvaluationRow row = service.get(user, id);
        return ResponseEntity.ok().eTag(EvaluationController.etag(row)).body(view(row));
    }

    @PatchMapping("/prose")
    @Operation(summary = "修改评价结论等文字部分",
            description = "只改给出的部分，每部分整体替换（空列表表示删除）。须带 If-Match: 版本号（或字段 version），版本已变时返回 409；"
                    + "已提交的评价不能修改；每个改动的部分记入修改记录（原文、新文、原因 reason）。报告的第一、五、六、七部分随之改变。")
    public ResponseEntity<ProseView> patch(@PathVariable long id, @Valid @RequestBody ProsePatch patch,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        CurrentUser user = Users.current();
        Long version = ifMatch != null ? EvaluationController.version(ifMatch) : patch.version();
        Map<Part, List<Section>> changes = new LinkedHashMap<>();
        putIfGiven(changes, Part.PROFILE, patch.profile());
        putIfGiven(changes, Part.ACHIEVEMENTS, patch.achievements());
        putIfGiven(changes, Part.PROBLEMS, patch.problems());
        putIfGiven(changes, Part.SUGGESTIONS, patch.suggestions());
        EvaluationRow row = prose.edit(user, id, version, changes, patch.reason());
        return ResponseEntity.ok().eTag(EvaluationController.etag(row)).body(view(row));
    }

    @PatchMapping("/meta")
    @Operation(summary = "修改报告标题和评价年度",
            description = "title 报告标题（空字符串表示按“被评价部门+年度+绩效评价报告”自动生成）、year 评价年度；须带 If-Match；已提交的评价不能修改；记入修改记录。")
    public ResponseEntity<ProseView> meta(@PathVariable long id, @Valid @RequestBody MetaPatch patch,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        CurrentUser user = Users.current();
        Long version = ifMatch != null ? EvaluationController.version(ifMatch) : patch.version();
        EvaluationRow row = prose.editMeta(user, id, version, patch.title(), patch.year(), patch.reason());
        return ResponseEntity.ok().eTag(EvaluationController.etag(row)).body(view(row));
    }

    private static void putIfGiven(Map<Part, List<Section>> changes, Part part, List<Section> sections) {
        if (sections != null) {
            changes.put(part, sections);
        }
    }

    private ProseView view(EvaluationRow row) {
        List<PartView> parts = prose.read(row).entrySet().stream()
                .map(e -> new PartView(e.getKey().key(), e.getKey().label(), e.getValue())).toList();
        return new ProseView(row.id(), row.version(), row.stage().editable(), row.title(), row.year(), parts);
    }
}
