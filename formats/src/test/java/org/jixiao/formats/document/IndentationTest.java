package org.jixiao.formats.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndentationTest {

    /** A left-aligned text of {@code length} characters starting {@code at}, in a column without ruled cells. */
    private static Indentation.Extent text(double at, int length) {
        return new Indentation.Extent(at, at + length, Double.NaN, Double.NaN, true);
    }

    @Test
    void indentedNamesGetTheirDepthInCharacters() {
        int[] indents = Indentation.of(List.of(text(10, 4), text(11, 6), text(13, 7), text(13, 5), text(11, 6), text(13, 8)));

        assertThat(indents).containsExactly(0, 1, 3, 3, 1, 3);
    }

    @Test
    void aCentredColumnHasNoIndentationHoweverItsNamesDifferInLength() {
        // names of 2 to 8 characters centred on character 20
        List<Indentation.Extent> extents = new ArrayList<>();
        for (int length : new int[] {2, 4, 8, 6, 3, 5, 7}) {
            extents.add(text(20 - length / 2.0, length));
        }

        assertThat(Indentation.of(extents)).containsOnly(0);
    }

    @Test
    void aFewCentredHeadsComeBeforeTheLeastIndentedRows() {
        // column from 10 to 30: 一级 names centred on 20, the rest indented by 0, 1 and 3
        int[] indents = Indentation.of(List.of(text(18, 4), text(10, 6), text(11, 8), text(13, 17), text(13, 8), text(11, 9),
                text(17, 6), text(10, 5), text(11, 7)));

        assertThat(indents).containsExactly(0, 1, 2, 4, 4, 2, 0, 1, 2);
    }

    @Test
    void measuredFromTheirOriginsPiecesOfOneTableKeepTheirDepths() {
        // the second page of a table holds only rows of one depth: from the cell's edge it keeps that depth
        Indentation.Extent[] page2 = {
                new Indentation.Extent(103, 110, 100, 130, true, 100), new Indentation.Extent(103, 108, 100, 130, true, 100),
                new Indentation.Extent(103, 111, 100, 130, true, 100)};
        Indentation.Extent[] page1 = {
                new Indentation.Extent(100, 104, 100, 130, true, 100), new Indentation.Extent(101, 108, 100, 130, true, 100),
                new Indentation.Extent(103, 111, 100, 130, true, 100)};

        assertThat(Indentation.of(List.of(page1))).containsExactly(1, 2, 4);
        assertThat(Indentation.of(List.of(page2))).containsExactly(4, 4, 4);
    }

    @Test
    void fewerThanThreeCellsShowNothing() {
        assertThat(Indentation.of(List.of(text(10, 4), text(12, 4)))).containsExactly(0, 0);
    }
}
