package org.jixiao.app.server.input;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.jixiao.formats.limits.Values;

/**
 * The JSON of every request checked as it is read, the same rules as for dataset files ({@link Values}): text without
 * control characters (PostgreSQL refuses a NUL that H2 would store), numbers that the computations can use
 * ({@code 1e400} is no score). A refused value is a {@link RejectedValue}, answered 422 with the field.
 */
final class JsonInput {
    private JsonInput() {}

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("jixiao-json-input");
        module.addDeserializer(String.class, new CheckedString());
        module.addDeserializer(BigDecimal.class, new CheckedDecimal());
        module.addDeserializer(JsonNode.class, new CheckedTree());
        return module;
    }

    static final class CheckedString extends StdDeserializer<String> {
        private static final long serialVersionUID = 1L;

        CheckedString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            String problem = text == null ? null : Values.textProblem(text);
            if (problem != null) {
                throw new RejectedValue(parser, problem, null);
            }
            return text;
        }
    }

    static final class CheckedDecimal extends StdDeserializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        CheckedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal number = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            String problem = number == null ? null : Values.numberProblem(number);
            if (problem != null) {
                throw new RejectedValue(parser, problem, null);
            }
            return number;
        }
    }

    static final class CheckedTree extends StdDeserializer<JsonNode> {
        private static final long serialVersionUID = 1L;

        CheckedTree() {
            super(JsonNode.class);
        }

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = JsonNodeDeserializer.getDeserializer(JsonNode.class).deserialize(parser, context);
            List<Values.Problem> problems = Values.problems(tree);
            if (!problems.isEmpty()) {
                throw new RejectedValue(parser, problems.get(0).message(), problems.get(0).pointer());
            }
            return tree;
        }

        /** An explicit {@code null} is a null node, as without this check. */
        @Override
        public JsonNode getNullValue(DeserializationContext context) {
            return com.fasterxml.jackson.databind.node.NullNode.getInstance();
        }

        /** An absent field of a record stays {@code null}, as without this check. */
        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return null;
        }
    }
}
