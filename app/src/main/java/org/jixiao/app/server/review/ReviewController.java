package org.jixiao.app.server.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jixiao.app.server.ApiException;
import org.jixiao.app.server.Downloads;
import org.jixiao.app.server.organisation.OrganisationRefs;
import org.jixiao.app.server.organisation.OrganisationRepository;
import org.jixiao.app.server.review.ReviewRepository.ReviewRow;
import org.jixiao.app.server.review.ReviewService.Access;
import org.jixiao.app.server.review.ReviewViews.Detail;
import org.jixiao.app.server.review.ReviewViews.HistoryEntry;
import org.jixiao.app.server.review.ReviewViews.RevisionView;
import org.jixiao.app.server.review.ReviewViews.Summary;
import org.jixiao.app.server.security.CurrentUser;
import org.jixiao.app.server.security.UserRepository;
import org.jixiao.app.server.security.Users;
import org.jixiao.formats.review.ReviewJson;
import org.jixiao.formats.review.ReviewedDocument;
import org.jixiao.report.review.FindingsDocument;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/reviews")
@Tag(name = "复核报告", description = "上传已有的报告文件（.docx、.pdf、.html、.md、.txt），识别文档类型，读出表格与数字，重新计算合计、得分率、综合得分、等级和比率，"
        + "列出每一处不符和未能核对的内容（与 jixiao review 相同）。原文件和复核结果（jixiao-review/1）一并保存；重新复核另存一次，之前的结果保留。")
public class ReviewController {
    private static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final ReviewService service;
    private final OrganisationRepository organisations;
    private final UserRepository users;

    ReviewController(ReviewService service, OrganisationRepository organisations, UserRepository users) {
        this.service = service;
        this.organisations = organisations;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "复核报告列表", description = "当前账号数据范围内的复核报告，最新的在前：系统管理员为全部；财政局为本局及其主管部门上传的；"
            + "其他账号为本单位上传的。每项带文档类型和最近一次复核的错误、提示、未能核对条数。")
    public List<Summary> list() {
        CurrentUser user = Users.current();
        OrganisationRefs orgs = organisations.refs();
        Map<Long, String> names = new HashMap<>();
        return service.list(user).stream().map(row -> new Summary(row.id(), row.fileName(), row.fileSize(), orgs.of(row.organisationId()),
                row.format(), row.kind(), row.pages(), row.errors(), row.notes(), row.unchecked(), row.currentRevision(),
                displayName(names, row.createdBy()), row.createdAt(), row.reviewedAt())).toList();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传报告并复核（multipart，字段 file）",
            description = "一个 .docx、.pdf、.html、.md 或 .txt 文件（不超过 20 MB）。无法读取（损坏、加密、扫描件没有文字）或不是可复核的报告时返回 422，"
                    + "detail 为原因，不保存任何内容；否则保存原文件和复核结果，返回 201 和复核结果。")
    public ResponseEntity<Detail> upload(@RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        if (file == null) {
            throw ApiException.badRequest("请选择要复核的文件（multipart 字段 file）");
        }
        CurrentUser user = Users.current();
        long id = service.upload(user, new ReviewService.Upload(file.getOriginalFilename(), file.getBytes()));
        return ResponseEntity.created(URI.create("/api/reviews/" + id)).body(detail(service.access(user, id, null)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "复核结果", description = "保存的复核结果（result，格式 jixiao-review/1：文档类型、页数、摘要、识别的表格、每条发现的严重程度、位置、"
            + "报告数、复算数、规则和原文）；revision 指定第几次复核（默认最近一次），revisions 列出每次复核的条数。")
    public Detail get(@PathVariable long id, @Parameter(description = "第几次复核（1 为上传时），默认最近一次") @RequestParam(required = false) Integer revision) {
        return detail(service.access(Users.current(), id, revision));
    }

    @GetMapping("/{id}/original")
    @Operation(summary = "下载原文件", description = "上传时的文件，原样返回（作为附件下载，浏览器不会直接打开网页文件）。")
    public ResponseEntity<byte[]> original(@PathVariable long id) {
        Access access = service.access(Users.current(), id, null);
        String name = access.row().fileName();
        MediaType type = name.toLowerCase(Locale.ROOT).endsWith(".docx") ? Downloads.DOCX
                : name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? PDF : MediaType.APPLICATION_OCTET_STREAM;
        // a kept .html is someone else's page: it is never rendered on this site
        return Downloads.file(type, name).header("Content-Security-Policy", "sandbox").body(service.content(access));
    }

    @GetMapping("/{id}/opinion")
    @Operation(summary = "下载复核意见", description = "format=docx（默认，Word）或 html：复核概况、发现的问题（位置、报告数、复算数、规则、说明及原文）和未能读取或核对的内容，"
            + "按最近一次复核出具。复核程序更新后结果有变时返回 409，请先重新复核。")
    public ResponseEntity<byte[]> opinion(@PathVariable long id, @RequestParam(defaultValue = "docx") String format) throws IOException {
        String kind = format.toLowerCase(Locale.ROOT);
        if (!kind.equals("docx") && !kind.equals("html")) {
            throw ApiException.badRequest("复核意见格式“" + format + "”无效：应为 docx 或 html");
        }
        Access access = service.access(Users.current(), id, null);
        ReviewedDocument reviewed = service.current(access);
        String name = "复核意见-" + ReviewService.baseName(access.row().fileName());
        if (kind.equals("docx")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FindingsDocument.writeDocx(reviewed.result(), out);
            return Downloads.file(Downloads.DOCX, name + ".docx", out.toByteArray());
        }
        return Downloads.file(Downloads.HTML, name + ".html", FindingsDocument.html(reviewed.result()).getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/{id}/rerun")
    @Operation(summary = "重新复核", description = "用当前的复核程序重新复核保存的原文件，结果另存为新的一次复核（之前的结果保留），记入操作记录。"
            + "上传单位的账号和系统管理员可用。")
    public Detail rerun(@PathVariable long id) {
        return detail(service.rerun(Users.current(), id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "操作记录", description = "上传、重新复核（前后两次的条数）：谁、何时。")
    public List<HistoryEntry> history(@PathVariable long id) {
        return service.history(Users.current(), id).stream().map(HistoryEntry::of).toList();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "删除复核报告", description = "原文件和全部复核结果一并删除；上传人或系统管理员可用，记入操作日志。")
    public ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(Users.current(), id);
        return ResponseEntity.noContent().build();
    }

    // ---------------------------------------------------------------- mapping

    private Detail detail(Access access) {
        ReviewRow row = access.row();
        Map<Long, String> names = new HashMap<>();
        List<RevisionView> revisions = service.revisions(access).stream().map(r -> new RevisionView(r.revision(), r.errors(), r.notes(),
                r.unchecked(), displayName(names, r.reviewedBy()), r.reviewedAt())).toList();
        return new Detail(row.id(), row.fileName(), row.fileSize(), row.sha256(), organisations.refs().of(row.organisationId()),
                displayName(names, row.createdBy()), row.createdAt(), row.revision(), row.currentRevision(), row.format(), row.kind(),
                row.pages(), row.errors(), row.notes(), row.unchecked(), displayName(names, row.reviewedBy()), row.reviewedAt(),
                access.mayRerun(), access.mayDelete(), revisions, ReviewJson.SCHEMA, service.json(access));
    }

    private String displayName(Map<Long, String> names, Long id) {
        return id == null ? null : names.computeIfAbsent(id, key -> users.findById(key).map(u -> u.displayName()).orElse(null));
    }
}
