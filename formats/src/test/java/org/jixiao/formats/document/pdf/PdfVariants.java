package org.jixiao.formats.document.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;

/**
 * The committed LibreOffice PDFs changed the way other producers write the same pages: table rules drawn as thin filled
 * rectangles (Word, WPS), a landscape page stored turned on a portrait page, a scan, a password.
 */
final class PdfVariants {
    private PdfVariants() {}

    /** Every stroked line "x1 y1 m x2 y2 l S" redrawn as a filled rectangle 0.5 pt thick, as Word draws table borders. */
    static byte[] rulesAsRectangles(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                List<Object> tokens = new PDFStreamParser(page).parse();
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < tokens.size(); i++) {
                    if (i + 6 < tokens.size() && isOperator(tokens.get(i + 2), "m") && isOperator(tokens.get(i + 5), "l")
                            && isOperator(tokens.get(i + 6), "S") && numbers(tokens, i, 2) && numbers(tokens, i + 3, 2)) {
                        float x1 = number(tokens.get(i));
                        float y1 = number(tokens.get(i + 1));
                        float x2 = number(tokens.get(i + 3));
                        float y2 = number(tokens.get(i + 4));
                        float half = 0.25f;
                        float left = Math.min(x1, x2) - (x1 == x2 ? half : 0);
                        float bottom = Math.min(y1, y2) - (y1 == y2 ? half : 0);
                        float width = Math.abs(x2 - x1) + (x1 == x2 ? 2 * half : 0);
                        float height = Math.abs(y2 - y1) + (y1 == y2 ? 2 * half : 0);
                        out.add(new COSFloat(0));
                        out.add(Operator.getOperator("g"));
                        out.add(new COSFloat(left));
                        out.add(new COSFloat(bottom));
                        out.add(new COSFloat(width));
                        out.add(new COSFloat(height));
                        out.add(Operator.getOperator("re"));
                        out.add(Operator.getOperator("f"));
                        i += 6;
                        continue;
                    }
                    out.add(tokens.get(i));
                }
                PDStream stream = new PDStream(document);
                try (OutputStream target = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    new ContentStreamWriter(target).writeTokens(out);
                }
                page.setContents(stream);
            }
            return save(document);
        }
    }

    /**
     * Page {@code index} of the file placed turned on a portrait page that is shown turned back ({@code /Rotate}
     * {@code rotation}, 90 or 270): what some printers to PDF write for a landscape page. The text then runs up (or
     * down) the page.
     */
    static byte[] turned(byte[] pdf, int index, int rotation) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf); PDDocument target = new PDDocument()) {
            PDRectangle box = source.getPage(index).getMediaBox();
            PDFormXObject form = new LayerUtility(target).importPageAsForm(source, index);
            PDPage page = new PDPage(new PDRectangle(box.getHeight(), box.getWidth()));
            page.setRotation(rotation);
            target.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(target, page)) {
                content.transform(rotation == 90 ? new Matrix(0, 1, -1, 0, box.getHeight(), 0) : new Matrix(0, -1, 1, 0, 0, box.getWidth()));
                content.drawForm(form);
            }
            return save(target);
        }
    }

    /** The pages rendered to pictures and put into a new PDF: a scan, without a text layer. */
    static byte[] scanned(byte[] pdf) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf); PDDocument target = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 40);
                PDRectangle box = source.getPage(i).getMediaBox();
                PDPage page = new PDPage(box);
                target.addPage(page);
                PDImageXObject picture = LosslessFactory.createFromImage(target, image);
                try (PDPageContentStream content = new PDPageContentStream(target, page)) {
                    content.drawImage(picture, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            return save(target);
        }
    }

    /** The file protected with an owner password and, when {@code userPassword} is not empty, a password to open it. */
    static byte[] encrypted(byte[] pdf, String userPassword) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            permissions.setCanPrint(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    }

    private static boolean isOperator(Object token, String name) {
        return token instanceof Operator operator && operator.getName().equals(name);
    }

    private static boolean numbers(List<Object> tokens, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (!(tokens.get(i) instanceof COSNumber)) {
                return false;
            }
        }
        return true;
    }

    private static float number(Object token) {
        return ((COSNumber) (COSBase) token).floatValue();
    }
}
