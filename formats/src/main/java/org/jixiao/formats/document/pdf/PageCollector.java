package org.jixiao.formats.document.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * One pass over each page's content stream that keeps every glyph with its position (PDFBox's text extraction) and
 * every horizontal or vertical line the page draws: stroked segments and rectangles, and thin filled rectangles, which
 * is how Word draws table borders. Nothing is sorted or written here; the page is turned into its reading frame (the
 * direction most of its text runs in) when it ends.
 */
final class PageCollector extends PDFTextStripper {
    /** A filled rectangle at most this thick (points) and several times as long is a rule, not a shaded area. */
    private static final double THIN = 3.0;

    private final Limits limits;
    private final Map<Integer, PageContent> pages = new HashMap<>();
    private final List<RawGlyph> glyphs = new ArrayList<>();
    private final List<double[]> lines = new ArrayList<>(); // {x1, y1, x2, y2} in the page's unrotated space
    private final List<SubPath> path = new ArrayList<>();
    private PDRectangle crop;
    private int pageNumber;
    private int drawn;
    private int invisible;
    private boolean nextInvisible;
    private double imageArea;
    private long totalGlyphs;
    private int operations;
    private final List<String> notes;

    PageCollector(Limits limits, List<String> notes) {
        this.limits = limits;
        this.notes = notes;
        setSortByPosition(false);
        setShouldSeparateByBeads(false);
        setSuppressDuplicateOverlappingText(false);
        addOperator(new SetStrokingColorSpace(this));
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetStrokingColor(this));
        addOperator(new SetStrokingColorN(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetStrokingDeviceGrayColor(this));
        addOperator(new SetStrokingDeviceRGBColor(this));
        addOperator(new SetStrokingDeviceCMYKColor(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
    }

    /** Every page of the document, in order; a page without content is an empty page. */
    List<PageContent> collect(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
        List<PageContent> all = new ArrayList<>();
        int count = document.getNumberOfPages();
        for (int number = 1; number <= count; number++) {
            PageContent page = pages.get(number);
            if (page == null) {
                PDRectangle box = document.getPage(number - 1).getCropBox();
                page = new PageContent(number, box.getWidth(), box.getHeight(), List.of(), List.of(), 0, 0, 0);
            }
            all.add(page);
        }
        return all;
    }

    @Override
    protected void startPage(PDPage page) {
        limits.check();
        pageNumber = getCurrentPageNo();
        crop = page.getCropBox();
        glyphs.clear();
        lines.clear();
        path.clear();
        drawn = 0;
        invisible = 0;
        imageArea = 0;
    }

    @Override
    protected void writePage() {
        // the glyphs are laid out by PdfPageReader, not written as text
    }

    @Override
    protected void endPage(PDPage page) {
        int direction = dominantDirection();
        Frame frame = new Frame(direction, crop.getWidth(), crop.getHeight());
        List<Glyph> placed = new ArrayList<>(glyphs.size());
        Deduplicator duplicates = new Deduplicator();
        for (RawGlyph raw : glyphs) {
            Glyph glyph = frame.place(raw);
            if (!duplicates.seen(glyph)) {
                placed.add(glyph);
            }
        }
        List<Ruling> rulings = new ArrayList<>();
        if (lines.size() > limits.maxRulingsPerPage()) {
            notes.add("第 " + pageNumber + " 页的线条过多（" + lines.size() + " 条，可能是图形），未按框线识别表格");
        } else {
            for (double[] line : lines) {
                Ruling ruling = frame.ruling(line);
                if (ruling != null) {
                    rulings.add(ruling);
                }
            }
        }
        pages.put(pageNumber, new PageContent(pageNumber, frame.width(), frame.height(), placed, rulings, drawn, invisible,
                Math.min(1, imageArea)));
        glyphs.clear();
        lines.clear();
    }

    private int dominantDirection() {
        int[] counts = new int[4];
        for (RawGlyph raw : glyphs) {
            if (!raw.text().isBlank()) {
                counts[raw.direction() / 90]++;
            }
        }
        int best = 0;
        for (int i = 1; i < 4; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return best * 90;
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
        drawn++;
        nextInvisible = getGraphicsState().getTextState().getRenderingMode() == RenderingMode.NEITHER;
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (++totalGlyphs % 512 == 0) {
            limits.check();
        }
        if (totalGlyphs > limits.maxGlyphs()) {
            throw new Limits.Exceeded(Limits.Exceeded.Kind.SIZE);
        }
        String unicode = text.getUnicode();
        if (unicode == null || unicode.isEmpty()) {
            return;
        }
        Matrix matrix = text.getTextMatrix();
        int direction = Math.round(text.getDir()) % 360;
        double size = Math.abs(matrix.getScalingFactorY());
        if (size <= 0.01) {
            size = Math.max(text.getFontSizeInPt(), 1);
        }
        if (nextInvisible) {
            invisible++;
        }
        glyphs.add(new RawGlyph(unicode, matrix.getTranslateX(), matrix.getTranslateY(), direction, text.getWidthDirAdj(), size));
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operations % 4096 == 0) {
            limits.check();
        }
        switch (operator.getName()) {
            case "m" -> {
                if (operands.size() >= 2 && numbers(operands)) {
                    path.add(new SubPath(point(operands, 0)));
                }
            }
            case "l" -> {
                if (operands.size() >= 2 && numbers(operands)) {
                    current().add(point(operands, 0));
                }
            }
            case "c" -> curve(operands, 4);
            case "v", "y" -> curve(operands, 2);
            case "h" -> {
                if (!path.isEmpty()) {
                    path.get(path.size() - 1).closed = true;
                }
            }
            case "re" -> {
                if (operands.size() >= 4 && numbers(operands)) {
                    float x = ((COSNumber) operands.get(0)).floatValue();
                    float y = ((COSNumber) operands.get(1)).floatValue();
                    float w = ((COSNumber) operands.get(2)).floatValue();
                    float h = ((COSNumber) operands.get(3)).floatValue();
                    SubPath rectangle = new SubPath(transformed(x, y));
                    rectangle.add(transformed(x + w, y));
                    rectangle.add(transformed(x + w, y + h));
                    rectangle.add(transformed(x, y + h));
                    rectangle.closed = true;
                    path.add(rectangle);
                }
            }
            case "S" -> paint(true, false);
            case "s" -> {
                if (!path.isEmpty()) {
                    path.get(path.size() - 1).closed = true;
                }
                paint(true, false);
            }
            case "f", "F", "f*" -> paint(false, true);
            case "B", "B*" -> paint(true, true);
            case "b", "b*" -> {
                if (!path.isEmpty()) {
                    path.get(path.size() - 1).closed = true;
                }
                paint(true, true);
            }
            case "n" -> path.clear();
            case "Do" -> {
                if (!operands.isEmpty() && operands.get(0) instanceof COSName name && getResources() != null
                        && getResources().isImageXObject(name)) {
                    imageArea += unitSquareShare();
                }
            }
            case "BI" -> imageArea += unitSquareShare();
            default -> { }
        }
        super.processOperator(operator, operands);
    }

    private double unitSquareShare() {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        double area = Math.abs((double) ctm.getScaleX() * ctm.getScaleY() - (double) ctm.getShearX() * ctm.getShearY());
        double page = (double) crop.getWidth() * crop.getHeight();
        return page <= 0 ? 0 : area / page;
    }

    private void curve(List<COSBase> operands, int endIndex) {
        if (operands.size() >= endIndex + 2 && numbers(operands)) {
            SubPath subPath = current();
            subPath.add(point(operands, endIndex));
            subPath.curved = true;
        }
    }

    private SubPath current() {
        if (path.isEmpty()) {
            path.add(new SubPath(new double[] {0, 0}));
        }
        return path.get(path.size() - 1);
    }

    private double[] point(List<COSBase> operands, int index) {
        return transformed(((COSNumber) operands.get(index)).floatValue(), ((COSNumber) operands.get(index + 1)).floatValue());
    }

    private double[] transformed(float x, float y) {
        java.awt.geom.Point2D.Float point = transformedPoint(x, y);
        return new double[] {point.x - crop.getLowerLeftX(), point.y - crop.getLowerLeftY()};
    }

    private static boolean numbers(List<COSBase> operands) {
        for (COSBase operand : operands) {
            if (!(operand instanceof COSNumber)) {
                return false;
            }
        }
        return true;
    }

    private void paint(boolean stroke, boolean fill) {
        boolean strokeVisible = stroke && !isWhite(getGraphicsState().getStrokingColor());
        boolean fillVisible = fill && !isWhite(getGraphicsState().getNonStrokingColor());
        for (SubPath subPath : path) {
            if (subPath.curved || subPath.points.size() < 2) {
                continue;
            }
            if (strokeVisible) {
                List<double[]> points = subPath.points;
                for (int i = 1; i < points.size(); i++) {
                    segment(points.get(i - 1), points.get(i));
                }
                if (subPath.closed) {
                    segment(points.get(points.size() - 1), points.get(0));
                }
            }
            if (fillVisible) {
                thinRectangle(subPath);
            }
        }
        path.clear();
        if (lines.size() > limits.maxRulingsPerPage() * 4) {
            // a drawing, not a table: stop collecting its lines (the page gets a note and no rulings)
            lines.subList(limits.maxRulingsPerPage() + 1, lines.size()).clear();
        }
    }

    private void segment(double[] from, double[] to) {
        double dx = Math.abs(to[0] - from[0]);
        double dy = Math.abs(to[1] - from[1]);
        if ((dx <= 0.5 && dy >= 1) || (dy <= 0.5 && dx >= 1)) {
            lines.add(new double[] {from[0], from[1], to[0], to[1]});
        }
    }

    /** A filled axis-aligned rectangle that is thin and long: a rule drawn as a rectangle (Word, WPS). */
    private void thinRectangle(SubPath subPath) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        List<double[]> points = subPath.points;
        for (int i = 0; i < points.size(); i++) {
            double[] point = points.get(i);
            double[] next = points.get((i + 1) % points.size());
            if (Math.abs(point[0] - next[0]) > 0.5 && Math.abs(point[1] - next[1]) > 0.5) {
                return; // a slanted edge: not a rectangle
            }
            minX = Math.min(minX, point[0]);
            maxX = Math.max(maxX, point[0]);
            minY = Math.min(minY, point[1]);
            maxY = Math.max(maxY, point[1]);
        }
        double width = maxX - minX;
        double height = maxY - minY;
        if (height <= THIN && width >= 3 * Math.max(height, 0.5)) {
            double y = (minY + maxY) / 2;
            lines.add(new double[] {minX, y, maxX, y});
        } else if (width <= THIN && height >= 3 * Math.max(width, 0.5)) {
            double x = (minX + maxX) / 2;
            lines.add(new double[] {x, minY, x, maxY});
        }
    }

    /** White (or nearly) in a device or ICC colour space: drawn to hide something, not a visible rule. */
    static boolean isWhite(PDColor color) {
        if (color == null || color.isPattern()) {
            return false;
        }
        float[] components = color.getComponents();
        PDColorSpace space = color.getColorSpace();
        int n = components.length;
        if (n == 1) {
            return space != null && space.getName().equals("Separation") ? components[0] <= 0.02 : components[0] >= 0.97;
        }
        if (n == 3) {
            return components[0] >= 0.97 && components[1] >= 0.97 && components[2] >= 0.97;
        }
        if (n == 4 && (space == null || space instanceof PDDeviceCMYK || space.getNumberOfComponents() == 4)) {
            return components[0] <= 0.03 && components[1] <= 0.03 && components[2] <= 0.03 && components[3] <= 0.03;
        }
        return false;
    }

    /** A glyph as PDFBox reports it: origin in the page's unrotated space (crop box at 0, 0), direction, advance, size. */
    record RawGlyph(String text, double x, double y, int direction, double width, double size) {}

    private static final class SubPath {
        final List<double[]> points = new ArrayList<>(4);
        boolean closed;
        boolean curved;

        SubPath(double[] start) {
            points.add(start);
        }

        void add(double[] point) {
            points.add(point);
        }
    }

    /**
     * The page turned so that text in {@code direction} reads left to right, top to bottom: the same turn PDFBox's
     * {@code TextPosition.getXDirAdj()/getYDirAdj()} apply to glyphs, applied here to lines as well.
     */
    record Frame(int direction, double pageWidth, double pageHeight) {
        double width() {
            return direction == 90 || direction == 270 ? pageHeight : pageWidth;
        }

        double height() {
            return direction == 90 || direction == 270 ? pageWidth : pageHeight;
        }

        double[] map(double x, double y) {
            return switch (direction) {
                case 90 -> new double[] {y, x};
                case 180 -> new double[] {pageWidth - x, y};
                case 270 -> new double[] {pageHeight - y, pageWidth - x};
                default -> new double[] {x, pageHeight - y};
            };
        }

        Glyph place(RawGlyph raw) {
            if (raw.direction() == direction) {
                double[] origin = map(raw.x(), raw.y());
                double size = raw.size();
                return new Glyph(raw.text(), origin[0], origin[0] + raw.width(), origin[1] - 0.8 * size, origin[1] + 0.2 * size,
                        origin[1], size);
            }
            // a glyph turned against the page (a vertical label in a narrow cell): its box, turned into the frame
            double angle = Math.toRadians(raw.direction());
            double ax = Math.cos(angle) * raw.width();
            double ay = Math.sin(angle) * raw.width();
            double ux = -Math.sin(angle) * raw.size();
            double uy = Math.cos(angle) * raw.size();
            double[][] corners = {
                map(raw.x() - 0.2 * ux, raw.y() - 0.2 * uy),
                map(raw.x() + ax - 0.2 * ux, raw.y() + ay - 0.2 * uy),
                map(raw.x() + 0.8 * ux, raw.y() + 0.8 * uy),
                map(raw.x() + ax + 0.8 * ux, raw.y() + ay + 0.8 * uy)};
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (double[] corner : corners) {
                minX = Math.min(minX, corner[0]);
                maxX = Math.max(maxX, corner[0]);
                minY = Math.min(minY, corner[1]);
                maxY = Math.max(maxY, corner[1]);
            }
            double size = Math.min(raw.size(), maxY - minY);
            return new Glyph(raw.text(), minX, maxX, maxY - size, maxY, maxY - 0.2 * size, size);
        }

        Ruling ruling(double[] line) {
            double[] from = map(line[0], line[1]);
            double[] to = map(line[2], line[3]);
            if (Math.abs(from[1] - to[1]) <= 0.5) {
                return new Ruling(true, (from[1] + to[1]) / 2, from[0], to[0]);
            }
            if (Math.abs(from[0] - to[0]) <= 0.5) {
                return new Ruling(false, (from[0] + to[0]) / 2, from[1], to[1]);
            }
            return null;
        }
    }

    /**
     * Drops a glyph drawn again on top of itself (a bold face imitated by drawing the text two or three times with a
     * small offset).
     */
    private static final class Deduplicator {
        private static final double CELL = 2.0;
        private final Map<Key, List<Glyph>> buckets = new HashMap<>();

        private record Key(String text, long column, long row) {}

        boolean seen(Glyph glyph) {
            if (glyph.isSpace()) {
                return false;
            }
            double tolerance = Math.min(CELL, Math.max(0.6, 0.15 * glyph.size()));
            long column = (long) Math.floor(glyph.x() / CELL);
            long row = (long) Math.floor(glyph.baseline() / CELL);
            for (long c = column - 1; c <= column + 1; c++) {
                for (long r = row - 1; r <= row + 1; r++) {
                    List<Glyph> near = buckets.get(new Key(glyph.text(), c, r));
                    if (near == null) {
                        continue;
                    }
                    for (Glyph other : near) {
                        if (Math.abs(other.x() - glyph.x()) <= tolerance && Math.abs(other.baseline() - glyph.baseline()) <= tolerance) {
                            return true;
                        }
                    }
                }
            }
            buckets.computeIfAbsent(new Key(glyph.text(), column, row), k -> new ArrayList<>(1)).add(glyph);
            return false;
        }
    }
}
