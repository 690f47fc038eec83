package org.jixiao.app.server.evaluation;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.jixiao.formats.dataset.DatasetReader;
import org.jixiao.report.evaluation.EvaluationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes one Word report of the bundled example, discarded, in the background once the server is up: the first report
 * a user asks for then finds the document library's classes loaded and compiled (the first report of a fresh server
 * otherwise takes several times as long as the next; docs/benchmarks.md). It runs at the lowest priority and never
 * delays a request; {@code jixiao.warm-up=false} turns it off.
 */
@Component
@ConditionalOnProperty(name = "jixiao.warm-up", havingValue = "true", matchIfMissing = true)
class ReportWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(ReportWarmUp.class);
    static final String EXAMPLE = "/demo/weihai-econ-2022.yaml";

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread thread = new Thread(ReportWarmUp::warmUp, "report-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    static void warmUp() {
        long started = System.nanoTime();
        try (InputStream in = ReportWarmUp.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                return;
            }
            DatasetReader.Read read = DatasetReader.read("warm-up.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8), false);
            EvaluationReport.docx(read.score());
            LOG.info("Word report warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (Exception | LinkageError e) {
            // only a head start: the first real report simply takes longer
            LOG.warn("Word report warm-up failed: {}", e.toString());
        }
    }
}
