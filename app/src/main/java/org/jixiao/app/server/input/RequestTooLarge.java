package org.jixiao.app.server.input;

import java.io.IOException;

/** The body of a request went over the size limit while it was read: answered 413 with the limit. */
public final class RequestTooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    private final long limit;

    RequestTooLarge(long limit) {
        super("request body over " + limit + " bytes", null);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** The message of a body over the limit, in the filter and in the exception handler alike. */
    public static String message(long limit) {
        String size = limit % (1024 * 1024) == 0 ? limit / (1024 * 1024) + " MB" : String.format("%,d 字节", limit);
        return "请求内容超过 " + size + " 的上限（jixiao.limits.request-size），未保存任何内容";
    }
}
