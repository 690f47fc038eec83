package org.jixiao.app.cli;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where Jixiao's database is, as {@code jixiao serve} and {@code jixiao audit verify} take it: the embedded H2 database in
 * a data folder, or PostgreSQL given as {@code postgres://用户[:密码]@主机:端口/数据库} or a {@code jdbc:} address.
 *
 * @param user     null when the address names none
 * @param password null when the address names none
 */
record DatabaseAddress(String jdbcUrl, String user, String password) {
    static final String EXPECTED = "无法识别的数据库地址“%s”：应为 postgres://用户@主机:端口/数据库";

    /** The embedded database of {@code jixiao serve --data folder} (the same URL as the server's default). */
    static String h2Url(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().normalize().resolve("jixiao")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /** @throws IllegalArgumentException with the Chinese message when the address is neither form */
    static DatabaseAddress parse(String url) {
        if (url.startsWith("jdbc:")) {
            return new DatabaseAddress(url, null, null);
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(EXPECTED.formatted(url), e);
        }
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(EXPECTED.formatted(url));
        }
        String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/postgres" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String user = null;
        String password = null;
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            user = parts[0];
            password = parts.length > 1 ? parts[1] : null;
        }
        return new DatabaseAddress(jdbc, user, password);
    }
}
