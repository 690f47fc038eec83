package org.jixiao.app.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.Cookie;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jixiao.app.server.JixiaoServer;
import org.jixiao.app.server.demo.DemoData;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The JSON API fed by Jazzer: any body sent to any JSON endpoint, by an evaluator or by the administrator, is answered
 * without a 500 (an answer of 4xx says what is wrong; 2xx did what was asked). The server runs in-process on its own
 * H2 database with the demo data. An input is the endpoint (first byte, its index in {@link #ENDPOINTS}), an If-Match
 * version (second byte, a digit or none) and the body. An ordinary build runs the kept inputs ({@code JsonApiFuzzTestInputs/
 * jsonRequests/}: a valid body for every endpoint, and every finding); CI fuzzes 10,000 inputs (-Pfuzz) and prints the
 * count.
 */
@SpringBootTest(classes = JixiaoServer.class)
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:jixiao-fuzz;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class JsonApiFuzzTest {
    static final int EXECUTIONS = 10_000;
    private static final AtomicLong RUNS = new AtomicLong();
    private static final AtomicLong ANSWERED_2XX = new AtomicLong();

    /** Method, path ({id} is the demo evaluation, {org} an organisation, {acc} the demo disclosure), who sends it. */
    private record Endpoint(HttpMethod method, String path, String user) {}

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(HttpMethod.PATCH, "/api/evaluations/{id}/indicators", "pingjia"),
            new Endpoint(HttpMethod.POST, "/api/evaluations/{id}/indicators/preview", "pingjia"),
            new Endpoint(HttpMethod.PATCH, "/api/evaluations/{id}/targets", "pingjia"),
            new Endpoint(HttpMethod.POST, "/api/evaluations/{id}/targets/preview", "pingjia"),
            new Endpoint(HttpMethod.POST, "/api/evaluations/{id}/stage", "pingjia"),
            new Endpoint(HttpMethod.POST, "/api/evaluations/{id}/signoffs", "pingjia"),
            new Endpoint(HttpMethod.PATCH, "/api/evaluations/{id}/prose", "pingjia"),
            new Endpoint(HttpMethod.PATCH, "/api/evaluations/{id}/meta", "pingjia"),
            new Endpoint(HttpMethod.POST, "/api/evaluations", "pingjia"),
            new Endpoint(HttpMethod.POST, "/api/templates/dept-overall-shandong/evaluations", "pingjia"),
            new Endpoint(HttpMethod.POST, "/api/organisations", "admin"),
            new Endpoint(HttpMethod.PATCH, "/api/organisations/{org}", "admin"),
            new Endpoint(HttpMethod.POST, "/api/users", "admin"),
            new Endpoint(HttpMethod.PATCH, "/api/users/{user}", "admin"),
            new Endpoint(HttpMethod.POST, "/api/accounts", "admin"),
            new Endpoint(HttpMethod.POST, "/api/accounts/{acc}/text-review", "admin"),
            new Endpoint(HttpMethod.POST, "/api/auth/login", null));

    @Autowired
    MockMvc mvc;

    private final ObjectMapper json = new ObjectMapper();
    private Signed evaluator;
    private Signed admin;
    private long evaluation;
    private long organisation;
    private long user;
    private long accounts;

    /** A signed-in session and its CSRF token. */
    private record Signed(MockHttpSession session, String csrf, Cookie sessionCookie) {
        /** The CSRF cookie and the session cookie (sessions live in the database: the cookie, not the mock session, names it). */
        Cookie[] cookies() {
            Cookie token = new Cookie("XSRF-TOKEN", csrf);
            return sessionCookie == null ? new Cookie[] {token} : new Cookie[] {token, sessionCookie};
        }
    }

    @AfterAll
    static void printCount() {
        System.out.println("fuzz target JsonApiFuzzTest#jsonRequests: " + RUNS.get() + " inputs (" + ANSWERED_2XX.get() + " answered 2xx)");
    }

    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = "15m")
    @DictionaryEntries({"\"path\"", "\"rule\"", "\"items\"", "\"points\"", "\"reason\"", "\"version\"", "\"stage\"", "\"level\"",
            "\"opinion\"", "\"title\"", "\"evidence\"", "\"actual\"", "\"kind\"", "\"score\"", "\"name\"", "\"aliases\"", "\"role\"",
            "\"username\"", "\"password\"", "\"organisationId\"", "\"text\"", "\"profile\"", "\"sections\"", "\"id\"",
            "\"/indicators/0/children/0/children/0\"", "\"T1-01\"", "\"manual\"", "\"deductions\"", "\"评价实施\"", "\"部门\"",
            "1e400", "-1e400", "1e999999999", "123456789012345678901", "0.0000000000000000001", "\"\\u0000\"", "null", "true", "[]",
            "{}", "\"format\"", "\"jixiao.evaluation/1\"", "\"jixiao.final-accounts/1\"", "\"meta\""})
    void jsonRequests(byte[] input) throws Exception {
        RUNS.incrementAndGet();
        signInOnce();
        if (input.length < 2) {
            return;
        }
        // byte 0: the endpoint; byte 1: the version in If-Match (none when not a digit); the rest: the body
        Endpoint endpoint = ENDPOINTS.get(Math.floorMod(input[0], ENDPOINTS.size()));
        int ifMatch = input[1] >= '0' && input[1] <= '9' ? input[1] - '0' : -1;
        String body = new String(input, 2, input.length - 2, StandardCharsets.UTF_8);
        String path = endpoint.path().replace("{id}", Long.toString(evaluation)).replace("{org}", Long.toString(organisation))
                .replace("{user}", Long.toString(user)).replace("{acc}", Long.toString(accounts));
        Signed who = endpoint.user() == null ? anonymous() : endpoint.user().equals("admin") ? admin : evaluator;
        var request = request(endpoint.method(), path).session(who.session()).header("X-XSRF-TOKEN", who.csrf())
                .cookie(who.cookies()).contentType(MediaType.APPLICATION_JSON)
                .content(body.getBytes(StandardCharsets.UTF_8));
        if (ifMatch >= 0) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s %s %s → %s", endpoint.method(), path, body, response.getContentAsString(StandardCharsets.UTF_8))
                .isNotEqualTo(500).isLessThan(500);
        if (response.getStatus() < 300) {
            ANSWERED_2XX.incrementAndGet();
        } else {
            assertThat(response.getContentType()).startsWith("application/problem+json");
        }
    }

    private void signInOnce() throws Exception {
        if (evaluator != null) {
            return;
        }
        evaluator = signIn("pingjia");
        admin = signIn("admin");
        evaluation = list(evaluator, "/api/evaluations").get(0).get("id").asLong();
        JsonNode organisations = list(admin, "/api/organisations");
        organisation = organisations.get(organisations.size() - 1).get("id").asLong();
        JsonNode users = list(admin, "/api/users");
        user = users.get(users.size() - 1).get("id").asLong();
        accounts = list(admin, "/api/accounts").get(0).get("id").asLong();
    }

    private JsonNode list(Signed who, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(who.session()).cookie(who.cookies())).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(path + " " + body).isEqualTo(200);
        JsonNode list = json.readTree(body);
        assertThat(list.isArray() && !list.isEmpty()).as(path + " " + body).isTrue();
        return list;
    }

    private Signed anonymous() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse csrf = mvc.perform(get("/api/auth/csrf").session(session)).andReturn().getResponse();
        return new Signed(session, csrf.getCookie("XSRF-TOKEN").getValue(), csrf.getCookie("JSESSIONID"));
    }

    private Signed signIn(String username) throws Exception {
        Signed anonymous = anonymous();
        MockHttpServletResponse login = mvc.perform(request(HttpMethod.POST, "/api/auth/login").session(anonymous.session())
                .header("X-XSRF-TOKEN", anonymous.csrf()).cookie(anonymous.cookies())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(java.util.Map.of("username", username, "password", DemoData.PASSWORD)))).andReturn().getResponse();
        assertThat(login.getStatus()).as(login.getContentAsString()).isEqualTo(200);
        Cookie token = login.getCookie("XSRF-TOKEN");
        Cookie session = login.getCookie("JSESSIONID");
        return new Signed(anonymous.session(), token != null && !token.getValue().isEmpty() ? token.getValue() : anonymous.csrf(),
                session != null ? session : anonymous.sessionCookie());
    }
}
