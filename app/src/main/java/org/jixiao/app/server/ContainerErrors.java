package org.jixiao.app.server;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;

/**
 * What Tomcat refuses before the application sees the request (a malformed address such as {@code /api/x%zz}, an
 * illegal header, a request line it cannot parse) answered in Chinese like everything else: problem details for the API
 * ({@code /api/…}), a short Chinese page elsewhere, never Tomcat's English "HTTP Status 400 – Bad Request" page. The
 * host's error report valve is replaced by {@link ChineseErrorReport}; errors inside the application still go to
 * {@link ErrorPage} and {@link ApiExceptionHandler}.
 */
@Component
public class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(ContainerErrors::replaceValve);
    }

    /** After Spring Boot's own customizer, which adds a plain {@link ErrorReportValve} to the host. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static void replaceValve(Context context) {
        Container parent = context.getParent();
        if (!(parent instanceof Host host)) {
            return;
        }
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof ChineseErrorReport)) {
                host.getPipeline().removeValve(valve);
            }
        }
        host.getPipeline().addValve(new ChineseErrorReport());
        if (host instanceof org.apache.catalina.core.StandardHost standard) {
            // the host adds a valve of this class at its start unless one is there: ours is
            standard.setErrorReportValveClass(ChineseErrorReport.class.getName());
        }
    }

    /** The error report of the servlet container, in Chinese; no stack trace, no server version. */
    public static class ChineseErrorReport extends ErrorReportValve {

        public ChineseErrorReport() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            // as Tomcat's own valve: only an error, only when nothing was written, only once
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            String title = Chinese.title(HttpStatusCode.valueOf(status));
            String detail = detail(status);
            if (status == 500 && throwable != null && ApiExceptionHandler.databaseUnavailable(throwable)) {
                // the database failed before any controller ran (the signed-in session is read from it): as the
                // controllers answer then, 503 with Retry-After
                status = 503;
                response.setStatus(status);
                response.setHeader("Retry-After", String.valueOf(ApiExceptionHandler.RETRY_AFTER_SECONDS));
                title = "请稍后重试";
                detail = "数据库暂时不可用或繁忙，请稍后重试（约 " + ApiExceptionHandler.RETRY_AFTER_SECONDS + " 秒后）。未保存任何内容";
            }
            String uri = request.getRequestURI();
            boolean api = uri == null || uri.startsWith("/api/") || uri.equals("/api") || accepts(request, "json");
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Cache-Control", "no-store");
                String body;
                if (api) {
                    response.setContentType("application/problem+json");
                    body = "{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status + ",\"detail\":\"" + json(detail)
                            + "\"}";
                } else {
                    response.setContentType("text/html;charset=UTF-8");
                    body = "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + status + " " + title
                            + "</title></head><body><h1>" + status + " " + title + "</h1><p>" + detail + "</p></body></html>";
                }
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone: nothing to tell
            }
        }

        private static String detail(int status) {
            return switch (status) {
                case 400 -> "请求无法解析：地址、请求头或请求行格式有误（例如地址中的 % 后须为两位十六进制数字）。请检查后重试";
                case 404 -> "没有这个地址";
                case 405 -> "此地址不支持该请求方法";
                case 408 -> "请求超时，请重试";
                case 413 -> "请求内容太大";
                case 414 -> "地址过长";
                case 431 -> "请求头过大";
                case 501 -> "不支持的请求方法或传输编码";
                case 505 -> "不支持的 HTTP 版本";
                default -> status >= 500 ? "服务器内部错误，请稍后重试或联系系统管理员" : "请求有误";
            };
        }

        private static boolean accepts(Request request, String kind) {
            String accept = request.getHeader("Accept");
            return accept != null && accept.contains(kind);
        }

        private static String json(String text) {
            return text.replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }
}
