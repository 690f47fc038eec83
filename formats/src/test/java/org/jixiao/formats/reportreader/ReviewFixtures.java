package org.jixiao.formats.reportreader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jixiao.core.review.Finding;
import org.jixiao.core.review.RecoveredReport;
import org.jixiao.formats.document.DocumentReadException;
import org.jixiao.formats.document.Documents;
import org.jixiao.core.review.ReportReview;
import org.jixiao.core.review.ReviewResult;

/** The report text written for the tests (sample-report.txt) and helpers to inject errors into it. */
final class ReviewFixtures {
    private ReviewFixtures() {}

    static List<String> sampleLines() {
        try (InputStream in = ReviewFixtures.class.getResourceAsStream("sample-report.txt")) {
            return new ArrayList<>(Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the one line equal to {@code original}; returns its 1-based number. */
    static int replace(List<String> lines, String original, String replacement) {
        int index = lines.indexOf(original);
        if (index < 0 || lines.lastIndexOf(original) != index) {
            throw new IllegalArgumentException("not exactly one line: " + original);
        }
        lines.set(index, replacement);
        return index + 1;
    }

    static ReviewResult review(String name, List<String> lines) throws ReportReadException {
        return ReportReview.review(read(name, String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
    }

    /** What the reader recovers from a file's content, through the one document model. */
    static RecoveredReport read(String name, byte[] bytes) throws ReportReadException {
        try {
            return ReportReader.read(Documents.read(name, bytes)).report();
        } catch (DocumentReadException e) {
            throw new ReportReadException(e.getMessage());
        }
    }

    /** "CODE@line/severity" for comparing sets of findings. */
    static String key(Finding finding) {
        return finding.code() + "@" + finding.location().line() + "/" + finding.severity();
    }
}
