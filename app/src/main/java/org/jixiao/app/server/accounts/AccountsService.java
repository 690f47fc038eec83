package org.jixiao.app.server.accounts;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jixiao.app.server.ApiException;
import org.jixiao.app.server.input.StoredText;
import org.jixiao.app.server.accounts.AccountsRepository.Filter;
import org.jixiao.app.server.audit.AuditAction;
import org.jixiao.app.server.audit.AuditEntry;
import org.jixiao.app.server.audit.AuditLog;
import org.jixiao.app.server.organisation.Organisation;
import org.jixiao.app.server.organisation.OrganisationKind;
import org.jixiao.app.server.organisation.OrganisationRepository;
import org.jixiao.app.server.security.AccessPolicy;
import org.jixiao.app.server.security.AccessPolicy.Action;
import org.jixiao.app.server.security.AccessPolicy.Kind;
import org.jixiao.app.server.security.AccessPolicy.Target;
import org.jixiao.app.server.security.CurrentUser;
import org.jixiao.core.finalaccounts.FinalAccounts;
import org.jixiao.formats.dataset.DatasetException;
import org.jixiao.formats.dataset.DatasetProblem;
import org.jixiao.formats.dataset.SourceDocument;
import org.jixiao.formats.finalaccounts.AccountsWorkbookReader;
import org.jixiao.formats.finalaccounts.FinalAccountsReader;
import org.jixiao.formats.finalaccounts.FinalAccountsWriter;
import org.jixiao.formats.finalaccounts.WorkbookException;
import org.jixiao.formats.finalaccounts.WorkbookProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The final-accounts use cases (部门决算公开). Data scope: the administrator sees every disclosure; a department user its
 * own unit's; a finance reviewer those of the departments its bureau oversees (departments whose parent organisation is
 * the bureau); evaluation agencies none (a disclosure is between a department and its finance bureau). A disclosure out
 * of scope answers 404, so that its existence is not revealed. Only the administrator and the department's own users
 * upload or replace; the finance bureau reviews. These rules are {@link AccessPolicy}'s.
 */
@Service
public class AccountsService {
    private static final int CACHE_SIZE = 128;

    private final AccountsRepository repository;
    private final OrganisationRepository organisations;
    private final AuditLog audit;
    private final Clock clock;
    private final AccessPolicy policy;
    private final Map<String, FinalAccounts> cache = new LinkedHashMap<>(32, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FinalAccounts> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    AccountsService(AccountsRepository repository, OrganisationRepository organisations, AuditLog audit, Clock clock, AccessPolicy policy) {
        this.policy = policy;
        this.repository = repository;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- scope

    public List<AccountsRow> list(CurrentUser user, Filter filter) {
        return repository.find(policy.scope(user, Kind.FINAL_ACCOUNTS), filter);
    }

    public AccountsRow get(CurrentUser user, long id) {
        AccountsRow row = repository.findById(id)
                .orElseThrow(() -> ApiException.notFound("决算 " + id + " 不存在，或不在当前账号的数据范围内"));
        policy.requireVisible(user, Target.finalAccounts(row.id(), row.departmentId()));
        return row;
    }

    /** Whether this user may replace the disclosure's data (for the UI). */
    public boolean mayReplace(CurrentUser user, AccountsRow row) {
        return policy.allows(user, new Action.ReplaceAccounts(), Target.finalAccounts(row.id(), row.departmentId()));
    }

    /** The disclosure's model, read from its stored dataset (cached per version: a version never changes its text). */
    public FinalAccounts accounts(AccountsRow row) {
        String key = row.id() + ":" + row.version();
        synchronized (cache) {
            FinalAccounts cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        FinalAccounts accounts;
        try {
            accounts = readStored(row);
        } catch (DatasetException e) {
            // stored datasets were accepted on the way in; this only happens after an incompatible format change
            throw new IllegalStateException("决算 " + row.id() + " 的数据无法读取：" + e.getMessage(), e);
        }
        synchronized (cache) {
            cache.put(key, accounts);
        }
        return accounts;
    }

    /** The stored dataset; text stored before control characters were refused on the way in is read with them replaced. */
    private static FinalAccounts readStored(AccountsRow row) throws DatasetException {
        try {
            return FinalAccountsReader.read(fileName(row), row.dataset(), false);
        } catch (DatasetException e) {
            String readable = org.jixiao.app.server.input.StoredText.readableDataset(row.dataset());
            if (readable == null) {
                throw e;
            }
            return FinalAccountsReader.read(fileName(row), readable, false);
        }
    }

    static String fileName(AccountsRow row) {
        return "决算" + row.id() + ".yaml";
    }

    public List<AuditEntry> history(CurrentUser user, long id) {
        get(user, id);
        return audit.forAccounts(id);
    }

    // ---------------------------------------------------------------- upload

    /** What the upload is: the dataset as YAML or JSON text, or the Excel workbook. */
    public enum SourceKind { YAML, JSON, WORKBOOK;

        /** By the file name: .xlsx is a workbook, .json JSON, anything else YAML. */
        public static SourceKind of(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            return lower.endsWith(".xlsx") ? WORKBOOK : lower.endsWith(".json") ? JSON : YAML;
        }
    }

    /** An uploaded file; {@code departmentId} chooses the department explicitly (else it is found by the name in the data). */
    public record Upload(String fileName, byte[] content, SourceKind kind, Long departmentId) {}

    /** A dataset read and checked: the model and the YAML text to store. */
    record Parsed(FinalAccounts accounts, String yaml) {}

    @Transactional
    public AccountsRow create(CurrentUser user, Upload upload) {
        policy.require(user, new Action.UploadAccounts(null), Target.any(Kind.FINAL_ACCOUNTS));
        Parsed parsed = parse(upload);
        Organisation department = department(upload, parsed.accounts());
        policy.require(user, new Action.UploadAccounts(department.name()), Target.finalAccounts(null, department.id()));
        int year = parsed.accounts().meta().year();
        repository.findByDepartmentAndYear(department.id(), year).ifPresent(existing -> {
            throw new ApiException(HttpStatus.CONFLICT, "冲突", department.name() + year + "年度的决算已经存在（编号 " + existing.id()
                    + "）：请打开该决算，用“替换数据”上传新版本", Map.of("existingId", existing.id()));
        });
        Instant now = clock.instant();
        long id = repository.insert(department.id(), year, title(parsed.accounts()), parsed.yaml(), upload.fileName(), user.id(), now);
        audit.recordAccounts(user, id, AuditAction.ACCOUNTS_UPLOAD, null, upload.fileName(), "上传" + year + "年度决算数据");
        return repository.findById(id).orElseThrow();
    }

    /** Replaces the data of a disclosure with a new upload of the same department and year (a new version). */
    @Transactional
    public AccountsRow replace(CurrentUser user, long id, Long expectedVersion, Upload upload) {
        AccountsRow row = get(user, id);
        policy.require(user, new Action.ReplaceAccounts(), Target.finalAccounts(row.id(), row.departmentId()));
        if (expectedVersion != null && expectedVersion != row.version()) {
            throw stale(row.version());
        }
        Parsed parsed = parse(upload);
        Organisation department = department(new Upload(upload.fileName(), upload.content(), upload.kind(),
                upload.departmentId() != null ? upload.departmentId() : row.departmentId()), parsed.accounts());
        int year = parsed.accounts().meta().year();
        if (department.id() != row.departmentId() || year != row.year()) {
            throw ApiException.conflict("上传的数据是“" + department.name() + "”" + year + "年度的决算，与本决算（" + row.title()
                    + "）的单位或年度不同：请在决算列表中上传为新的决算");
        }
        if (!repository.replace(id, row.version(), title(parsed.accounts()), parsed.yaml(), upload.fileName(), user.id(), clock.instant())) {
            throw stale(repository.findById(id).map(AccountsRow::version).orElse(-1L));
        }
        audit.recordAccounts(user, id, AuditAction.ACCOUNTS_REPLACE, "第 " + row.version() + " 版（" + nameOr(row.sourceName()) + "）",
                "第 " + (row.version() + 1) + " 版（" + upload.fileName() + "）", "替换决算数据");
        return repository.findById(id).orElseThrow();
    }

    private static String nameOr(String name) {
        return name == null ? "—" : name;
    }

    static ApiException stale(long currentVersion) {
        return new ApiException(HttpStatus.CONFLICT, "版本冲突", "该决算已被他人替换，请刷新后重试", Map.of("currentVersion", currentVersion));
    }

    static String title(FinalAccounts accounts) {
        return StoredText.checked("meta.department", "部门名称（meta.department）", accounts.meta().department(), 280)
                + accounts.meta().year() + "年度部门决算";
    }

    /** Reads the upload; every problem (file and line/field, or sheet!cell) makes a 422 and nothing is saved. */
    static Parsed parse(Upload upload) {
        if (upload.content() == null || upload.content().length == 0) {
            throw ApiException.badRequest("上传的文件为空：请选择决算数据文件（.yaml/.json）或决算表工作簿（.xlsx）");
        }
        if (upload.kind() == SourceKind.WORKBOOK) {
            try {
                FinalAccounts accounts = AccountsWorkbookReader.read(upload.fileName(), new ByteArrayInputStream(upload.content()));
                return new Parsed(accounts, FinalAccountsWriter.write(accounts, "由 " + upload.fileName() + " 导入（决算表工作簿）"));
            } catch (WorkbookException e) {
                throw invalidWorkbook(e.problems());
            }
        }
        String text = utf8(upload);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        boolean json = upload.kind() == SourceKind.JSON;
        try {
            FinalAccounts accounts = FinalAccountsReader.read(upload.fileName(), text, json);
            return new Parsed(accounts, json ? FinalAccountsWriter.write(accounts, "由 " + upload.fileName() + " 转换（JSON）") : text);
        } catch (DatasetException e) {
            throw invalidDataset(e.problems());
        }
    }

    private static String utf8(Upload upload) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(upload.content())).toString();
        } catch (CharacterCodingException e) {
            throw invalidDataset(List.of(new DatasetProblem(upload.fileName(), 0, "", true,
                    "文件不是 UTF-8 编码的文本（Excel 工作簿请以 .xlsx 上传；以 GBK 保存的文本请另存为 UTF-8）")));
        }
    }

    private Organisation department(Upload upload, FinalAccounts accounts) {
        if (upload.departmentId() != null) {
            Organisation organisation = organisations.findById(upload.departmentId()).orElse(null);
            if (organisation == null || organisation.kind() != OrganisationKind.DEPARTMENT) {
                throw ApiException.badRequest("组织 " + upload.departmentId() + " 不存在或不是部门");
            }
            return organisation;
        }
        String name = accounts.meta().department().strip();
        Organisation organisation = organisations.findByName(name).orElse(null);
        if (organisation != null && organisation.kind() == OrganisationKind.DEPARTMENT) {
            return organisation;
        }
        String message = "单位全称“" + name + "”尚未登记为部门：请系统管理员先登记，或在上传时选择单位";
        if (upload.kind() == SourceKind.WORKBOOK) {
            throw invalidWorkbook(List.of(new WorkbookProblem(upload.fileName(), "情况说明资料", null, message)));
        }
        DatasetProblem problem;
        try {
            problem = SourceDocument.parse(upload.fileName(), new String(upload.content(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""),
                    upload.kind() == SourceKind.JSON, FinalAccountsReader.FORMAT).problem("/meta/department", true, message);
        } catch (DatasetException e) {
            problem = new DatasetProblem(upload.fileName(), 0, "/meta/department", true, message);
        }
        throw invalidDataset(List.of(problem));
    }

    // ---------------------------------------------------------------- problems as 422

    static ApiException invalidDataset(List<DatasetProblem> problems) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (DatasetProblem p : problems) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("file", p.file());
            map.put("location", location(p));
            map.put("line", p.line());
            map.put("field", p.field());
            map.put("pointer", p.pointer());
            map.put("severity", p.error() ? "错误" : "警告");
            map.put("message", p.message());
            map.put("text", p.describe());
            list.add(map);
        }
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "决算数据有误",
                "决算数据有 " + problems.size() + " 个错误，未保存任何内容", Map.of("problems", list));
    }

    private static String location(DatasetProblem p) {
        StringBuilder text = new StringBuilder();
        if (p.line() > 0) {
            text.append("第 ").append(p.line()).append(" 行");
        }
        if (!p.pointer().isEmpty()) {
            text.append(text.length() > 0 ? " " : "").append(p.field());
        }
        return text.toString();
    }

    static ApiException invalidWorkbook(List<WorkbookProblem> problems) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (WorkbookProblem p : problems) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("file", p.file());
            String location = p.sheet() == null ? "" : p.cell() == null ? p.sheet() : p.sheet() + "!" + p.cell();
            map.put("location", location);
            if (p.sheet() != null) {
                map.put("sheet", p.sheet());
            }
            if (p.cell() != null) {
                map.put("cell", p.cell());
            }
            map.put("severity", "错误");
            map.put("message", p.message());
            map.put("text", p.describe());
            list.add(map);
        }
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "决算表工作簿有误",
                "工作簿有 " + problems.size() + " 个错误，未导入任何内容（一处有错则整个工作簿都不导入）", Map.of("problems", list));
    }
}
