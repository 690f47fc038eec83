package org.jixiao.core.disclosure;

/** Which year a column speaks of: this year, the year before, or the change between them. */
public enum Period {
    CURRENT(""),
    PRIOR("上年"),
    /** 增减额 = this year − the year before. */
    CHANGE("增减额"),
    /** 增减率 (%) = 增减额 ÷ the year before. */
    CHANGE_RATE("增减率");

    private final String label;

    Period(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
