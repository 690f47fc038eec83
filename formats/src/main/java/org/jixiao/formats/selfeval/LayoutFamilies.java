package org.jixiao.formats.selfeval;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.jixiao.core.selfeval.Direction;
import org.jixiao.core.selfeval.ExecutionRule;

/**
 * The layout families (layouts/*.yaml in the jar, plus any a user adds from a folder) and the reading rules
 * (rules.yaml: 反向 words, verdict words). Loaded once; a broken file fails with its name and what is wrong.
 */
final class LayoutFamilies {
    private static final String BASE = "/org/jixiao/formats/selfeval/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static volatile LayoutFamilies builtIn;

    final List<LayoutFamily> families;
    final Direction.Rules directions;
    final Verdicts verdicts;

    private LayoutFamilies(List<LayoutFamily> families, Direction.Rules directions, Verdicts verdicts) {
        this.families = List.copyOf(families);
        this.directions = directions;
        this.verdicts = verdicts;
    }

    /** The families that come with Jixiao. */
    static LayoutFamilies builtIn() {
        LayoutFamilies loaded = builtIn;
        if (loaded == null) {
            synchronized (LayoutFamilies.class) {
                if (builtIn == null) {
                    builtIn = load(List.of());
                }
                loaded = builtIn;
            }
        }
        return loaded;
    }

    /**
     * The built-in families and those of {@code extraDir}'s *.yaml files (a region's own form); rules.yaml in that folder,
     * when present, adds its 反向 words and per-indicator directions ({@code directions: {三级指标名称: 反向}}).
     */
    static LayoutFamilies load(List<Path> extraDirs) {
        JsonNode common = resource("layouts/common.yaml");
        List<LayoutFamily> families = new ArrayList<>();
        for (String file : resourceText("layouts/index.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            if (!file.equals("common.yaml")) {
                families.add(family(file, common, resource("layouts/" + file)));
            }
        }
        JsonNode rules = resource("rules.yaml");
        List<String> reverse = new ArrayList<>(strings(rules.path("reverse")));
        Map<String, Direction> byName = new HashMap<>();
        for (Path dir : extraDirs) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
                        continue;
                    }
                    JsonNode node = YAML.readTree(file.toFile());
                    if (name.startsWith("rules.")) {
                        reverse.addAll(strings(node.path("reverse")));
                        node.path("directions").fields().forEachRemaining(e -> {
                            Direction direction = Direction.ofStated(e.getValue().asText());
                            if (direction == null) {
                                throw new IllegalArgumentException(file + "：指标“" + e.getKey() + "”的方向应为“正向”或“反向”，写的是“"
                                        + e.getValue().asText() + "”");
                            }
                            byName.put(e.getKey().strip(), direction);
                        });
                    } else {
                        families.add(family(file.toString(), common, node));
                    }
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("无法读取版式文件夹 " + dir + "：" + e.getMessage(), e);
            }
        }
        families.sort(Comparator.comparingInt(LayoutFamily::order));
        JsonNode verdicts = rules.path("verdicts");
        return new LayoutFamilies(families, new Direction.Rules(reverse, byName),
                new Verdicts(strings(verdicts.path("done")), strings(verdicts.path("partlyDone")), strings(verdicts.path("notDone"))));
    }

    /**
     * The family for a table: the first that fits, else the last resort (the national template).
     *
     * @param has whether the table holds a word
     */
    LayoutFamily familyFor(java.util.function.Predicate<String> has) {
        LayoutFamily fallback = null;
        for (LayoutFamily family : families) {
            if (family.fits(has)) {
                return family;
            }
            if (family.file().endsWith("national.yaml")) {
                fallback = family;
            }
        }
        return fallback != null ? fallback : families.get(families.size() - 1);
    }

    private static LayoutFamily family(String file, JsonNode common, JsonNode own) {
        if (!own.hasNonNull("name")) {
            throw new IllegalArgumentException("版式文件 " + file + " 缺少 name");
        }
        JsonNode execution = merged(common.path("execution"), own.path("execution"));
        String rule = execution.path("rule").asText("capped");
        ExecutionRule executionRule = switch (rule) {
            case "capped" -> ExecutionRule.CAPPED;
            case "none" -> ExecutionRule.NONE;
            default -> throw new IllegalArgumentException("版式文件 " + file + "：execution.rule 应为 capped 或 none，写的是“" + rule + "”");
        };
        return new LayoutFamily(file, own.path("name").asText(), own.path("order").asInt(100), keys(own.path("signature")),
                keys(own.path("excludes")), map(common.path("labels"), own.path("labels")),
                map(common.path("budget").path("columns"), own.path("budget").path("columns")),
                keys(pick(common.path("budget").path("total"), own.path("budget").path("total"))),
                keys(pick(common.path("budget").path("parts"), own.path("budget").path("parts"))),
                map(common.path("indicators").path("columns"), own.path("indicators").path("columns")),
                keys(pick(common.path("indicators").path("generic"), own.path("indicators").path("generic"))), executionRule,
                new BigDecimal(execution.path("weight").asText("10")),
                new BigDecimal(pick(common.path("totalExpected"), own.path("totalExpected")).asText("100")),
                own.path("criteriaOnly").asBoolean(false));
    }

    private static JsonNode merged(JsonNode base, JsonNode own) {
        com.fasterxml.jackson.databind.node.ObjectNode out = YAML.createObjectNode();
        base.fields().forEachRemaining(e -> out.set(e.getKey(), e.getValue()));
        own.fields().forEachRemaining(e -> out.set(e.getKey(), e.getValue()));
        return out;
    }

    private static JsonNode pick(JsonNode base, JsonNode own) {
        return own.isMissingNode() || own.isNull() ? base : own;
    }

    private static Map<String, List<String>> map(JsonNode base, JsonNode own) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        base.fields().forEachRemaining(e -> out.put(e.getKey(), keys(e.getValue())));
        own.fields().forEachRemaining(e -> out.put(e.getKey(), keys(e.getValue())));
        return out;
    }

    private static List<String> keys(JsonNode node) {
        return strings(node).stream().map(Words::key).toList();
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(item -> out.add(item.asText()));
        return out;
    }

    private static JsonNode resource(String name) {
        try {
            return YAML.readTree(resourceText(name));
        } catch (IOException e) {
            throw new IllegalStateException("版式文件 " + name + " 无法读取：" + e.getMessage(), e);
        }
    }

    private static String resourceText(String name) {
        try (InputStream in = LayoutFamilies.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("缺少版式文件 " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("版式文件 " + name + " 无法读取：" + e.getMessage(), e);
        }
    }
}
