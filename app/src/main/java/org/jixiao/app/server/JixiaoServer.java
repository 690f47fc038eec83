package org.jixiao.app.server;

import java.util.concurrent.CountDownLatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** The web server: REST API, security, persistence. Started by {@code jixiao serve}. */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@OpenAPIDefinition(info = @Info(title = "绩效 Jixiao API", version = "0.1.0",
        description = "预算绩效评价：组织、用户、评价（上传数据集、计分、修改指标、报告下载、流程与审核、修改记录）。"
                + "浏览器会话登录（POST /api/auth/login）；修改类请求须带 CSRF 令牌：先 GET /api/auth/csrf，"
                + "再把 Cookie XSRF-TOKEN 的值放入请求头 X-XSRF-TOKEN。错误以 RFC 7807 problem details 返回。"))
public class JixiaoServer {

    public static ConfigurableApplicationContext start(String... args) {
        return application().run(args);
    }

    private static SpringApplication application() {
        SpringApplication application = new SpringApplication(JixiaoServer.class);
        application.setMainApplicationClass(JixiaoServer.class);
        return application;
    }

    /** Starts the server and returns only when it has been stopped (Ctrl-C, SIGTERM). */
    public static void runUntilStopped(String... args) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        SpringApplication application = application();
        application.addListeners(event -> {
            if (event instanceof ContextClosedEvent) {
                stopped.countDown();
            }
        });
        application.run(args);
        stopped.await();
    }
}
