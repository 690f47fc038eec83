package org.jixiao.formats.limits;

/**
 * Input went over one of the limits of this package; the message names the limit, in Chinese. Unchecked, so that it can
 * leave the row streams of a workbook reader; every reader turns it into its own located problem.
 */
public final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LimitExceeded(String message) {
        super(message, null, false, false);
    }
}
