package org.jixiao.formats.disclosure;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Turns test .docx files into the PDFs reviewers receive, with LibreOffice, as units export theirs. One soffice process
 * converts a whole batch; each PDF is cached under target/ by the SHA-256 of its .docx, so a second run costs nothing.
 * Without soffice a test skips and says so, except under CI=true, where it fails.
 */
final class Soffice {
    static final Path CACHE = Path.of("target", "disclosure-pdf-cache");

    private Soffice() {}

    static boolean available() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "soffice"))) {
                return true;
            }
        }
        return false;
    }

    /** Skips the calling test without soffice, visibly; fails it under CI. */
    static void require() {
        if (!available()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("LibreOffice (soffice) is required under CI=true to make the PDF test documents");
            }
            System.out.println("SKIPPED: LibreOffice (soffice) is not installed, the PDF copies of the disclosure tests are not made");
            assumeTrue(false, "LibreOffice (soffice) not installed");
        }
    }

    /** The PDF of each .docx (by name → bytes), converted in one run. */
    static Map<String, byte[]> pdfs(Map<String, byte[]> docx) throws IOException, InterruptedException {
        Files.createDirectories(CACHE);
        Map<String, Path> cached = new LinkedHashMap<>();
        List<Path> missing = new ArrayList<>();
        Path work = Files.createTempDirectory(CACHE, "batch");
        for (Map.Entry<String, byte[]> entry : docx.entrySet()) {
            String hash = sha256(entry.getValue());
            Path pdf = CACHE.resolve(hash + ".pdf");
            cached.put(entry.getKey(), pdf);
            if (!Files.exists(pdf)) {
                Path source = work.resolve(hash + ".docx");
                Files.write(source, entry.getValue());
                missing.add(source);
            }
        }
        if (!missing.isEmpty()) {
            List<String> command = new ArrayList<>(List.of("soffice", "--headless", "--norestore",
                    "-env:UserInstallation=" + work.resolve("profile").toAbsolutePath().toUri(), "--convert-to", "pdf", "--outdir",
                    CACHE.toAbsolutePath().toString()));
            for (Path source : missing) {
                command.add(source.toAbsolutePath().toString());
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
            if (!process.waitFor(600, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("soffice did not finish within 10 minutes");
            }
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, Path> entry : cached.entrySet()) {
            if (!Files.exists(entry.getValue())) {
                throw new IOException("soffice made no PDF of " + entry.getKey() + " (see " + work.resolve("soffice.log") + ")");
            }
            out.put(entry.getKey(), Files.readAllBytes(entry.getValue()));
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
