// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            gen.setPrettyPrinter(pp);
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
}
