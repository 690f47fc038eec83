package org.jixiao.formats.disclosure;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.jixiao.core.disclosure.ColumnKey;
import org.jixiao.core.disclosure.Figure;
import org.jixiao.core.disclosure.Measure;
import org.jixiao.core.disclosure.Period;
import org.jixiao.core.disclosure.PrintedRow;
import org.jixiao.core.disclosure.PrintedTable;
import org.jixiao.core.disclosure.PublishedDisclosure;
import org.jixiao.core.disclosure.RowKey;
import org.jixiao.core.disclosure.Statement;
import org.jixiao.core.disclosure.TableRole;
import org.jixiao.core.disclosure.Unit;

/**
 * Exports a disclosure as a Fiscal Data Package (the Open Knowledge / OpenSpending format for budget data): one CSV per
 * table as printed, and a {@code datapackage.json} whose model names each money column as a measure (currency CNY, factor
 * 10000 for 万元, phase approved for a 预算 and executed for a 决算, direction by table) and each way of classifying the
 * rows as a dimension: 支出功能分类 (类/款/项) and 支出经济分类 as classifications, the fixed lines of the summary tables,
 * and the year. Blank cells stay blank; percentages (增减率) are fields, not measures.
 */
public final class FiscalDataPackage {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FiscalDataPackage() {}

    /** Writes {@code datapackage.json} and one CSV per table into {@code dir} (created if needed); returns the files. */
    public static List<Path> write(PublishedDisclosure disclosure, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        List<Object> resources = new ArrayList<>();
        Map<String, Object> measures = new LinkedHashMap<>();
        Map<String, Object> dimensions = new LinkedHashMap<>();
        String year = disclosure.year() > 0 ? String.valueOf(disclosure.year()) : "";
        int index = 0;
        for (PrintedTable table : disclosure.tables()) {
            index++;
            String resource = String.format(Locale.ROOT, "t%02d-%s", index, table.role().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            List<ColumnKey> columns = new ArrayList<>(table.columns().keySet());
            boolean coded = table.rows().stream().anyMatch(row -> row.key() instanceof RowKey.Code);
            boolean economic = table.role() == TableRole.BASIC;
            List<Map<String, Object>> fields = new ArrayList<>();
            fields.add(field("year", "integer", "年度"));
            fields.add(field("side", "string", "收入/支出"));
            fields.add(field("line", "string", "项目"));
            fields.add(field("code", "string", "科目编码"));
            fields.add(field("class_code", "string", "类"));
            fields.add(field("section_code", "string", "款"));
            fields.add(field("item_code", "string", "项"));
            fields.add(field("name", "string", "科目名称或项目"));
            for (ColumnKey column : columns) {
                fields.add(field(fieldName(column), "number", table.columnLabel(column)));
            }
            Path csv = dir.resolve(resource + ".csv");
            try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                out.write(String.join(",", fields.stream().map(f -> (String) f.get("name")).toList()));
                out.write("\r\n");
                for (PrintedRow row : table.rows()) {
                    List<String> cells = new ArrayList<>();
                    cells.add(year);
                    cells.add(row.side() == PrintedRow.Side.INCOME ? "收入" : row.side() == PrintedRow.Side.EXPENDITURE ? "支出" : "");
                    cells.add(row.key() instanceof RowKey.Fixed fixed ? fixed.line().label() : row.key() instanceof RowKey.Name name ? name.name() : "");
                    String code = row.key() instanceof RowKey.Code c ? c.code() : "";
                    cells.add(code);
                    cells.add(code.length() >= 3 ? code.substring(0, 3) : "");
                    cells.add(code.length() >= 5 ? code.substring(0, 5) : "");
                    cells.add(code.length() >= 7 ? code.substring(0, 7) : "");
                    cells.add(row.label().replaceFirst("^\\d+\\s*", ""));
                    for (ColumnKey column : columns) {
                        Figure figure = row.figure(column);
                        cells.add(figure == null ? "" : figure.value().toPlainString());
                    }
                    out.write(String.join(",", cells.stream().map(FiscalDataPackage::csv).toList()));
                    out.write("\r\n");
                }
            }
            written.add(csv);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", resource);
            item.put("title", table.name());
            item.put("path", csv.getFileName().toString());
            item.put("profile", "tabular-data-resource");
            item.put("format", "csv");
            item.put("mediatype", "text/csv");
            item.put("encoding", "utf-8");
            item.put("schema", Map.of("fields", fields));
            resources.add(item);
            for (ColumnKey column : columns) {
                if (column.period() == Period.CHANGE_RATE) {
                    continue; // a percentage: not an amount of money
                }
                Map<String, Object> measure = new LinkedHashMap<>();
                measure.put("source", fieldName(column));
                measure.put("resource", resource);
                measure.put("title", table.name() + " · " + table.columnLabel(column));
                measure.put("currency", "CNY");
                measure.put("factor", table.unit() == Unit.WAN_YUAN ? 10000 : 1);
                String direction = direction(table, column);
                if (direction != null) {
                    measure.put("direction", direction);
                }
                measure.put("phase", phase(disclosure.statement(), column));
                measures.put(resource + "." + fieldName(column), measure);
            }
            if (coded) {
                Map<String, Object> attributes = new LinkedHashMap<>();
                attributes.put("code", attribute("code", resource, null));
                attributes.put("class", attribute("class_code", resource, "code"));
                attributes.put("section", attribute("section_code", resource, "code"));
                attributes.put("item", attribute("item_code", resource, "code"));
                attributes.put("label", Map.of("source", "name", "resource", resource, "labelfor", "code"));
                Map<String, Object> dimension = new LinkedHashMap<>();
                dimension.put("attributes", attributes);
                dimension.put("primaryKey", List.of("code"));
                dimension.put("dimensionType", "classification");
                dimension.put("classificationType", economic ? "economic" : "functional");
                dimensions.put(resource + "." + (economic ? "economic-classification" : "functional-classification"), dimension);
            }
            Map<String, Object> lines = new LinkedHashMap<>();
            lines.put("attributes", Map.of("line", Map.of("source", "line", "resource", resource), "side",
                    Map.of("source", "side", "resource", resource)));
            lines.put("primaryKey", List.of("side", "line"));
            lines.put("dimensionType", "other");
            dimensions.put(resource + ".line", lines);
            dimensions.put(resource + ".date", Map.of("attributes", Map.of("year", Map.of("source", "year", "resource", resource)),
                    "primaryKey", List.of("year"), "dimensionType", "datetime"));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("profile", "fiscal-data-package");
        root.put("name", packageName(disclosure));
        root.put("title", (disclosure.year() > 0 ? disclosure.year() + "年度" : "") + disclosure.organisation()
                + (disclosure.statement() == Statement.BUDGET ? "部门预算" : "部门决算"));
        root.put("fiscalPeriod", disclosure.year() > 0 ? Map.of("start", disclosure.year() + "-01-01", "end", disclosure.year() + "-12-31") : Map.of());
        root.put("countryCode", "CN");
        root.put("sources", List.of(Map.of("title", disclosure.document())));
        root.put("resources", resources);
        root.put("model", Map.of("measures", measures, "dimensions", dimensions));
        Path json = dir.resolve("datapackage.json");
        JSON.writeValue(json.toFile(), root);
        written.add(0, json);
        return written;
    }

    private static Map<String, Object> field(String name, String type, String title) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", name);
        field.put("type", type);
        field.put("title", title);
        return field;
    }

    private static Map<String, Object> attribute(String source, String resource, String parent) {
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("source", source);
        attribute.put("resource", resource);
        if (parent != null) {
            attribute.put("parent", parent);
        }
        return attribute;
    }

    /** {@code basic}, {@code total_prior}, {@code expenditure_change}: a column's field name. */
    static String fieldName(ColumnKey column) {
        String measure = column.measure().name().toLowerCase(Locale.ROOT);
        return switch (column.period()) {
            case CURRENT -> measure;
            case PRIOR -> measure + "_prior";
            case CHANGE -> measure + "_change";
            case CHANGE_RATE -> measure + "_change_rate";
        };
    }

    /** revenue for the income tables and the income half of the summaries, expenditure for the others. */
    private static String direction(PrintedTable table, ColumnKey column) {
        Measure measure = column.measure();
        if (table.role() == TableRole.INCOME || measure == Measure.INCOME) {
            return "revenue";
        }
        if (table.role() == TableRole.SUMMARY || table.role() == TableRole.FISCAL_SUMMARY && measure == Measure.AMOUNT
                || measure == Measure.OPENING || measure == Measure.CLOSING) {
            return null; // both halves, or a balance
        }
        return "expenditure";
    }

    /** approved for a budget (and every 预算数), executed for the final accounts. */
    private static String phase(Statement statement, ColumnKey column) {
        if (statement == Statement.BUDGET || column.measure() == Measure.BUDGET || column.measure() == Measure.INITIAL_BUDGET) {
            return "approved";
        }
        return "executed";
    }

    private static String packageName(PublishedDisclosure disclosure) {
        String base = (disclosure.statement() == Statement.BUDGET ? "budget" : "final-accounts") + (disclosure.year() > 0 ? "-" + disclosure.year() : "");
        String suffix = Integer.toHexString(disclosure.document().hashCode() & 0xfffffff);
        return base + "-" + suffix;
    }

    private static String csv(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
