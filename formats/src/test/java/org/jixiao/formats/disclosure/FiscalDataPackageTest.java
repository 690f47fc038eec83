package org.jixiao.formats.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import org.jixiao.core.disclosure.PublishedDisclosure;
import org.jixiao.core.disclosure.Statement;
import org.jixiao.core.disclosure.Unit;
import org.jixiao.formats.document.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A published disclosure exported as a Fiscal Data Package: {@code datapackage.json} valid against the specification's
 * required fields (a JSON Schema written from it), every measure and attribute naming a field of its CSV, the CSVs
 * holding the printed figures (× factor = 元), 万元 tables with factor 10000, a 决算 executed and a 预算 approved.
 */
class FiscalDataPackageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema() throws Exception {
        try (var in = FiscalDataPackageTest.class.getResourceAsStream("fiscal-data-package.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static PublishedDisclosure read(Published document) throws Exception {
        return DisclosureReader.read(Documents.read("disclosure.docx", document.docx())).disclosure();
    }

    @Test
    void aFinalAccountsDisclosureInWanYuan(@TempDir Path dir) throws Exception {
        Sample sample = Sample.random(801, Statement.FINAL_ACCOUNTS, Unit.WAN_YUAN);
        PublishedDisclosure disclosure = read(new Published(sample, PublishedTablesTest.NUMBERED_SPLIT_BLANK).all());
        List<Path> files = FiscalDataPackage.write(disclosure, dir);
        assertThat(files).hasSize(10);
        JsonNode root = JSON.readTree(dir.resolve("datapackage.json").toFile());
        assertThat(schema().validate(root)).as("against the specification's required fields").isEmpty();
        consistent(root, dir);
        assertThat(root.at("/title").asText()).isEqualTo("2024年度" + sample.organisation + "部门决算");
        JsonNode basic = root.at("/model/measures/t03-expenditure.basic");
        assertThat(basic.at("/currency").asText()).isEqualTo("CNY");
        assertThat(basic.at("/factor").asInt()).isEqualTo(10000);
        assertThat(basic.at("/phase").asText()).isEqualTo("executed");
        assertThat(basic.at("/direction").asText()).isEqualTo("expenditure");
        assertThat(root.at("/model/measures/t02-income.total/direction").asText()).isEqualTo("revenue");
        JsonNode functional = root.at("/model/dimensions/t05-general-public.functional-classification");
        assertThat(functional.at("/classificationType").asText()).isEqualTo("functional");
        assertThat(functional.at("/attributes/class/parent").asText()).isEqualTo("code");
        assertThat(root.at("/model/dimensions/t06-basic.economic-classification/classificationType").asText()).isEqualTo("economic");
        // the figures: the 合计 of 支出决算表 in its CSV, × 10000 = the sample's spending in 元
        List<String> lines = Files.readAllLines(dir.resolve("t03-expenditure.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        String[] total = lines.stream().filter(l -> l.contains(",合计,")).findFirst().orElseThrow().split(",", -1);
        assertThat(new BigDecimal(total[header.indexOf("total")]).multiply(BigDecimal.valueOf(10000)))
                .isEqualByComparingTo(BigDecimal.valueOf(sample.totalSpending()));
        String item = sample.items.get(0).code();
        String[] row = lines.stream().filter(l -> l.contains("," + item + ",")).findFirst().orElseThrow().split(",", -1);
        assertThat(row[header.indexOf("class_code")]).isEqualTo(item.substring(0, 3));
        assertThat(row[header.indexOf("section_code")]).isEqualTo(item.substring(0, 5));
        assertThat(row[header.indexOf("item_code")]).isEqualTo(item);
    }

    @Test
    void aBudgetInYuanWithLastYearsFigures(@TempDir Path dir) throws Exception {
        Sample sample = Sample.random(802, Statement.BUDGET, Unit.YUAN);
        PublishedDisclosure disclosure = read(new Published(sample, PublishedTablesTest.NATIONAL).all());
        FiscalDataPackage.write(disclosure, dir);
        JsonNode root = JSON.readTree(dir.resolve("datapackage.json").toFile());
        assertThat(schema().validate(root)).isEmpty();
        consistent(root, dir);
        JsonNode total = root.at("/model/measures/t05-general-public.total");
        assertThat(total.at("/factor").asInt()).isEqualTo(1);
        assertThat(total.at("/phase").asText()).isEqualTo("approved");
        assertThat(root.at("/model/measures/t05-general-public.total_prior/phase").asText()).isEqualTo("approved");
        assertThat(root.at("/model/measures/t05-general-public.total_change").isMissingNode()).isFalse();
    }

    /** Every measure's and attribute's source is a field of its resource; primary keys name attributes; rows are whole. */
    private static void consistent(JsonNode root, Path dir) throws Exception {
        java.util.Map<String, Set<String>> fields = new java.util.HashMap<>();
        for (JsonNode resource : root.at("/resources")) {
            Set<String> names = new HashSet<>();
            resource.at("/schema/fields").forEach(f -> names.add(f.at("/name").asText()));
            fields.put(resource.at("/name").asText(), names);
            List<String> lines = Files.readAllLines(dir.resolve(resource.at("/path").asText()), StandardCharsets.UTF_8);
            assertThat(List.of(lines.get(0).split(","))).containsExactlyInAnyOrderElementsOf(names);
            for (String line : lines) {
                assertThat(line.split(",", -1)).hasSize(names.size());
            }
        }
        root.at("/model/measures").forEach(m -> assertThat(fields.get(m.at("/resource").asText())).contains(m.at("/source").asText()));
        root.at("/model/dimensions").forEach(d -> {
            List<String> attributes = new ArrayList<>();
            d.at("/attributes").fieldNames().forEachRemaining(attributes::add);
            d.at("/attributes").forEach(a -> assertThat(fields.get(a.at("/resource").asText())).contains(a.at("/source").asText()));
            d.at("/primaryKey").forEach(k -> assertThat(attributes).contains(k.asText()));
        });
    }
}
