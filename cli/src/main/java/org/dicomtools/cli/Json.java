// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dicomtools.io.NonClosingOutputStream;

/** JSON output of commands: two-space indent and {@code "key": value}, as Python's {@code json.dumps(indent=2)}. */
final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private Json() {
    }

    static JsonGenerator generator(OutputStream out) {
        try {
            JsonGenerator gen = FACTORY.createGenerator(new NonClosingOutputStream(out));
            gen.setPrettyPrinter(new Pretty());
            return gen;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes nested string maps as one JSON object followed by a newline. */
    static void writeSections(Map<String, Map<String, String>> sections, OutputStream out) throws IOException {
        try (JsonGenerator gen = generator(out)) {
            gen.writeStartObject();
            for (var section : sections.entrySet()) {
                gen.writeObjectFieldStart(section.getKey());
                for (var kv : section.getValue().entrySet()) {
                    gen.writeStringField(kv.getKey(), kv.getValue());
                }
                gen.writeEndObject();
            }
            gen.writeEndObject();
            gen.writeRaw('\n');
        }
        out.flush();
    }

    /** Prints a document of maps, lists and scalars as one JSON object followed by a newline. */
    static void print(Map<String, ?> document) {
        try {
            try (JsonGenerator gen = generator(System.out)) {
                writeValue(gen, document);
                gen.writeRaw('\n');
            }
            System.out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a value built of maps (keys in their iteration order), lists, strings, numbers, booleans, paths and
     * nulls; {@link RawJson} is copied as parsed JSON.
     */
    static void writeValue(JsonGenerator gen, Object value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            gen.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                gen.writeFieldName(String.valueOf(e.getKey()));
                writeValue(gen, e.getValue());
            }
            gen.writeEndObject();
        } else if (value instanceof Iterable<?> list) {
            gen.writeStartArray();
            for (Object o : list) {
                writeValue(gen, o);
            }
            gen.writeEndArray();
        } else if (value instanceof Boolean b) {
            gen.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long) {
            gen.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isFinite(d)) {
                gen.writeNumber(d);
            } else {
                gen.writeString(String.valueOf(d));
            }
        } else if (value instanceof RawJson raw) {
            try (JsonParser p = FACTORY.createParser(raw.text())) {
                p.nextToken();
                gen.copyCurrentStructure(p);
            }
        } else {
            gen.writeString(value.toString());
        }
    }

    /** Text already known to be one JSON value. */
    record RawJson(String text) {
        /** The text when it is exactly one JSON value, else null. */
        static RawJson parseOrNull(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try (JsonParser p = FACTORY.createParser(text)) {
                if (p.nextToken() == null) {
                    return null;
                }
                p.skipChildren();
                return p.nextToken() == null ? new RawJson(text) : null;
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** Reads one JSON value into maps (insertion-ordered), lists, strings, numbers, booleans and nulls. */
    static Object read(InputStream in) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            if (p.nextToken() == null) {
                throw new IOException("empty input");
            }
            Object value = readValue(p);
            if (p.nextToken() != null) {
                throw new IOException("trailing content after the JSON value at line " + p.currentLocation().getLineNr());
            }
            return value;
        }
    }

    private static Object readValue(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    map.put(name, readValue(p));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue(p));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getNumberValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected " + t);
        }
    }

    /** Jackson's pretty printer, but an empty array is {@code []} as Python prints it, not {@code [ ]}. */
    private static final class Pretty extends DefaultPrettyPrinter {
        Pretty() {
            super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            _arrayIndenter = new DefaultIndenter("  ", "\n");
            _objectIndenter = new DefaultIndenter("  ", "\n");
        }

        @Override
        public Pretty createInstance() {
            return new Pretty();
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (nrOfValues == 0) {
                --_nesting;
                g.writeRaw(']');
            } else {
                super.writeEndArray(g, nrOfValues);
            }
        }
    }
}
