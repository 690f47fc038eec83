package org.jixiao.formats.document;

/** PDF into blocks. */
final class PdfReader {
    private PdfReader() {}

    static SourceDocument read(String name, byte[] bytes) throws DocumentReadException {
        throw new DocumentReadException(name + "：暂不支持 PDF。请在 Word 或 WPS 中另存为 .docx 后再复核");
    }
}
