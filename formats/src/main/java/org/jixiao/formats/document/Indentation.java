package org.jixiao.formats.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far each cell's text of one table column is indented, in characters: reports that keep their indicator levels in
 * one column often show them by indentation alone. Left-aligned text is measured from the column's leftmost text. A
 * column whose texts are centred has no indentation, however its names differ in length; a few centred names among
 * indented ones (一级 rows centred above the rest) come before the least indented, as they head their groups.
 */
public final class Indentation {
    private Indentation() {}

    /**
     * Where one cell's first line of text stands, in characters (any origin shared by the column).
     *
     * @param left       where the text starts
     * @param right      where the text ends
     * @param cellLeft   the cell's left edge, or NaN when the table has no ruled cells
     * @param cellRight  the cell's right edge, or NaN
     * @param singleLine whether the cell holds one line only (a wrapped text cannot be told centred)
     * @param origin     where an unindented text of this column would start (the cell's edge, the page's), or NaN to
     *                   measure from the column's leftmost text. Given, indents compare across the pieces of a table
     *                   broken by pages, whichever levels each piece holds.
     */
    public record Extent(double left, double right, double cellLeft, double cellRight, boolean singleLine, double origin) {
        public Extent(double left, double right, double cellLeft, double cellRight, boolean singleLine) {
            this(left, right, cellLeft, cellRight, singleLine, Double.NaN);
        }
    }

    /**
     * The indent of each extent (same order): 0 for none or a centred text; all 0 when the column is centred or, measured
     * from its leftmost text, shows no indentation. Measured from given origins, every left-aligned text gets 1 + its
     * distance from its origin, so that a piece of a table whose rows all stand at one depth keeps that depth.
     */
    public static int[] of(List<Extent> extents) {
        return of(extents, 0.5);
    }

    /**
     * As {@link #of(List)}, with positions known only to within {@code tolerance} characters (text laid out by
     * {@code pdftotext -layout} places each character on a grid): a text counts as centred within that distance of the
     * column's centre, and as a centred head only when it stands at least twice that far in.
     */
    public static int[] of(List<Extent> extents, double tolerance) {
        int[] indents = new int[extents.size()];
        if (extents.size() < 3) {
            return indents;
        }
        double base = Double.MAX_VALUE;
        double reach = -Double.MAX_VALUE;
        for (Extent extent : extents) {
            base = Math.min(base, extent.left());
            reach = Math.max(reach, extent.right());
        }
        boolean[] centreAligned = new boolean[extents.size()];
        Map<Long, Integer> indentUse = new HashMap<>();
        for (int i = 0; i < extents.size(); i++) {
            Extent extent = extents.get(i);
            double gap = extent.left() - base;
            boolean ruled = !Double.isNaN(extent.cellLeft()) && !Double.isNaN(extent.cellRight());
            double centre = ruled ? (extent.cellLeft() + extent.cellRight()) / 2 : (base + reach) / 2;
            centreAligned[i] = extent.singleLine() && gap >= 0.5 && Math.abs((extent.left() + extent.right()) / 2 - centre) < tolerance;
            if (!centreAligned[i]) {
                indentUse.merge(Math.round(gap), 1, Integer::sum);
            }
        }
        int shifted = 0;
        int aligned = 0;
        int centred = 0;
        boolean[] isCentred = new boolean[extents.size()];
        for (int i = 0; i < extents.size(); i++) {
            double gap = extents.get(i).left() - base;
            if (gap < 0.5) {
                continue;
            }
            shifted++;
            aligned += centreAligned[i] ? 1 : 0;
            // a head: centred on the column, well in, and not at an indent other rows share
            if (centreAligned[i] && gap >= 2 * tolerance && indentUse.getOrDefault(Math.round(gap), 0) < 2) {
                isCentred[i] = true;
                centred++;
            }
        }
        if (aligned * 2 > shifted) {
            return indents; // a centred column
        }
        boolean fromOrigin = extents.stream().noneMatch(extent -> Double.isNaN(extent.origin()));
        if (shifted == 0 && !fromOrigin) {
            return indents;
        }
        int shift = centred > 0 || fromOrigin ? 1 : 0;
        for (int i = 0; i < extents.size(); i++) {
            Extent extent = extents.get(i);
            double from = fromOrigin ? extent.origin() : base;
            indents[i] = isCentred[i] ? 0 : shift + (int) Math.max(0, Math.round(extent.left() - from));
        }
        return indents;
    }
}
