package org.jixiao.formats.document.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.formats.document.Indentation;

/** The indentation of each cell's text in its column ({@link Indentation}), measured in the column's font size. */
final class Indents {
    private Indents() {}

    static Map<Grid.Slot, Integer> of(Grid grid) {
        Map<Grid.Slot, Integer> indents = new HashMap<>();
        for (int column = 0; column < grid.columns; column++) {
            final int c = column;
            List<Grid.Slot> slots = grid.slots.stream().filter(s -> s.column == c && s.columnSpan == 1 && !s.lines.isEmpty()).toList();
            double size = slots.stream().mapToDouble(s -> s.lines.get(0).size()).average().orElse(0);
            if (slots.size() < 3 || size <= 0) {
                continue;
            }
            boolean ruled = grid.method == Grid.Method.LATTICE;
            List<Indentation.Extent> extents = new ArrayList<>();
            for (Grid.Slot slot : slots) {
                TextLine first = slot.lines.get(0);
                // from the cell's edge when ruled, else from the page's: the same on every page a table runs over
                extents.add(new Indentation.Extent(first.x() / size, first.right() / size, ruled ? slot.left / size : Double.NaN,
                        ruled ? slot.right / size : Double.NaN, slot.lines.size() == 1, ruled ? slot.left / size : 0));
            }
            int[] values = Indentation.of(extents);
            for (int i = 0; i < slots.size(); i++) {
                if (values[i] > 0) {
                    indents.put(slots.get(i), values[i]);
                }
            }
        }
        return indents;
    }
}
