package org.jixiao.core.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A 决算 or 预算 disclosure as published: whichever of its tables the document prints (one to all of them), and its
 * running text. Nothing is assumed about a table that is not there.
 *
 * @param document     the file name, for findings
 * @param organisation the 部门/单位 named by the title, "" when not found
 * @param year         the year of the title (the budget or accounts year), 0 when not found
 */
public record PublishedDisclosure(String document, Statement statement, String organisation, int year, List<PrintedTable> tables,
                                  List<Passage> text) {
    public PublishedDisclosure {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(organisation, "organisation");
        tables = List.copyOf(tables);
        text = List.copyOf(text);
    }

    /** The first table in this role, or null when the document does not print it. */
    public PrintedTable table(TableRole role) {
        for (PrintedTable table : tables) {
            if (table.role() == role) {
                return table;
            }
        }
        return null;
    }

    public boolean has(TableRole role) {
        return table(role) != null;
    }

    /** The roles printed, in document order, each once. */
    public List<TableRole> roles() {
        List<TableRole> roles = new ArrayList<>();
        for (PrintedTable table : tables) {
            if (!roles.contains(table.role())) {
                roles.add(table.role());
            }
        }
        return roles;
    }
}
