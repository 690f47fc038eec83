package org.jixiao.app.server;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import io.swagger.v3.oas.annotations.media.Schema;

import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.jixiao.app.server.input.InputLimits;
import org.jixiao.app.server.input.JsonFields;
import org.jixiao.app.server.input.RequestTooLarge;
import org.jixiao.formats.limits.TreeLimits;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one error handler of the API: every error as RFC 7807 problem details ({@code application/problem+json}) with a
 * Chinese message, and {@code field} naming the request field when one is at fault. Nothing a client sends ends in a
 * 500: a malformed body is 400, a body or upload over a limit 413, a value out of its limits 422; a database that is
 * saturated or unreachable is 503 with {@code Retry-After}.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class);
    /** Seconds a client is asked to wait when the database is unavailable. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private final InputLimits limits;

    public ApiExceptionHandler(InputLimits limits) {
        this.limits = limits;
    }

    @ExceptionHandler(ApiException.class)
    ProblemDetail api(ApiException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle(e.title());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "当前账号无权执行此操作");
        problem.setTitle("无权操作");
        return problem;
    }

    @ExceptionHandler(RequestTooLarge.class)
    ProblemDetail tooLarge(RequestTooLarge e) {
        return tooLargeProblem(e);
    }

    /** A value the database refuses although the checks before it passed: never a 500, never half-saved. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        LOG.warn("数据库拒绝了一个值：{}", e.getMostSpecificCause().getMessage());
        if (e instanceof DuplicateKeyException) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "该名称或编号已存在，未保存");
            problem.setTitle("冲突");
            return problem;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "数据超出允许的范围（文字过长、数值过大或含有不允许的字符），未保存任何内容");
        problem.setTitle("数据有误");
        return problem;
    }

    /** A body that parses but cannot be mapped to the request's type: the client's to fix, never a 500. */
    @ExceptionHandler(HttpMessageConversionException.class)
    ProblemDetail conversion(HttpMessageConversionException e) {
        LOG.warn("请求内容无法转换：{}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "请求内容无法解析：请检查 JSON 格式与字段类型");
        problem.setTitle("请求有误");
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (databaseUnavailable(e)) {
            LOG.warn("数据库暂时不可用：{}", e.getMessage());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "数据库暂时不可用或繁忙，请稍后重试（约 " + RETRY_AFTER_SECONDS + " 秒后）。未保存任何内容");
            problem.setTitle("请稍后重试");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                    .body(problem);
        }
        LOG.error("内部错误", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，请稍后重试或联系系统管理员");
        problem.setTitle("内部错误");
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    /**
     * No connection could be had in time (pool exhausted, server down or restarting), or the connection broke: the
     * request did nothing and may be sent again.
     */
    public static boolean databaseUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessResourceException
                    || cause instanceof RecoverableDataAccessException || cause instanceof QueryTimeoutException
                    || cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            // the connection broke inside a transaction: its rollback fails too and hides the first failure
            if (cause instanceof TransactionSystemException failed
                    && (failed.getCause() instanceof SQLException || failed.getApplicationException() != null
                            && databaseUnavailable(failed.getApplicationException()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = tooManyFiles(ex) ? ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, limits.tooManyFiles(null))
                : partHeaderTooLarge(ex) ? ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                        "上传内容中一个分段的头部（文件名等）超过 4 KB 的上限（server.tomcat.max-part-header-size）：请改短文件名。未保存任何内容")
                : ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, RequestTooLarge.message(limits.requestSize()));
        problem.setTitle(tooManyFiles(ex) ? "文件太多" : "文件太大");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
    }

    private static boolean tooManyFiles(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileCountLimitExceededException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The container refused a part whose headers (Content-Disposition with the file name …) are too long. */
    private static boolean partHeaderTooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("header")) {
                return true;
            }
        }
        return false;
    }

    /** A multipart body that cannot be parsed: cut off, without its closing boundary, or not multipart at all. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> multipart(MultipartException e, WebRequest request) throws Exception {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return handleMaxUploadSizeExceededException(tooLarge, new HttpHeaders(), HttpStatus.PAYLOAD_TOO_LARGE, request);
        }
        if (tooManyFiles(e)) {
            return handleMaxUploadSizeExceededException(new MaxUploadSizeExceededException(-1, e), new HttpHeaders(),
                    HttpStatus.PAYLOAD_TOO_LARGE, request);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "上传的内容不完整或格式有误（multipart/form-data 正文被截断或缺少结束分隔符），请重新上传。未保存任何内容");
        problem.setTitle("请求有误");
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof RequestTooLarge tooLarge) {
                return handleExceptionInternal(ex, tooLargeProblem(tooLarge), headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        String limit = null;
        for (Throwable c = cause; c != null && limit == null; c = c.getCause() == c ? null : c.getCause()) {
            limit = c instanceof Exception parseFailure ? TreeLimits.reached(parseFailure) : null;
        }
        ProblemDetail problem;
        if (limit != null) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "请求内容无法读取：" + limit);
        } else if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = JsonFields.field(mapping);
            String rejected = JsonFields.rejection(mapping);
            if (rejected != null) {
                problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, "字段 " + field + " " + rejected);
                problem.setTitle("数据有误");
                problem.setProperty("field", field);
                return handleExceptionInternal(ex, problem, headers, HttpStatus.UNPROCESSABLE_ENTITY, request);
            }
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "字段 " + field + " 的值无法读取：请检查它的类型（文字、数字、列表）与格式");
            problem.setProperty("field", field);
        } else if (cause instanceof JsonProcessingException parse && String.valueOf(parse.getOriginalMessage()).startsWith("Duplicate field '")) {
            String field = parse.getOriginalMessage().replaceFirst("^Duplicate field '(.*)'$", "$1");
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "字段 " + field + " 重复出现：同一层级的字段名不能重复");
            problem.setProperty("field", field);
        } else {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "请求内容无法解析：请检查 JSON 格式与字段类型");
        }
        problem.setTitle("请求有误");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        FieldError error = ex.getBindingResult().getFieldError();
        Object target = ex.getBindingResult().getTarget();
        String field = error == null ? "" : error.getField();
        String label = target == null ? field : label(target.getClass(), field);
        return invalid(ex, field, error == null ? "请求有误" : message(label, error.getRejectedValue(), error), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        var result = ex.getParameterValidationResults().get(0);
        String field = result.getMethodParameter().getParameterName();
        String label = field;
        var parameterDoc = result.getMethodParameter().getParameterAnnotation(io.swagger.v3.oas.annotations.Parameter.class);
        if (parameterDoc != null && !parameterDoc.description().isBlank()) {
            label = shortLabel(parameterDoc.description()) + "（" + field + "）";
        }
        MessageSourceResolvable error = result.getResolvableErrors().get(0);
        return invalid(ex, field, message(label, result.getArgument(), error), request);
    }

    /**
     * Spring's own refusals (no such address, wrong method or media type, a parameter missing or of the wrong type) with
     * a Chinese message instead of the framework's English one; the status stays.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        // Spring passes no body for its own refusals (405, 415, 404 …): the exception carries it, in English
        Object answer = body == null && ex instanceof org.springframework.web.ErrorResponse error ? error.getBody() : body;
        if (answer instanceof ProblemDetail problem && !isChinese(problem.getTitle())) {
            Chinese.translate(ex, problem, statusCode);
        }
        body = answer;
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static boolean isChinese(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private ResponseEntity<Object> invalid(Exception ex, String field, String detail, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, detail);
        problem.setTitle("数据有误");
        problem.setProperty("field", field);
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.UNPROCESSABLE_ENTITY, request);
    }

    /** The Chinese message of a constraint: the lengths of {@code @Size}, else the constraint's own (Chinese) message. */
    private static String message(String label, Object value, MessageSourceResolvable error) {
        Object[] arguments = error.getArguments();
        String code = error.getCodes() == null || error.getCodes().length == 0 ? "" : error.getCodes()[error.getCodes().length - 1];
        if ("Size".equals(code) && arguments != null && arguments.length >= 3) {
            int max = ((Number) arguments[1]).intValue();
            int length = value instanceof CharSequence text ? text.length() : value instanceof java.util.Collection<?> c ? c.size() : -1;
            String unit = value instanceof java.util.Collection<?> ? " 项" : " 个字";
            return label + "不能超过 " + max + unit + (length >= 0 ? "（实际 " + length + unit + "）" : "");
        }
        return label + "：" + error.getDefaultMessage();
    }

    /** The name of a record field as the API description gives it ({@code @Schema(description)}), with the field. */
    private static String label(Class<?> type, String field) {
        try {
            Schema schema = type.getDeclaredField(field).getAnnotation(Schema.class);
            if (schema != null && !schema.description().isBlank()) {
                return shortLabel(schema.description()) + "（" + field + "）";
            }
        } catch (NoSuchFieldException e) {
            // a nested path (sections[0].text): named as it is
        }
        return "字段 " + field + " ";
    }

    private static String shortLabel(String description) {
        String text = description.strip();
        int stop = text.length();
        for (char c : new char[] {'，', '（', '(', '：', '；', '。'}) {
            int at = text.indexOf(c);
            if (at > 0 && at < stop) {
                stop = at;
            }
        }
        return text.substring(0, stop);
    }

    private ProblemDetail tooLargeProblem(RequestTooLarge e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, RequestTooLarge.message(e.limit()));
        problem.setTitle("内容太大");
        return problem;
    }
}
