package org.jixiao.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * A one-line progress bar on the terminal's error stream while several files are reviewed: "[#####     ] 37/200 file.pdf".
 * Shown only when asked for or when the command runs on a terminal, so that scripts and logs get clean output.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final int total;
    private final boolean enabled;
    private final PrintWriter err;
    private int done;

    ProgressBar(int total, boolean enabled, PrintWriter err) {
        this.total = total;
        this.enabled = enabled;
        this.err = err;
    }

    /** The file now being read (as the next one of the total). */
    synchronized void show(Path file) {
        if (!enabled) {
            return;
        }
        int filled = total == 0 ? WIDTH : Math.min(WIDTH, done * WIDTH / total);
        String name = file.getFileName().toString();
        if (name.length() > 30) {
            name = name.substring(0, 29) + "…";
        }
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + (done + 1) + "/" + total + " " + name + "\u001b[K");
        err.flush();
        done++;
    }

    synchronized void done() {
        if (enabled) {
            err.print("\r[" + "#".repeat(WIDTH) + "] " + total + "/" + total + "\u001b[K\n");
            err.flush();
        }
    }
}
