package org.jixiao.report.html;

/**
 * What every HTML page Jixiao writes shares so that opening one is safe: all text from data goes through
 * {@link #escape}, and the head carries {@link #POLICY}, which forbids scripts, plug-ins, frames, forms and anything
 * fetched from elsewhere; only the page's own inline styles and inline images (SVG charts, data: URIs) are allowed.
 * A name such as {@code <img src=x onerror=…>} in a 科目 or an indicator is shown as those characters.
 */
public final class HtmlText {
    /** The Content-Security-Policy of a written page; the server sends the same header with it. */
    public static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** The {@code <meta>} elements that open every written page's head: the encoding and {@link #POLICY}. */
    public static final String HEAD = "<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">\n";

    private HtmlText() {}

    /** The text as HTML character data or a quoted attribute value: {@code & < > " '} replaced by references. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
