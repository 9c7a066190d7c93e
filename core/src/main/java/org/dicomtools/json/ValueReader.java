// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dicomtools.data.CharsetRecoder;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Tags;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;

/** The {@code "Value"} array of a non-sequence attribute back to its little-endian value bytes. */
final class ValueReader {
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern HEX_TAG = Pattern.compile("[0-9A-Fa-f]{8}");

    private final JsonParser p;
    private final DicomJsonReader reader;
    private final int tag;
    private final VR vr;

    private ValueReader(DicomJsonReader reader, JsonParser p, int tag, VR vr) {
        this.reader = reader;
        this.p = p;
        this.tag = tag;
        this.vr = vr;
    }

    /** Reads the array at the parser's current token ({@code [}) up to its {@code ]}. */
    static byte[] read(DicomJsonReader reader, JsonParser p, DataSet ds, int tag, VR vr) throws IOException {
        return new ValueReader(reader, p, tag, vr).read(ds);
    }

    private byte[] read(DataSet ds) throws IOException {
        if (vr.kind() == VR.Kind.BULK) {
            throw reader.error(where() + "VR " + vr + " takes InlineBinary or BulkDataURI, not Value");
        }
        List<String> texts = new ArrayList<>();
        ByteArrayOutputStream binary = new ByteArrayOutputStream();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null) {
                throw reader.error("JSON ends inside the Value of " + Tags.format(tag));
            }
            String text = vr == VR.PN ? personName(t) : scalar(t);
            if (vr.isString()) {
                texts.add(text);
            } else {
                // Converted at once, so that an error points at the value itself.
                binary.writeBytes(binary(text.trim()));
            }
        }
        return vr.isString() ? strings(ds, texts) : binary.toByteArray();
    }

    private String where() {
        return Tags.format(tag) + ": ";
    }

    /** A string, number or null as text; null becomes "" (an empty value, PS3.18 F.2.5). */
    private String scalar(JsonToken t) throws IOException {
        switch (t) {
            case VALUE_NULL -> {
                if (!vr.isString()) {
                    throw reader.error(where() + "null is not a value of VR " + vr);
                }
                return "";
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                if (vr.isString() && vr != VR.IS && vr != VR.DS) {
                    throw reader.error(where() + "VR " + vr + " takes strings, not the number " + p.getText());
                }
                return numberText(p.getText());
            }
            default -> throw reader.error(where() + "unexpected " + t + " in the Value of VR " + vr);
        }
    }

    /** A JSON number as IS or DS text; the text as written when it is a valid one. */
    private String numberText(String text) {
        if (vr == VR.IS) {
            if (INTEGER.matcher(text).matches()) {
                return text;
            }
            try {
                return new BigDecimal(text).toBigIntegerExact().toString();
            } catch (ArithmeticException | NumberFormatException e) {
                throw reader.error(where() + text + " is not an integer (VR IS)");
            }
        }
        if (vr == VR.DS && text.length() > 16) {
            return Values.formatDecimalString(Double.parseDouble(text));
        }
        return text;
    }

    /** A PN object with Alphabetic, Ideographic and Phonetic groups back to {@code alpha=ideo=phon}. */
    private String personName(JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            return scalar(t);
        }
        String[] groups = {"", "", ""};
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int i = List.of(ValueWriter.PN_GROUPS).indexOf(name);
            if (i < 0) {
                throw reader.error(where() + "unknown person name group '" + name + "'");
            }
            JsonToken v = p.nextToken();
            if (v != JsonToken.VALUE_STRING && v != JsonToken.VALUE_NULL) {
                throw reader.error(where() + "person name group " + name + " is not a string");
            }
            groups[i] = v == JsonToken.VALUE_NULL ? "" : p.getText();
        }
        int n = groups[2].isEmpty() ? groups[1].isEmpty() ? 1 : 2 : 3;
        return String.join("=", List.of(groups).subList(0, n));
    }

    private byte[] strings(DataSet ds, List<String> texts) {
        if (!vr.isMultiValued() && texts.size() > 1) {
            throw reader.error(where() + "VR " + vr + " takes one value, not " + texts.size());
        }
        List<String> values = new ArrayList<>(texts.size());
        for (String s : texts) {
            values.add(vr == VR.IS || vr == VR.DS ? s.trim() : s);
        }
        String joined = String.join("\\", values);
        if (vr.usesCharacterSet()) {
            return CharsetRecoder.encode(ds, vr, joined);
        }
        for (int i = 0; i < joined.length(); i++) {
            if (joined.charAt(i) > 0xFF) {
                throw reader.error(where() + "VR " + vr + " cannot hold the character '" + joined.charAt(i) + "'");
            }
        }
        return Values.pad(joined.getBytes(StandardCharsets.ISO_8859_1), vr);
    }

    /** One value of a binary VR, little-endian. */
    private byte[] binary(String s) {
        // AT holds two 16-bit numbers per value, so its unit size (the unit swapped) is half its value size.
        byte[] out = new byte[vr == VR.AT ? 4 : vr.unitSize()];
        switch (vr) {
            case AT -> {
                if (!HEX_TAG.matcher(s).matches()) {
                    throw reader.error(where() + "'" + s + "' is not a tag GGGGEEEE (VR AT)");
                }
                int t = (int) Long.parseLong(s, 16);
                Values.putU16(out, 0, Tags.group(t));
                Values.putU16(out, 2, Tags.element(t));
            }
            case FL -> Values.putI32(out, 0, Float.floatToIntBits((float) floating(s, true)));
            case FD -> Values.putI64(out, 0, Double.doubleToLongBits(floating(s, false)));
            case US -> Values.putU16(out, 0, (int) integer(s, 0, 0xFFFF));
            case SS -> Values.putU16(out, 0, (int) integer(s, Short.MIN_VALUE, Short.MAX_VALUE));
            case UL -> Values.putI32(out, 0, (int) integer(s, 0, 0xFFFFFFFFL));
            case SL -> Values.putI32(out, 0, (int) integer(s, Integer.MIN_VALUE, Integer.MAX_VALUE));
            case SV -> Values.putI64(out, 0, integer(s, Long.MIN_VALUE, Long.MAX_VALUE));
            case UV -> Values.putI64(out, 0, unsigned64(s));
            default -> throw reader.error(where() + "VR " + vr + " takes no Value");
        }
        return out;
    }

    /** FL/FD: a number, or one of the strings NaN, Infinity, -Infinity (also inf, -inf). */
    private double floating(String s, boolean single) {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "nan" -> {
                return Double.NaN;
            }
            case "infinity", "+infinity", "inf", "+inf" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-infinity", "-inf" -> {
                return Double.NEGATIVE_INFINITY;
            }
            default -> {
                if (!ValueWriter.JSON_NUMBER.matcher(s).matches()) {
                    throw reader.error(where() + "'" + s + "' is not a number (VR " + vr + ")");
                }
                // Parsed at the VR's own precision, so the shortest text of a float reads back to that float.
                return single ? Float.parseFloat(s) : Double.parseDouble(s);
            }
        }
    }

    private BigInteger bigInteger(String s) {
        try {
            return INTEGER.matcher(s).matches() ? new BigInteger(s) : new BigDecimal(s).toBigIntegerExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw reader.error(where() + "'" + s + "' is not an integer (VR " + vr + ")");
        }
    }

    private long integer(String s, long min, long max) {
        BigInteger v = bigInteger(s);
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw reader.error(where() + s + " is out of range for VR " + vr);
        }
        return v.longValue();
    }

    private long unsigned64(String s) {
        BigInteger v = bigInteger(s);
        if (v.signum() < 0 || v.bitLength() > 64) {
            throw reader.error(where() + s + " is out of range for VR UV");
        }
        return v.longValue();
    }
}
