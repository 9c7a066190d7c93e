// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a render applied, stage by stage, in pipeline order: the source each stage took its parameters from
 * ("RescaleSlope/Intercept", "WindowCenter/Width [0] of 2", "auto-window", ...) and the numbers. This is what
 * {@code to-image --explain} prints, through {@link #toJson()}.
 *
 * @param frame       0-based frame index rendered
 * @param photometric Photometric Interpretation of the samples rendered
 * @param steps       the stages in the order applied
 */
public record Explanation(int frame, String photometric, List<Step> steps) {

    public Explanation {
        steps = List.copyOf(steps);
    }

    /**
     * One stage.
     *
     * @param stage  "modality", "voi", "presentation", "colour" or "output"
     * @param source where the parameters came from
     * @param values the numbers, in insertion order: Number, Boolean or String values
     */
    public record Step(String stage, String source, Map<String, Object> values) {

        public Step {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** A step from alternating keys and values; a {@code null} value is left out. */
        public static Step of(String stage, String source, Object... keysAndValues) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
                if (keysAndValues[i + 1] != null) {
                    m.put((String) keysAndValues[i], keysAndValues[i + 1]);
                }
            }
            return new Step(stage, source, m);
        }

        /** This step with one more value (or a replaced one). */
        public Step with(String key, Object value) {
            Map<String, Object> m = new LinkedHashMap<>(values);
            m.put(key, value);
            return new Step(stage, source, m);
        }
    }

    /** The first step of a stage, or {@code null}. */
    public Step step(String stage) {
        for (Step s : steps) {
            if (s.stage().equals(stage)) {
                return s;
            }
        }
        return null;
    }

    /** This explanation with one more step at the end. */
    public Explanation plus(Step step) {
        List<Step> l = new ArrayList<>(steps);
        l.add(step);
        return new Explanation(frame, photometric, l);
    }

    /** Deterministic JSON: fields in a fixed order, values in the order the stages recorded them. */
    public String toJson() {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("frame", frame);
            g.writeStringField("photometric", photometric);
            g.writeArrayFieldStart("stages");
            for (Step s : steps) {
                g.writeStartObject();
                g.writeStringField("stage", s.stage());
                g.writeStringField("source", s.source());
                for (Map.Entry<String, Object> e : s.values().entrySet()) {
                    g.writeFieldName(e.getKey());
                    write(g, e.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void write(JsonGenerator g, Object v) throws IOException {
        if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                g.writeString(d.toString());
            } else {
                g.writeNumber(d);
            }
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeString(String.valueOf(v));
        }
    }
}
