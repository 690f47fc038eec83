package org.jixiao.formats.dataset;

/** Converts JSON pointers to the dotted notation people read ({@code /a/0/b} → {@code a[0].b}). */
public final class FieldPaths {
    private FieldPaths() {}

    public static String readable(String pointer) {
        if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String segment : pointer.substring(1).split("/", -1)) {
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                out.append('[').append(name).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            }
        }
        return out.toString();
    }

    /** The parent pointer ({@code /a/0/b} → {@code /a/0}); "" for top-level fields. */
    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
