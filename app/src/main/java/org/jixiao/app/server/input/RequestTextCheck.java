package org.jixiao.app.server.input;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jixiao.app.server.ApiException;
import org.jixiao.formats.limits.Values;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The text of a request outside its JSON body checked before any controller sees it: query and form parameters
 * (sign-in by form included), multipart fields and the names of uploaded files. A control character is refused with
 * 422 naming the parameter, on every database alike; a file name longer than {@value #MAX_FILE_NAME} characters too.
 */
final class RequestTextCheck implements HandlerInterceptor {
    static final int MAX_FILE_NAME = 255;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            check(parameter.getKey(), parameter.getKey());
            for (String value : parameter.getValue()) {
                check(parameter.getKey(), value);
            }
        }
        if (request instanceof MultipartHttpServletRequest multipart) {
            for (Map.Entry<String, java.util.List<MultipartFile>> files : multipart.getMultiFileMap().entrySet()) {
                for (MultipartFile file : files.getValue()) {
                    String name = file.getOriginalFilename();
                    if (name == null) {
                        continue;
                    }
                    check(files.getKey(), name);
                    if (name.length() > MAX_FILE_NAME) {
                        throw ApiException.unprocessable(files.getKey(),
                                "文件名过长：最多 " + MAX_FILE_NAME + " 个字，实际 " + name.length() + " 个。请改短文件名后再上传");
                    }
                }
            }
        }
        return true;
    }

    private static void check(String field, String value) {
        String problem = Values.textProblem(value);
        if (problem != null) {
            throw ApiException.unprocessable(field, "参数 " + field + " " + problem);
        }
    }
}
