package org.jixiao.app.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A browser-like client of the running server over real HTTP: it keeps the session and CSRF cookies and, like the
 * web UI, sends the {@code XSRF-TOKEN} cookie back as the {@code X-XSRF-TOKEN} header on every changing request.
 */
public final class Api {
    public static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> cookies;
    private boolean sendCsrf = true;
    private String forwardedFor;

    public Api(int port) {
        this("http://127.0.0.1:" + port, new LinkedHashMap<>());
    }

    private Api(String base, Map<String, String> cookies) {
        this.base = base;
        this.cookies = cookies;
    }

    /**
     * The same browser talking to another instance of the server (as a load balancer would send it there): the cookies
     * (session, CSRF token) are shared with this client, both ways.
     */
    public Api on(int port) {
        return new Api("http://127.0.0.1:" + port, cookies);
    }

    public record Response(int status, java.net.http.HttpHeaders headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("不是 JSON（" + status + "）：" + text(), e);
            }
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    /** Signs in as {@code username} (fetching a CSRF token first, as a browser does). */
    public static Api signedIn(int port, String username, String password) {
        Api api = new Api(port);
        Response login = api.login(username, password);
        if (login.status() != 200) {
            throw new AssertionError("登录失败：" + login);
        }
        return api;
    }

    public Response login(String username, String password) {
        if (!cookies.containsKey("XSRF-TOKEN")) {
            get("/api/auth/csrf");
        }
        return postJson("/api/auth/login", Map.of("username", username, "password", password));
    }

    /**
     * Requests as if from this client address, through a reverse proxy ({@code X-Forwarded-For}); the server believes it
     * only when configured to ({@code server.forward-headers-strategy=native}) and the request comes from a local proxy.
     */
    public Api from(String address) {
        forwardedFor = address;
        return this;
    }

    public Api withoutCsrfHeader() {
        sendCsrf = false;
        return this;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), false);
    }

    /** Any method with a body of any type, and extra headers. */
    public Response send(String method, String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request, true);
    }

    public Response send(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body, Map.of());
    }

    /** A client holding a cookie it was not given (a stolen or an old session id). */
    public Api withCookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE(), true);
    }

    public Response postJson(String path, Object body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8)), true);
    }

    public Response putJson(String path, Object body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8)), true);
    }

    public Response post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), true);
    }

    public Response patchJson(String path, Object body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request, true);
    }

    /** A multipart/form-data upload of one file in the field {@code file}. */
    public Response upload(String path, String fileName, byte[] content) {
        String boundary = "----jixiao" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return post(path, "multipart/form-data; boundary=" + boundary, body);
    }

    /** A multipart/form-data request (field {@code file}) with any method, e.g. PUT, and an optional If-Match. */
    public Response multipart(String method, String path, String fileName, byte[] content, String ifMatch) {
        String boundary = "----jixiao" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request, true);
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String json(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response send(HttpRequest.Builder request, boolean changing) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (changing && sendCsrf && cookies.containsKey("XSRF-TOKEN")) {
            request.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
