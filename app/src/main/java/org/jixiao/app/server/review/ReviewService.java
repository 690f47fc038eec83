package org.jixiao.app.server.review;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jixiao.app.server.ApiException;
import org.jixiao.app.server.audit.AuditAction;
import org.jixiao.app.server.audit.AuditEntry;
import org.jixiao.app.server.audit.AuditLog;
import org.jixiao.app.server.security.AccessPolicy;
import org.jixiao.app.server.security.AccessPolicy.Action;
import org.jixiao.app.server.security.AccessPolicy.Kind;
import org.jixiao.app.server.security.AccessPolicy.Target;
import org.jixiao.app.server.security.CurrentUser;
import org.jixiao.app.server.review.ReviewRepository.Result;
import org.jixiao.app.server.review.ReviewRepository.ReviewRow;
import org.jixiao.formats.document.DocumentReadException;
import org.jixiao.formats.review.DocumentReview;
import org.jixiao.formats.review.ReviewJson;
import org.jixiao.formats.review.ReviewedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reviews of uploaded documents (复核报告): a report file (.docx, .pdf, .html, .md, .txt) is reviewed with
 * {@link DocumentReview}, the same code as {@code jixiao review}; the file and the review's JSON ({@value ReviewJson#SCHEMA})
 * are kept, so that the findings stay what the user saw even after the reader improves, until someone reviews the kept
 * file again (重新复核, a new revision; the earlier ones stay).
 *
 * <p>Access, decided by {@link AccessPolicy} for every request: everyone may upload (an agency checks its report before it submits it, a
 * department its self-evaluation report, a finance bureau the reports it receives); a document belongs to the
 * uploader's organisation. The administrator sees every document; a finance bureau its own and those of the
 * departments it oversees (departments whose parent organisation is the bureau); anyone else its own organisation's.
 * The owning organisation's users (and the administrator) review a document again; the uploader and the administrator
 * delete it. A document out of scope answers 404, so that its existence is not revealed.
 */
@Service
public class ReviewService {
    /** What {@code DocumentReview} reads; anything else is refused before it is read. */
    public static final List<String> EXTENSIONS = List.of(".docx", ".pdf", ".html", ".htm", ".md", ".txt");
    private static final int MAX_NAME = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ReviewService.class);
    /** The JSON as {@code jixiao review --format json} writes it: every member, nulls included. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReviewRepository repository;
    private final AuditLog audit;
    private final Clock clock;
    private final AccessPolicy policy;
    private final TransactionTemplate transaction;
    /** Reading a document takes a core and memory: a few at a time, the others wait their turn (or hear 503). */
    private final Semaphore readers;
    private final long waitSeconds;
    /** The reviews last checked against their stored result, by {@code id:revision}, for the 复核意见 (a revision never changes). */
    private final Map<String, ReviewedDocument> recent = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReviewedDocument> eldest) {
            return size() > 8;
        }
    };

    ReviewService(ReviewRepository repository, AuditLog audit, Clock clock, PlatformTransactionManager transactions,
            @Value("${jixiao.review.concurrent:1}") int concurrent, @Value("${jixiao.review.wait-seconds:120}") long waitSeconds,
            AccessPolicy policy) {
        this.policy = policy;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.readers = new Semaphore(Math.max(1, concurrent), true);
        this.waitSeconds = waitSeconds;
    }

    /**
     * What a user may do with a document it may see.
     *
     * @param row the document with the figures of the review asked for
     */
    public record Access(ReviewRow row, boolean mayRerun, boolean mayDelete) {}

    /** An uploaded file. */
    public record Upload(String fileName, byte[] content) {}

    // ---------------------------------------------------------------- scope

    public List<ReviewRow> list(CurrentUser user) {
        return repository.list(policy.scope(user, Kind.DOCUMENT_REVIEW));
    }

    private static Target target(ReviewRow row) {
        return Target.documentReview(row.id(), row.organisationId(), row.createdBy());
    }

    /** The document (its current review, or the revision asked for) if the user may see it; 404 otherwise. */
    public Access access(CurrentUser user, long id, Integer revision) {
        ReviewRow row = repository.find(id, null)
                .orElseThrow(() -> ApiException.notFound("复核报告 " + id + " 不存在，或不在当前账号的数据范围内"));
        Target target = target(row);
        policy.requireVisible(user, target);
        if (revision != null && revision != row.currentRevision()) {
            row = repository.find(id, revision)
                    .orElseThrow(() -> ApiException.notFound("复核报告 " + id + " 没有第 " + revision + " 次复核"));
        }
        return new Access(row, policy.allows(user, new Action.RerunReview(), target), policy.allows(user, new Action.DeleteReview(), target));
    }

    public List<ReviewRepository.Revision> revisions(Access access) {
        return repository.revisions(access.row().id());
    }

    /** The stored JSON of the review the access was made for: what the user saw. */
    public String json(Access access) {
        return repository.json(access.row().id(), access.row().revision()).orElseThrow(() -> deleted(access.row().id()));
    }

    public byte[] content(Access access) {
        return repository.content(access.row().id()).orElseThrow(() -> deleted(access.row().id()));
    }

    private static ApiException deleted(long id) {
        return ApiException.notFound("复核报告 " + id + " 已被删除");
    }

    public List<AuditEntry> history(CurrentUser user, long id) {
        access(user, id, null);
        return audit.forDocumentReview(id);
    }

    // ---------------------------------------------------------------- upload, 重新复核, delete

    /** Reviews the file and keeps it with its review; a file that cannot be reviewed is refused (422) and nothing is kept. */
    public long upload(CurrentUser user, Upload upload) {
        policy.require(user, new Action.UploadReview(), Target.any(Kind.DOCUMENT_REVIEW));
        String name = fileName(upload.fileName());
        byte[] content = upload.content() == null ? new byte[0] : upload.content();
        if (content.length == 0) {
            throw ApiException.badRequest("上传的文件“" + name + "”是空的：请选择要复核的报告文件");
        }
        ReviewedDocument reviewed = review(name, content);
        Result result = result(reviewed);
        Instant now = clock.instant();
        long id = Objects.requireNonNull(transaction.execute(status -> {
            long created = repository.insert(name, content, sha256(content), user.organisationId(), user.id(), now, result);
            audit.recordDocumentReview(user, created, AuditAction.DOCUMENT_REVIEW_UPLOAD, null, describe(1, result), "上传“" + name + "”并复核");
            return created;
        }));
        return id;
    }

    /** Reviews the kept file again with the reader as it is now: a new revision, recorded in the history. */
    public Access rerun(CurrentUser user, long id) {
        Access access = access(user, id, null);
        policy.require(user, new Action.RerunReview(), target(access.row()));
        ReviewRow row = access.row();
        ReviewedDocument reviewed = review(row.fileName(), content(access));
        Result result = result(reviewed);
        Result before = new Result(row.format(), row.kind(), row.pages(), row.errors(), row.notes(), row.unchecked(), null);
        int revision = row.currentRevision() + 1;
        transaction.executeWithoutResult(status -> {
            if (!repository.addRevision(id, row.currentRevision(), result, user.id(), clock.instant())) {
                throw ApiException.conflict("该报告刚刚已被他人重新复核或删除，请刷新后查看");
            }
            audit.recordDocumentReview(user, id, AuditAction.DOCUMENT_REVIEW_RERUN, describe(row.currentRevision(), before),
                    describe(revision, result), "重新复核（按当前的复核程序）");
        });
        return access(user, id, null);
    }

    public void delete(CurrentUser user, long id) {
        Access access = access(user, id, null);
        policy.require(user, new Action.DeleteReview(), target(access.row()));
        transaction.executeWithoutResult(status -> {
            if (!repository.delete(id)) {
                throw ApiException.notFound("复核报告 " + id + " 已被删除");
            }
            audit.recordDocumentReview(user, id, AuditAction.DOCUMENT_REVIEW_DELETE, access.row().fileName(), null, "删除复核报告");
        });
        synchronized (recent) {
            recent.keySet().removeIf(key -> key.startsWith(id + ":"));
        }
    }

    /**
     * The review behind the 复核意见 of the document's current revision. The document is written from the reader's
     * model, so the kept file is reviewed again (once per revision while the server runs) and compared with the stored
     * result; should the reader have changed since,
     * so that the findings would differ from the kept ones, the user is asked to review it again first (409): the
     * 复核意见 never says something else than the page.
     */
    public ReviewedDocument current(Access access) {
        ReviewRow row = access.row();
        if (row.revision() != row.currentRevision()) {
            throw ApiException.badRequest("复核意见只按最近一次复核出具（第 " + row.currentRevision() + " 次）");
        }
        String key = row.id() + ":" + row.revision();
        synchronized (recent) {
            ReviewedDocument cached = recent.get(key);
            if (cached != null) {
                return cached;
            }
        }
        ReviewedDocument reviewed = review(row.fileName(), content(access));
        if (!sameReview(json(access), reviewed)) {
            throw ApiException.conflict("复核程序已更新，本报告现在的复核结果与保存的第 " + row.revision()
                    + " 次复核不同：请先“重新复核”，再下载复核意见");
        }
        remember(row.id(), row.revision(), reviewed);
        return reviewed;
    }

    /** Whether a review now gives exactly the stored result (the same JSON, member by member). */
    static boolean sameReview(String storedJson, ReviewedDocument reviewed) {
        try {
            // both through text: a count is a long in the map and an int once read back
            return JSON.readTree(storedJson).equals(JSON.readTree(JSON.writeValueAsString(ReviewJson.document(reviewed))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("保存的复核结果无法读取", e);
        }
    }

    // ---------------------------------------------------------------- reading

    private ReviewedDocument review(String name, byte[] content) {
        boolean acquired;
        try {
            acquired = readers.tryAcquire(waitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "服务器繁忙", "服务器正在复核其他文件，请稍后再试", null);
        }
        try {
            return DocumentReview.review(name, content);
        } catch (DocumentReadException e) {
            throw unreadable(name, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("复核 {} 时出现内部错误", name, e);
            throw unreadable(name, name + "：复核时出现内部错误，未能完成复核。请将该文件反馈给系统管理员");
        } finally {
            readers.release();
        }
    }

    private static ApiException unreadable(String name, String message) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "无法复核", message, Map.of("file", name));
    }

    private static Result result(ReviewedDocument reviewed) {
        Map<String, Object> document = ReviewJson.document(reviewed);
        Map<?, ?> summary = (Map<?, ?>) document.get("summary");
        try {
            return new Result(reviewed.format().label(), reviewed.kind().label(), reviewed.pages(), number(summary, "errors"),
                    number(summary, "notes"), number(summary, "unchecked"), JSON.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("复核结果无法写成 JSON", e);
        }
    }

    private static int number(Map<?, ?> summary, String key) {
        return ((Number) summary.get(key)).intValue();
    }

    /** “第 2 次复核：错误 1 处，提示 0 处，未能核对 3 处” for the history. */
    static String describe(int revision, Result result) {
        return "第 " + revision + " 次复核：错误 " + result.errors() + " 处，提示 " + result.notes() + " 处，未能核对 " + result.unchecked() + " 处";
    }

    private void remember(long id, int revision, ReviewedDocument reviewed) {
        synchronized (recent) {
            recent.put(id + ":" + revision, reviewed);
        }
    }

    /**
     * The name to keep: the last segment of what the browser sent, without control characters, at most
     * {@value #MAX_NAME} characters (the extension kept), and one of the {@link #EXTENSIONS}.
     */
    static String fileName(String original) {
        if (original == null || original.isBlank()) {
            throw ApiException.badRequest("请选择要复核的文件（multipart 字段 file，带文件名）");
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        String lower = name.toLowerCase(Locale.ROOT);
        String extension = EXTENSIONS.stream().filter(lower::endsWith).findFirst().orElse(null);
        if (extension == null || name.length() == extension.length()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "无法复核", "“" + (name.isEmpty() ? original : name)
                    + "”不是可复核的文件：只能复核 Word 文档（.docx）、PDF、网页（.html）、Markdown（.md）或文本（.txt）。"
                    + "旧版 Word（.doc/.wps）请另存为 .docx 或 PDF", Map.of("file", name));
        }
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME - extension.length()) + name.substring(name.length() - extension.length());
        }
        return name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file's name without its extension, for the names of the documents made from it. */
    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

}
