package org.jixiao.app.server.accounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
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
import org.jixiao.app.server.accounts.AccountsRepository.Filter;
import org.jixiao.app.server.accounts.AccountsService.SourceKind;
import org.jixiao.app.server.accounts.AccountsService.Upload;
import org.jixiao.app.server.accounts.AccountsViews.ChartView;
import org.jixiao.app.server.accounts.AccountsViews.Counts;
import org.jixiao.app.server.accounts.AccountsViews.Detail;
import org.jixiao.app.server.accounts.AccountsViews.Explanation;
import org.jixiao.app.server.accounts.AccountsViews.FindingView;
import org.jixiao.app.server.accounts.AccountsViews.HistoryEntry;
import org.jixiao.app.server.organisation.OrganisationRefs;
import org.jixiao.app.server.accounts.AccountsViews.Review;
import org.jixiao.app.server.accounts.AccountsViews.Summary;
import org.jixiao.app.server.accounts.AccountsViews.TableView;
import org.jixiao.app.server.accounts.AccountsViews.TextReviewView;
import org.jixiao.app.server.organisation.OrganisationRepository;
import org.jixiao.app.server.security.CurrentUser;
import org.jixiao.app.server.security.UserRepository;
import org.jixiao.app.server.security.Users;
import org.jixiao.core.finalaccounts.AccountsReview;
import org.jixiao.core.finalaccounts.AccountsTables;
import org.jixiao.core.finalaccounts.AccountsText;
import org.jixiao.core.finalaccounts.Disclosure;
import org.jixiao.core.finalaccounts.ExplanationWriter;
import org.jixiao.core.finalaccounts.FinalAccounts;
import org.jixiao.core.finalaccounts.TextReview;
import org.jixiao.core.finalaccounts.TextReview.SuppliedParagraph;
import org.jixiao.core.review.Finding;
import org.jixiao.formats.finalaccounts.AccountsWorkbook;
import org.jixiao.formats.finalaccounts.ExplanationText;
import org.jixiao.formats.reportreader.ReportReadException;
import org.jixiao.formats.reportreader.ReportText;
import org.jixiao.formats.reportreader.ReportTextLoader;
import org.jixiao.report.accounts.AccountsDocx;
import org.jixiao.report.accounts.AccountsHtml;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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
@RequestMapping("/api/accounts")
@Tag(name = "部门决算公开", description = "部门决算：上传九张决算表（YAML/JSON 数据文件或 Excel 工作簿）、审核公式复核、生成情况说明（Word/HTML）、"
        + "核对已写好的情况说明。合计、比率、比较用词和审核结果都由决算数据实时计算，从不存储。")
public class AccountsController {

    private final AccountsService service;
    private final OrganisationRepository organisations;
    private final UserRepository users;

    AccountsController(AccountsService service, OrganisationRepository organisations, UserRepository users) {
        this.service = service;
        this.organisations = organisations;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "决算列表", description = "只含当前账号数据范围内的决算（系统管理员：全部；部门用户：本单位；财政局审核：本局主管的部门；评价机构：无）。"
            + "每项带收、支总计和审核结果（错误、警告、提示的个数）。")
    public List<Summary> list(@Parameter(description = "决算年度") @RequestParam(required = false) Integer year,
            @Parameter(description = "部门的组织编号") @RequestParam(required = false) Long departmentId,
            @Parameter(description = "部门名称（包含即可）") @RequestParam(required = false) @Size(max = 200) String unit) {
        CurrentUser user = Users.current();
        OrganisationRefs orgs = organisations.refs();
        return service.list(user, new Filter(year, departmentId, unit)).stream().map(row -> {
            FinalAccounts accounts = service.accounts(row);
            return new Summary(row.id(), row.title(), row.year(), orgs.of(row.departmentId()),
                    AccountsText.money(accounts.summary().effectiveIncomeGrandTotal()), Counts.of(AccountsReview.review(accounts)),
                    row.version(), row.sourceName(), displayName(row.updatedBy()), row.updatedAt());
        }).toList();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传决算（multipart，字段 file）",
            description = "决算数据文件（jixiao.final-accounts/1，.yaml/.json）或决算表工作簿（.xlsx，见 GET /api/accounts/template）。"
                    + "部门按数据中的单位全称对应已登记的部门，也可用参数 departmentId 指定。有错时返回 422 problem details，problems 列出每个问题的"
                    + "文件和位置（工作表!单元格，或行号和字段），不保存任何内容。同一部门同一年度已有决算时返回 409（用 PUT 替换）。")
    public ResponseEntity<Detail> upload(@RequestPart("file") MultipartFile file, @RequestParam(required = false) Long departmentId)
            throws IOException {
        CurrentUser user = Users.current();
        AccountsRow row = service.create(user, toUpload(file, departmentId));
        return ResponseEntity.created(URI.create("/api/accounts/" + row.id())).eTag(etag(row)).body(detail(user, row));
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain",
            MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "上传决算（请求体为 YAML 或 JSON）", description = "同 multipart 上传；fileName 为问题说明中使用的文件名。")
    public ResponseEntity<Detail> create(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "文件名") @RequestParam(required = false) @Size(max = 255) String fileName, @RequestParam(required = false) Long departmentId) {
        boolean json = contentType.toLowerCase(Locale.ROOT).contains("json");
        String name = fileName != null ? fileName : json ? "决算数据.json" : "决算数据.yaml";
        CurrentUser user = Users.current();
        AccountsRow row = service.create(user, new Upload(name, body, json ? SourceKind.JSON : SourceKind.YAML, departmentId));
        return ResponseEntity.created(URI.create("/api/accounts/" + row.id())).eTag(etag(row)).body(detail(user, row));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "替换决算数据（multipart，字段 file）",
            description = "同一部门、同一年度的新版本（例如改正审核发现的错误后）；版本号加一，记入操作记录。可带 If-Match: 版本号，版本已变时返回 409。"
                    + "有错时返回 422，原数据不变。")
    public ResponseEntity<Detail> replace(@PathVariable long id, @RequestPart("file") MultipartFile file,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) throws IOException {
        CurrentUser user = Users.current();
        AccountsRow row = service.replace(user, id, ifMatch == null ? null : version(ifMatch), toUpload(file, null));
        return ResponseEntity.ok().eTag(etag(row)).body(detail(user, row));
    }

    @GetMapping("/template")
    @Operation(summary = "下载空白决算表工作簿", description = "九张公开表、情况说明资料、绩效自评和填写说明；填好后可上传。")
    public ResponseEntity<byte[]> template() throws IOException {
        Users.current();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AccountsWorkbook.template(out);
        return Downloads.file(Downloads.XLSX, "决算表.xlsx", out.toByteArray());
    }

    @GetMapping("/{id}")
    @Operation(summary = "决算详情", description = "九张决算表（金额按公开表格式：两位小数、千分位）、主要数字、审核结果个数和情况说明第一至五部分的图表数据。ETag 为版本号。")
    public ResponseEntity<Detail> get(@PathVariable long id) {
        CurrentUser user = Users.current();
        AccountsRow row = service.get(user, id);
        return ResponseEntity.ok().eTag(etag(row)).body(detail(user, row));
    }

    @GetMapping("/{id}/review")
    @Operation(summary = "决算表审核", description = "审核公式：收支平衡、合计、类=Σ款、款=Σ项、每行合计、各表间同一数字。每条发现有规则代码、严重程度（错误/警告/提示）、"
            + "位置（表、行、栏）、表中印的数和重新计算的数；0.01 万元的差异为尾差（提示）。")
    public Review review(@PathVariable long id) {
        AccountsRow row = service.get(Users.current(), id);
        List<Finding> findings = AccountsReview.review(service.accounts(row));
        return new Review(row.id(), row.version(), Counts.of(findings), findings.stream().map(f -> FindingView.of(f, null)).toList());
    }

    @GetMapping("/{id}/explanation")
    @Operation(summary = "生成情况说明", description = "format=json（默认：十三部分的标题、段落和图表位置）、docx（Word，含图表）或 html。"
            + "决算表审核有错误时 json 仍返回（tableErrors 给出错误个数），docx/html 返回 409，除非 force=true。")
    public ResponseEntity<?> explanation(@PathVariable long id, @RequestParam(defaultValue = "json") String format,
            @Parameter(description = "决算表审核有错误时仍生成文档") @RequestParam(defaultValue = "false") boolean force) throws IOException {
        AccountsRow row = service.get(Users.current(), id);
        FinalAccounts accounts = service.accounts(row);
        long errors = AccountsReview.review(accounts).stream().filter(Finding::isError).count();
        Disclosure disclosure = ExplanationWriter.write(accounts);
        String kind = format.toLowerCase(Locale.ROOT);
        if (kind.equals("json")) {
            return ResponseEntity.ok().eTag(etag(row)).body(Explanation.of(row.id(), row.version(), disclosure, errors));
        }
        if (!kind.equals("docx") && !kind.equals("html")) {
            throw ApiException.badRequest("情况说明格式“" + format + "”无效：应为 json、docx 或 html");
        }
        if (errors > 0 && !force) {
            throw ApiException.conflict("决算表审核有 " + errors + " 个错误，未生成情况说明。请先改正（见“复核发现”）；如确需生成，加 force=true。");
        }
        String name = row.title().replace("部门决算", "部门决算情况说明");
        if (kind.equals("docx")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AccountsDocx.write(disclosure, out);
            return Downloads.file(Downloads.DOCX, name + ".docx", out.toByteArray());
        }
        return Downloads.file(Downloads.HTML, name + ".html", AccountsHtml.render(disclosure).getBytes(StandardCharsets.UTF_8));
    }

    public record TextRequest(@Schema(description = "情况说明文本") @Size(max = 2_000_000) String text,
            @Schema(description = "名称") @Size(max = 255) String name) {}

    @PostMapping(path = "/{id}/text-review", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "核对情况说明（请求体 JSON：text 为情况说明文本）",
            description = "逐段找出按决算表生成的同一段，逐一核对每个数字、百分比和比较用词（增加/减少、增长/下降、大于/小于/等于）。"
                    + "每条发现带所在行、印的数、按决算表应为的数和原文段落（quote）。文本含整份决算公开时只读第三部分。")
    public TextReviewView textReview(@PathVariable long id, @Valid @RequestBody TextRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw ApiException.badRequest("请粘贴情况说明文本，或上传 .txt/.docx 文件");
        }
        String name = request.name() == null || request.name().isBlank() ? "粘贴的情况说明" : request.name();
        return textReview(id, name, request.text());
    }

    @PostMapping(path = "/{id}/text-review", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "核对情况说明（上传 .txt、.md 或 .docx，字段 file）")
    public TextReviewView textReviewFile(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        String name = fileName(file, "情况说明.txt");
        ReportText text;
        try {
            text = ReportTextLoader.load(name, file.getBytes());
        } catch (ReportReadException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "情况说明无法读取", e.getMessage(), null);
        }
        return textReview(id, name, String.join("\n", text.lines()));
    }

    private TextReviewView textReview(long id, String name, String text) {
        AccountsRow row = service.get(Users.current(), id);
        List<SuppliedParagraph> paragraphs = ExplanationText.parse(text);
        Map<Integer, String> quotes = new HashMap<>();
        for (SuppliedParagraph p : paragraphs) {
            quotes.put(p.line(), p.text());
        }
        List<Finding> findings = TextReview.check(service.accounts(row), paragraphs, name);
        int withFigures = (int) paragraphs.stream().filter(p -> p.text().matches("(?s).*\\d.*")).count();
        return new TextReviewView(name, paragraphs.size(), withFigures, Counts.of(findings),
                findings.stream().map(f -> FindingView.of(f, quotes)).toList());
    }

    @GetMapping("/{id}/workbook")
    @Operation(summary = "下载按本决算填好的决算表工作簿（.xlsx）", description = "可修改后用“替换数据”上传。")
    public ResponseEntity<byte[]> workbook(@PathVariable long id) throws IOException {
        AccountsRow row = service.get(Users.current(), id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AccountsWorkbook.write(service.accounts(row), out);
        return Downloads.file(Downloads.XLSX, row.title() + ".xlsx", out.toByteArray());
    }

    @GetMapping("/{id}/dataset")
    @Operation(summary = "导出决算数据（YAML，jixiao.final-accounts/1）")
    public ResponseEntity<byte[]> dataset(@PathVariable long id) {
        AccountsRow row = service.get(Users.current(), id);
        return Downloads.file(Downloads.YAML, row.title() + ".yaml").eTag(etag(row))
                .body(row.dataset().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "操作记录", description = "上传与替换：谁、何时、哪个文件、第几版。")
    public List<HistoryEntry> history(@PathVariable long id) {
        return service.history(Users.current(), id).stream().map(HistoryEntry::of).toList();
    }

    // ---------------------------------------------------------------- mapping

    private Detail detail(CurrentUser user, AccountsRow row) {
        FinalAccounts accounts = service.accounts(row);
        Disclosure disclosure = ExplanationWriter.write(accounts);
        return new Detail(row.id(), row.title(), row.year(), organisations.refs().of(row.departmentId()), accounts.meta().departmentShort(),
                row.version(), row.sourceName(), displayName(row.createdBy()), row.createdAt(), displayName(row.updatedBy()), row.updatedAt(),
                service.mayReplace(user, row), AccountsViews.facts(accounts),
                Counts.of(AccountsReview.review(accounts)), AccountsTables.of(accounts).stream().map(TableView::of).toList(),
                disclosure.charts().stream().map(ChartView::of).toList());
    }

    private static Upload toUpload(MultipartFile file, Long departmentId) throws IOException {
        String name = fileName(file, "决算数据.yaml");
        return new Upload(name, file.getBytes(), SourceKind.of(name), departmentId);
    }

    private static String fileName(MultipartFile file, String fallback) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return fallback;
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }


    private String displayName(Long id) {
        return id == null ? null : users.findById(id).map(u -> u.displayName()).orElse(null);
    }

    static String etag(AccountsRow row) {
        return Downloads.etag(row.version());
    }

    static Long version(String ifMatch) {
        return Downloads.version(ifMatch, "决算");
    }
}
