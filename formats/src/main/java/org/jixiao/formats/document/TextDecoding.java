package org.jixiao.formats.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Text files as Chinese offices write them: UTF-8 (with or without BOM), or GBK/GB18030. Binary content is refused. */
final class TextDecoding {
    private TextDecoding() {}

    static String decode(String name, byte[] bytes) throws DocumentReadException {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw notText(name);
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control * 20 > sample) {
            throw notText(name);
        }
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, Charset.forName("GB18030")}) {
            try {
                String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            } catch (CharacterCodingException e) {
                // try the next encoding
            }
        }
        throw new DocumentReadException(name + "：无法识别文本编码（既不是 UTF-8 也不是 GBK/GB18030），无法复核");
    }

    private static DocumentReadException notText(String name) {
        return new DocumentReadException(name + "：不是可识别的文档（既不是 Word、PDF、网页，也不是文本），无法复核。支持 .docx、.pdf、.html、.md 和 .txt");
    }
}
