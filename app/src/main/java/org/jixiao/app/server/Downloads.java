package org.jixiao.app.server;

import java.nio.charset.StandardCharsets;

import org.jixiao.report.html.HtmlText;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What the controllers share about files and versions: the media types of the documents they send, a download with
 * its (Chinese, UTF-8) file name, and the version in {@code ETag} and {@code If-Match}.
 */
public final class Downloads {
    public static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");
    public static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private Downloads() {}

    /** {@code attachment; filename*=UTF-8''…}: browsers save the file under its Chinese name. */
    public static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }

    /**
     * An answer that the browser saves as a file. A written HTML page gets the policy it carries in its head too (no
     * script, nothing fetched), in case a browser opens it from the site instead of saving it.
     */
    public static ResponseEntity.BodyBuilder file(MediaType type, String fileName) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName));
        return type.isCompatibleWith(HTML) ? answer.header("Content-Security-Policy", HtmlText.POLICY) : answer;
    }

    public static ResponseEntity<byte[]> file(MediaType type, String fileName, byte[] content) {
        return file(type, fileName).body(content);
    }

    /** The ETag of a stored version: {@code "3"}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} names: {@code "3"}, {@code W/"3"} or {@code 3}.
     *
     * @param what the thing versioned, for the message (评价, 决算)
     */
    public static Long version(String ifMatch, String what) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.parseLong(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("If-Match 应为" + what + "的版本号，例如 \"3\"");
        }
    }
}
