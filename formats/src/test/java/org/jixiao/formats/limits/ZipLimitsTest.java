package org.jixiao.formats.limits;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** Packages refused by their limit before any reader opens them, whichever way the zip is read. */
class ZipLimitsTest {

    static byte[] zip(String entry, long bytes, String unit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            byte[] chunk = unit.repeat(64 * 1024 / unit.length()).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < bytes; written += chunk.length) {
                zip.write(chunk);
            }
        }
        return out.toByteArray();
    }

    @Test
    void aHighlyCompressedPartIsRefusedByItsRatioEarly() throws IOException {
        byte[] bomb = zip("xl/sharedStrings.xml", 300L << 20, "<si><t>a</t></si>");
        assertThatThrownBy(() -> ZipLimits.check(bomb)).isInstanceOf(LimitExceeded.class).hasMessageContaining("压缩比超过 100 倍的上限");
    }

    @Test
    void morePartsThanTheLimitAreRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i <= ZipLimits.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("p" + i));
            }
        }
        assertThatThrownBy(() -> ZipLimits.check(out.toByteArray())).hasMessageContaining("部件超过 2000 个的上限");
    }

    @Test
    void tooManySharedStringsAreRefusedEvenWhenTheyDoNotCompress() throws IOException {
        StringBuilder strings = new StringBuilder();
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i <= ZipLimits.MAX_SHARED_STRINGS; i++) {
            strings.append("<si><t>").append(Long.toString(random.nextLong(), 36)).append("</t></si>");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write(strings.toString().getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> ZipLimits.check(out.toByteArray())).hasMessageContaining("共享字符串超过 500,000 个的上限");
    }

    @Test
    void realWorkbooksAndDocumentsPass() throws IOException {
        for (Path file : new Path[] {Path.of("..", "examples", "zibo-2024-selfeval", "zibo-2024-selfeval.xlsx"),
                Path.of("..", "corpus", "real-reports", "r01-sichuan-ziyang-2024-adbloan.docx")}) {
            byte[] bytes = Files.readAllBytes(file);
            assertThatCode(() -> ZipLimits.check(bytes)).doesNotThrowAnyException();
        }
        assertThatCode(() -> ZipLimits.check("not a zip".getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
    }
}
