package org.jixiao.formats.document.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LayoutTest {
    @Test
    void measuresColumnsByCharactersAsPdftotextWritesThemOrByDisplayWidthAsEditorsShowThem() {
        // pdftotext -layout puts the next cell of both rows at character 15, whatever the width of the names before it
        String short_ = "      管理效率     32.00";
        String long_ = "    可持续发展能力    10.00";
        assertThat(Layout.pieces(short_, Width.CHARACTERS)).extracting(Layout.Piece::start).containsExactly(6, 15);
        assertThat(Layout.pieces(long_, Width.CHARACTERS)).extracting(Layout.Piece::start).containsExactly(4, 15);
        // on screen the same lines do not line up: wide characters take two columns
        assertThat(Layout.pieces(short_, Width.DISPLAY)).extracting(Layout.Piece::start).containsExactly(6, 19);
        assertThat(Layout.pieces(long_, Width.DISPLAY)).extracting(Layout.Piece::start).containsExactly(4, 22);
    }

    @Test
    void cutsALineIntoPiecesAtTwoSpacesOrMoreAndPiecesIntoWords() {
        List<Layout.Piece> pieces = Layout.pieces("决策管理 (2)   1.00  0.70\u3000\u300070.00%", Width.CHARACTERS);
        assertThat(pieces).extracting(Layout.Piece::text).containsExactly("决策管理 (2)", "1.00", "0.70", "70.00%");
        assertThat(pieces.get(0).words()).extracting(Layout.Word::text).containsExactly("决策管理", "(2)");
        assertThat(pieces.get(0).end()).isEqualTo(8);
        assertThat(Layout.pieces("  \f ", Width.CHARACTERS)).isEmpty();
    }

    @Test
    void wideCharactersAreThoseOfEastAsianWidthWideOrFullWidth() {
        assertThat(Width.isWide('管')).isTrue();
        assertThat(Width.isWide('％')).isTrue();
        assertThat(Width.isWide('（')).isTrue();
        assertThat(Width.isWide('%')).isFalse();
        assertThat(Width.isWide('“')).isFalse(); // ambiguous width: one column in most editors
        assertThat(Width.isWide(0x20BB7)).isTrue(); // 𠮷, outside the basic plane
    }

    @Test
    void knowsNumbersAsPrintedAndJoinsNumbersBrokenOverTwoLines() {
        assertThat(CellText.isNumber("1,234.56")).isTrue();
        assertThat(CellText.isNumber("-13.45%")).isTrue();
        assertThat(CellText.isNumber("９８．５％")).isTrue();
        assertThat(CellText.isNumber("100.")).isFalse();
        assertThat(CellText.isValue("——")).isTrue();
        assertThat(CellText.isNumeric("%")).isTrue();
        assertThat(CellText.isNumeric("259 家")).isFalse();
        assertThat(CellText.join("100.", "00")).isEqualTo("100.00");
        assertThat(CellText.join("重点支出项目保障", "率")).isEqualTo("重点支出项目保障率");
        assertThat(CellText.join("Total", "score")).isEqualTo("Total score");
        assertThat(CellText.isTotal("合 计")).isTrue();
        assertThat(CellText.isPageNumber("  - 12 -  ")).isTrue();
        assertThat(CellText.isPageNumber("第 3 页 共 40 页")).isTrue();
    }
}
