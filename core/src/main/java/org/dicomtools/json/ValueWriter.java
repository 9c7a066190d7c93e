// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;
import org.dicomtools.data.Element;
import org.dicomtools.data.SpecificCharacterSet;
import org.dicomtools.data.Tags;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;

/** The {@code "Value"} array of a non-empty element that is neither a sequence nor bulk (see DicomJsonWriter). */
final class ValueWriter {
    /** A number as RFC 8259 section 6 spells it. */
    static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    static final String[] PN_GROUPS = {"Alphabetic", "Ideographic", "Phonetic"};

    private ValueWriter() {
    }

    static void write(JsonGenerator gen, Element e, SpecificCharacterSet cs) throws IOException {
        VR vr = e.vr();
        byte[] b = e.bytes();
        if (vr.isString()) {
            String[] values = Values.strings(b, vr, cs);
            if (values.length == 0 || values.length == 1 && values[0].isEmpty()) {
                return;
            }
            gen.writeArrayFieldStart("Value");
            for (String v : values) {
                // A PN of empty groups only ("==") is an empty name: F.2.2 writes non-empty groups alone.
                if (v.isEmpty() || vr == VR.PN && v.chars().allMatch(c -> c == '=')) {
                    gen.writeNull();
                } else if (vr == VR.PN) {
                    writePersonName(gen, v);
                } else if (vr == VR.IS || vr == VR.DS) {
                    writeDecimal(gen, v);
                } else {
                    gen.writeString(v);
                }
            }
            gen.writeEndArray();
            return;
        }
        gen.writeArrayFieldStart("Value");
        switch (vr) {
            case AT -> {
                for (int tag : Values.tags(b)) {
                    gen.writeString(Tags.hex(tag));
                }
            }
            case FL -> {
                for (int i = 0; i + 4 <= b.length; i += 4) {
                    float f = Float.intBitsToFloat(Values.i32(b, i));
                    if (Float.isFinite(f)) {
                        gen.writeNumber(f);
                    } else {
                        gen.writeString(nonFinite(f));
                    }
                }
            }
            case FD -> {
                for (int i = 0; i + 8 <= b.length; i += 8) {
                    double d = Double.longBitsToDouble(Values.i64(b, i));
                    if (Double.isFinite(d)) {
                        gen.writeNumber(d);
                    } else {
                        gen.writeString(nonFinite(d));
                    }
                }
            }
            case UV -> {
                for (long v : Values.longs(b, vr)) {
                    if (v >= 0) {
                        gen.writeNumber(v);
                    } else {
                        gen.writeNumber(new BigInteger(Long.toUnsignedString(v)));
                    }
                }
            }
            default -> {
                for (long v : Values.longs(b, vr)) {
                    gen.writeNumber(v);
                }
            }
        }
        gen.writeEndArray();
    }

    /** "NaN", "Infinity" or "-Infinity": JSON has no such numbers (RFC 8259 section 6). */
    static String nonFinite(double d) {
        return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }

    /** IS and DS: the value's text when it is a JSON number, else the parsed number, else the text as a string. */
    private static void writeDecimal(JsonGenerator gen, String text) throws IOException {
        if (JSON_NUMBER.matcher(text).matches()) {
            gen.writeNumber(text);
            return;
        }
        BigDecimal d;
        try {
            d = new BigDecimal(text);
        } catch (NumberFormatException e) {
            gen.writeString(text);
            return;
        }
        gen.writeNumber(d);
    }

    /** {@code alpha=ideo=phon} as an object of its non-empty groups (PS3.18 F.2.2). */
    private static void writePersonName(JsonGenerator gen, String value) throws IOException {
        String[] groups = value.split("=", -1);
        gen.writeStartObject();
        for (int i = 0; i < groups.length && i < PN_GROUPS.length; i++) {
            if (!groups[i].isEmpty()) {
                gen.writeStringField(PN_GROUPS[i], groups[i]);
            }
        }
        gen.writeEndObject();
    }
}
