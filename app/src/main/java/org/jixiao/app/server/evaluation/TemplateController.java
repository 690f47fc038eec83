package org.jixiao.app.server.evaluation;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.jixiao.app.server.evaluation.TemplateService.FromTemplate;
import org.jixiao.app.server.evaluation.TemplateService.TemplateView;
import org.jixiao.app.server.security.CurrentUser;
import org.jixiao.app.server.security.Users;
import org.jixiao.app.server.Downloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Indicator-system templates and creating an evaluation from one. */
@RestController
@RequestMapping("/api/templates")
@Tag(name = "指标体系模板", description = "从模板新建评价：指标体系、分值、评分规则和评分标准来自模板，评价内容待填写")
public class TemplateController {
    private final TemplateService templates;

    TemplateController(TemplateService templates) {
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "模板列表")
    public List<TemplateView> list() {
        Users.current();
        return templates.list();
    }

    @GetMapping("/{id}/dataset")
    @Operation(summary = "下载模板数据集（YAML）", description = "可离线填写后作为数据集上传")
    public ResponseEntity<String> dataset(@PathVariable String id) {
        Users.current();
        return Downloads.file(Downloads.YAML, id + ".yaml").body(templates.text(id));
    }

    @PostMapping("/{id}/evaluations")
    @Operation(summary = "从模板新建评价",
            description = "请求体 {departmentId, clientId, agencyId, year, title}；权限同上传数据集（评价机构只能为本机构、财政局只能为本局新建）。"
                    + "新评价处于“前期准备”，所有末级指标“尚未评分”（按 0 分计，各有一条警告），填写后计分。返回 201 与评价 id。")
    public ResponseEntity<Created> create(@PathVariable String id, @Valid @RequestBody FromTemplate request) {
        CurrentUser user = Users.current();
        FromTemplate withId = new FromTemplate(id, request.departmentId(), request.clientId(), request.agencyId(), request.year(),
                request.title());
        EvaluationRow row = templates.create(user, withId);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/evaluations/" + row.id()))
                .eTag(EvaluationController.etag(row)).body(new Created(row.id(), row.title(), row.version()));
    }

    public record Created(long id, String title, long version) {}
}
