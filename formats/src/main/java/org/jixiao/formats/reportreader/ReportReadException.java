package org.jixiao.formats.reportreader;

/** A report file that cannot be reviewed: empty, binary, not a document, or with no evaluation content. The message is for people. */
public final class ReportReadException extends Exception {
    public ReportReadException(String message) {
        super(message);
    }

    public ReportReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
