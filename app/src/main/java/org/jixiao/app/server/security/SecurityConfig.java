package org.jixiao.app.server.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Sessions (cookie JSESSIONID) after {@code POST /api/auth/login}; BCrypt hashes; CSRF protection with the token in
 * the cookie {@code XSRF-TOKEN}, sent back by the client in the header {@code X-XSRF-TOKEN} on every POST, PATCH, PUT
 * and DELETE. The signed-in account is re-read on every request ({@link SessionRefresh}); what it may see and do is
 * decided by {@link AccessPolicy}, not here.
 */
@Configuration
public class SecurityConfig {
    public static final String CSRF_COOKIE = "XSRF-TOKEN";
    public static final String CSRF_HEADER = "X-XSRF-TOKEN";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    HttpSessionSecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    CookieCsrfTokenRepository csrfTokenRepository() {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieName(CSRF_COOKIE);
        repository.setHeaderName(CSRF_HEADER);
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper json, HttpSessionSecurityContextRepository contexts,
            CookieCsrfTokenRepository csrfTokens, UserRepository users) throws Exception {
        // the plain handler: the header carries the cookie's value as is (what browser clients and scripts can send)
        CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
        http.securityContext(context -> context.securityContextRepository(contexts))
                .addFilterAfter(new SessionRefresh(users, json), SecurityContextHolderFilter.class)
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(csrfHandler))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/auth/login", "/api/auth/csrf").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        // who may do what beyond being signed in is decided by AccessPolicy, which audits every refusal
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().permitAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            if (request.getAttribute(SessionRefresh.ENDED) != null) {
                                problem(json, response, HttpStatus.UNAUTHORIZED, "会话已结束", SessionRefresh.ENDED_MESSAGE);
                            } else {
                                problem(json, response, HttpStatus.UNAUTHORIZED, "未登录", "请先登录（POST /api/auth/login）");
                            }
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            if (e instanceof CsrfException) {
                                problem(json, response, HttpStatus.FORBIDDEN, "CSRF 令牌无效",
                                        "缺少或无效的 CSRF 令牌：请先 GET /api/auth/csrf，并在请求头 " + CSRF_HEADER + " 中带上 Cookie "
                                                + CSRF_COOKIE + " 的值");
                            } else {
                                problem(json, response, HttpStatus.FORBIDDEN, "无权操作", "当前账号无权执行此操作");
                            }
                        }))
                .logout(logout -> logout.logoutUrl("/api/auth/logout")
                        .logoutSuccessHandler((request, response, auth) -> response.setStatus(HttpServletResponse.SC_NO_CONTENT)));
        SecurityHeaders.apply(http);
        return http.build();
    }

    static void problem(ObjectMapper json, HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
