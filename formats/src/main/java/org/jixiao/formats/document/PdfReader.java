package org.jixiao.formats.document;

import org.jixiao.formats.document.pdf.PdfDocumentReader;

/** PDF into blocks: see {@link PdfDocumentReader}. */
final class PdfReader {
    private PdfReader() {}

    static SourceDocument read(String name, byte[] bytes) throws DocumentReadException {
        return PdfDocumentReader.read(name, bytes);
    }
}
