package org.jixiao.app.server;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page ({@code /error}): what fails outside Spring MVC (in a filter, in the container)
 * is answered like everything else, as problem details in Chinese, never the framework's English page. A failure of the
 * database there is a 503 too.
 */
@RestController
public class ErrorPage implements ErrorController {

    @RequestMapping(path = "/error", produces = MediaType.APPLICATION_PROBLEM_JSON_VALUE)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        HttpStatusCode status = HttpStatusCode.valueOf(code instanceof Integer i ? i : 500);
        if (failure != null && ApiExceptionHandler.databaseUnavailable(failure)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
        }
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(Chinese.title(status));
        problem.setDetail(status.value() == 503 ? "数据库暂时不可用或繁忙，请稍后重试（约 " + ApiExceptionHandler.RETRY_AFTER_SECONDS + " 秒后）"
                : status.is5xxServerError() ? "服务器内部错误，请稍后重试或联系系统管理员" : Chinese.title(status));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setInstance(java.net.URI.create(uri.toString().replace(" ", "%20")));
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status.value() == 503) {
            answer.header("Retry-After", String.valueOf(ApiExceptionHandler.RETRY_AFTER_SECONDS));
        }
        return answer.body(problem);
    }
}
