package org.jixiao.app.server;

import java.util.stream.Collectors;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The Chinese words of the refusals Spring MVC makes itself, for {@link ApiExceptionHandler} and the error page. */
final class Chinese {
    private Chinese() {}

    static void translate(Exception e, ProblemDetail problem, HttpStatusCode status) {
        problem.setTitle(title(status));
        if (e instanceof NoResourceFoundException notFound) {
            problem.setDetail("没有这个地址：/" + notFound.getResourcePath());
        } else if (e instanceof TypeMismatchException mismatch) {
            String name = mismatch.getPropertyName();
            problem.setDetail("参数 " + name + " 的值“" + mismatch.getValue() + "”无效：应为" + type(mismatch.getRequiredType()));
            problem.setProperty("field", name);
        } else if (e instanceof MissingServletRequestParameterException missing) {
            problem.setDetail("缺少参数 " + missing.getParameterName());
            problem.setProperty("field", missing.getParameterName());
        } else if (e instanceof MissingServletRequestPartException missing) {
            problem.setDetail("缺少上传的文件（multipart 字段 " + missing.getRequestPartName() + "）");
            problem.setProperty("field", missing.getRequestPartName());
        } else if (e instanceof MissingRequestHeaderException missing) {
            problem.setDetail("缺少请求头 " + missing.getHeaderName());
        } else if (e instanceof HttpRequestMethodNotSupportedException method) {
            problem.setDetail("此地址不支持 " + method.getMethod() + " 请求" + (method.getSupportedHttpMethods() == null ? ""
                    : "，可用：" + method.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining("、"))));
        } else if (e instanceof HttpMediaTypeNotSupportedException media) {
            problem.setDetail("不支持内容类型 " + media.getContentType() + "：应为 "
                    + media.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining("、")));
        } else if (e instanceof HttpMediaTypeNotAcceptableException) {
            problem.setDetail("无法以请求的格式（Accept）回答");
        } else {
            problem.setDetail(title(status));
        }
    }

    static String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return "请求有误";
        }
        return switch (known) {
            case BAD_REQUEST -> "请求有误";
            case UNAUTHORIZED -> "未登录";
            case FORBIDDEN -> "无权操作";
            case NOT_FOUND -> "未找到";
            case METHOD_NOT_ALLOWED -> "不支持的请求方法";
            case NOT_ACCEPTABLE -> "无法提供所需格式";
            case CONFLICT -> "冲突";
            case PAYLOAD_TOO_LARGE -> "内容太大";
            case UNSUPPORTED_MEDIA_TYPE -> "不支持的内容类型";
            case UNPROCESSABLE_ENTITY -> "数据有误";
            case SERVICE_UNAVAILABLE -> "请稍后重试";
            case INTERNAL_SERVER_ERROR -> "内部错误";
            default -> known.is5xxServerError() ? "服务暂时不可用" : "请求有误";
        };
    }

    private static String type(Class<?> type) {
        if (type == null) {
            return "其他格式";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "整数";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "数字";
        }
        if (type == Boolean.class || type == boolean.class) {
            return " true 或 false";
        }
        return "其他格式";
    }
}
