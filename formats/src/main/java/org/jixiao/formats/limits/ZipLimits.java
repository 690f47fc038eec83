package org.jixiao.formats.limits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.function.LongSupplier;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The limits of an Office file (.xlsx, .docx: a zip package), checked on the bytes before any reader opens them, by
 * inflating every part and counting what comes out (the sizes a zip declares are not trusted). Both ways a zip can be
 * read are checked — its central directory (the workbook reader's way) and its entries in file order (POI's way) — so a
 * package cannot show one of them small and the other one huge. POI's own guard is set to the same limits.
 */
public final class ZipLimits {
    /** Parts of one package; a real workbook of a few hundred sheets has fewer than a thousand. */
    public static final int MAX_ENTRIES = 2_000;
    /** All parts inflated, together. */
    public static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;
    /** Inflated size over stored size, for parts larger than {@link #RATIO_GRACE_BYTES}. */
    public static final int MAX_RATIO = 100;
    static final long RATIO_GRACE_BYTES = 1024 * 1024;
    /** Strings in a workbook's shared-strings part ({@code <si>} elements). */
    public static final int MAX_SHARED_STRINGS = 500_000;
    /** A package file itself; an upload is smaller still (the request limit). */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        ZipSecureFile.setMaxEntrySize(MAX_EXPANDED_BYTES);
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
    }

    private ZipLimits() {}

    /**
     * Reads a package file from a stream, refusing one over {@link #MAX_FILE_BYTES}, and checks it.
     *
     * @throws LimitExceeded with the limit that was reached
     */
    public static byte[] readChecked(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw new LimitExceeded("文件超过 " + mb(MAX_FILE_BYTES) + " 的上限");
        }
        check(bytes);
        return bytes;
    }

    /**
     * Checks a package: at most {@link #MAX_ENTRIES} parts, {@link #MAX_EXPANDED_BYTES} inflated in all, a ratio of at
     * most {@link #MAX_RATIO}, at most {@link #MAX_SHARED_STRINGS} shared strings. Bytes that are no zip at all pass:
     * the reader says what is wrong with them.
     */
    public static void check(byte[] zip) {
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            Budget budget = new Budget();
            for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                budget.entry();
                if (!entry.isDirectory() && file.canReadEntryData(entry)) {
                    try (InputStream in = file.getInputStream(entry)) {
                        budget.inflate(entry.getName(), in, compressedCount(in, entry.getCompressedSize()));
                    }
                }
            }
        } catch (LimitExceeded e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // not a zip the central directory describes: the entries in file order are still checked below
        }
        try (ZipArchiveInputStream entries = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
            Budget budget = new Budget();
            ZipArchiveEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                budget.entry();
                if (!entry.isDirectory() && entries.canReadEntryData(entry)) {
                    budget.inflate(entry.getName(), entries, entries::getCompressedCount);
                }
            }
        } catch (LimitExceeded e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // damaged: the reader reports it
        }
    }

    /** What has been inflated so far in one pass over a package. */
    private static final class Budget {
        private int entries;
        private long expanded;
        private final byte[] buffer = new byte[64 * 1024];

        void entry() {
            if (++entries > MAX_ENTRIES) {
                throw new LimitExceeded("压缩包内的部件超过 " + MAX_ENTRIES + " 个的上限");
            }
        }

        /** Inflates one part, {@code compressed} telling how many stored bytes were read for it so far. */
        void inflate(String name, InputStream in, LongSupplier compressed) throws IOException {
            boolean sharedStrings = name.endsWith("sharedStrings.xml");
            SharedStringCounter counter = sharedStrings ? new SharedStringCounter() : null;
            long size = 0;
            int read;
            while ((read = in.read(buffer)) > 0) {
                size += read;
                expanded += read;
                if (expanded > MAX_EXPANDED_BYTES) {
                    throw new LimitExceeded("解压后的内容超过 " + mb(MAX_EXPANDED_BYTES) + " 的上限（可能是“压缩炸弹”）");
                }
                if (size > RATIO_GRACE_BYTES && size / Math.max(1, compressed.getAsLong()) > MAX_RATIO) {
                    throw new LimitExceeded("部件 " + name + " 的压缩比超过 " + MAX_RATIO + " 倍的上限（可能是“压缩炸弹”）");
                }
                if (counter != null && counter.add(buffer, read) > MAX_SHARED_STRINGS) {
                    throw new LimitExceeded("共享字符串超过 " + String.format("%,d", MAX_SHARED_STRINGS) + " 个的上限");
                }
            }
        }
    }

    /** Counts {@code <si>} / {@code <si …>} (with or without a namespace prefix) across buffer boundaries. */
    private static final class SharedStringCounter {
        private int count;
        private int state; // 0 nothing, 1 after '<' or ':', 2 after "<s", 3 after "<si"

        int add(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                state = switch (state) {
                    case 1 -> b == 's' ? 2 : start(b);
                    case 2 -> b == 'i' ? 3 : start(b);
                    case 3 -> {
                        if (b == '>' || b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '/') {
                            count++;
                        }
                        yield start(b);
                    }
                    default -> start(b);
                };
            }
            return count;
        }

        private static int start(byte b) {
            return b == '<' || b == ':' ? 1 : 0;
        }
    }

    /** The stored bytes read so far, when the stream counts them; else the size the zip declares. */
    private static LongSupplier compressedCount(InputStream in, long declared) {
        return in instanceof InputStreamStatistics statistics ? statistics::getCompressedCount : () -> declared;
    }

    static String mb(long bytes) {
        return bytes / (1024 * 1024) + " MB";
    }
}
