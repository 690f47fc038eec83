package org.jixiao.formats.document.pdf;

/**
 * A horizontal or vertical line drawn on the page (a stroked segment, a rectangle's side or a thin filled rectangle), in
 * the page's reading frame.
 *
 * @param horizontal true for a horizontal line
 * @param position   y of a horizontal line, x of a vertical one
 * @param start      the smaller other coordinate
 * @param end        the larger other coordinate
 */
record Ruling(boolean horizontal, double position, double start, double end) {
    Ruling {
        if (end < start) {
            double swap = start;
            start = end;
            end = swap;
        }
    }

    double length() {
        return end - start;
    }

    /** Length of the overlap of this line with [from, to] along its own direction. */
    double overlap(double from, double to) {
        return Math.max(0, Math.min(end, to) - Math.max(start, from));
    }
}
