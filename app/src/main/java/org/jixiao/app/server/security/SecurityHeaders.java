package org.jixiao.app.server.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers on every answer (besides Spring Security's defaults, {@code X-Content-Type-Options: nosniff} among them) that keep data from running as script in a browser: a Content-Security-Policy that
 * allows only this site's own script files (no inline script, no {@code eval}, no plug-ins, no framing by other
 * sites), {@code Referrer-Policy: same-origin}, {@code X-Frame-Options: DENY},
 * and HSTS on answers sent over HTTPS. A generated HTML report carries its own, stricter policy (see
 * {@code org.jixiao.report.html.HtmlText}); the header already set on such an answer is kept.
 */
final class SecurityHeaders {
    /**
     * The interface's policy. Styles: Element Plus and ECharts set element styles from script, which the policy allows;
     * inline style sheets are allowed because the UI library injects a few, and CSS cannot run script. Images: the UI
     * and Swagger UI use data: URIs for icons.
     */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
    }
}
