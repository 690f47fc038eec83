package org.jixiao.app.server;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request that cannot be served, with the Chinese message the user reads. Rendered as RFC 7807 problem details by
 * {@link ApiExceptionHandler}; {@code properties} become extra members of the problem (e.g. {@code problems}).
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final HttpStatus status;
    private final String title;
    private final transient Map<String, Object> properties;

    public ApiException(HttpStatus status, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.title = title;
        this.properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, "未找到", detail, null);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "无权操作", detail, null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, "冲突", detail, null);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "请求有误", detail, null);
    }

    /** A request field that is missing or wrong: 400 with {@code field} naming it (for forms to mark the input). */
    public static ApiException invalidField(String field, String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "请求有误", detail, Map.of("field", field));
    }

    /** A value of the right type but unusable (text for a number, an unknown id or word): 422 with {@code field}. */
    public static ApiException unprocessable(String field, String detail) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "数据有误", detail, Map.of("field", field));
    }

    /** A value that must be unique and is already taken: 409 with {@code field}. */
    public static ApiException duplicate(String field, String detail) {
        return new ApiException(HttpStatus.CONFLICT, "冲突", detail, Map.of("field", field));
    }

    /** A dataset or an edit that does not pass the format and tree rules: every located problem. */
    public static ApiException invalidDataset(String detail, List<Map<String, Object>> problems) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "数据集有误", detail, Map.of("problems", problems));
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
