package org.jixiao.formats.document;

/** A file that cannot be read as a document, with a one-line message in Chinese that names the file and says why. */
public final class DocumentReadException extends Exception {
    public DocumentReadException(String message) {
        super(message);
    }

    public DocumentReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
