// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decoding and encoding of element values by VR (PS3.5 6.2). Binary values are little-endian: the reader converts
 * big-endian files on the way in and the writer on the way out.
 */
public final class Values {
    private static final String[] NO_STRINGS = new String[0];

    private Values() {
    }

    // ---- little-endian primitives ----

    public static int u16(byte[] b, int off) {
        return (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8;
    }

    public static int i32(byte[] b, int off) {
        return (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8 | (b[off + 2] & 0xFF) << 16 | (b[off + 3] & 0xFF) << 24;
    }

    public static long u32(byte[] b, int off) {
        return i32(b, off) & 0xFFFFFFFFL;
    }

    public static long i64(byte[] b, int off) {
        return (i32(b, off) & 0xFFFFFFFFL) | ((long) i32(b, off + 4) << 32);
    }

    public static void putU16(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
    }

    public static void putI32(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
        b[off + 2] = (byte) (v >>> 16);
        b[off + 3] = (byte) (v >>> 24);
    }

    public static void putI64(byte[] b, int off, long v) {
        putI32(b, off, (int) v);
        putI32(b, off + 4, (int) (v >>> 32));
    }

    // ---- strings ----

    /** The whole value as one string with insignificant padding removed (PS3.5 6.2). */
    public static String string(byte[] value, VR vr, SpecificCharacterSet cs) {
        if (value.length == 0) {
            return "";
        }
        String s = decode(value, vr, cs);
        return vr.isMultiValued() ? trim(s, vr) : trimTrailing(s);
    }

    /** The values split on backslash (not for ST, LT, UT, UR, which are single-valued), each trimmed. */
    public static String[] strings(byte[] value, VR vr, SpecificCharacterSet cs) {
        if (value.length == 0) {
            return NO_STRINGS;
        }
        String s = decode(value, vr, cs);
        if (!vr.isMultiValued()) {
            return new String[] {trimTrailing(s)};
        }
        List<String> out = new ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\\') {
                out.add(trim(s.substring(start, i), vr));
                start = i + 1;
            }
        }
        return out.toArray(NO_STRINGS);
    }

    private static String decode(byte[] value, VR vr, SpecificCharacterSet cs) {
        if (!vr.usesCharacterSet() || cs == null) {
            return ascii(value);
        }
        return cs.decode(value, 0, value.length, vr);
    }

    /** Default-repertoire bytes; anything above 0x7F is read as Latin-1 rather than lost. */
    private static String ascii(byte[] value) {
        return new String(value, StandardCharsets.ISO_8859_1);
    }

    private static String trim(String s, VR vr) {
        // PN, SH, LO, UC and the default-repertoire VRs: leading and trailing spaces are not significant.
        int start = 0;
        int end = s.length();
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        while (start < end && s.charAt(start) == ' ') {
            start++;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    private static String trimTrailing(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }

    /** Joins with backslash, encodes in the character set and pads to even length with the VR's padding. */
    public static byte[] encodeStrings(VR vr, SpecificCharacterSet cs, String... values) {
        String joined = String.join("\\", values);
        byte[] raw = vr.usesCharacterSet() && cs != null ? cs.encode(joined, vr)
                : joined.getBytes(StandardCharsets.ISO_8859_1);
        return pad(raw, vr);
    }

    /** Pads an odd-length value with the VR's padding byte (PS3.5 7.1.1: value lengths are even). */
    public static byte[] pad(byte[] raw, VR vr) {
        if ((raw.length & 1) == 0) {
            return raw;
        }
        byte[] out = java.util.Arrays.copyOf(raw, raw.length + 1);
        out[raw.length] = vr.padding();
        return out;
    }

    // ---- numbers ----

    /** Numbers of any numeric VR (IS, DS, US, SS, UL, SL, UV, SV, FL, FD, and OW/OL/... as unsigned units). */
    public static double[] doubles(byte[] value, VR vr) {
        switch (vr) {
            case IS, DS -> {
                String[] parts = strings(value, vr, null);
                double[] out = new double[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    out[i] = parseDecimal(parts[i], vr);
                }
                return out;
            }
            case FL, OF -> {
                double[] out = new double[value.length / 4];
                for (int i = 0; i < out.length; i++) {
                    out[i] = Float.intBitsToFloat(i32(value, i * 4));
                }
                return out;
            }
            case FD, OD -> {
                double[] out = new double[value.length / 8];
                for (int i = 0; i < out.length; i++) {
                    out[i] = Double.longBitsToDouble(i64(value, i * 8));
                }
                return out;
            }
            default -> {
                long[] l = longs(value, vr);
                double[] out = new double[l.length];
                for (int i = 0; i < l.length; i++) {
                    out[i] = l[i];
                }
                return out;
            }
        }
    }

    /** Integers of IS and the binary integer VRs; US/UL unsigned, SS/SL/SV signed, UV as two's complement. */
    public static long[] longs(byte[] value, VR vr) {
        switch (vr) {
            case IS, DS -> {
                String[] parts = strings(value, vr, null);
                long[] out = new long[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    double d = parseDecimal(parts[i], vr);
                    out[i] = (long) d;
                }
                return out;
            }
            case US, OW -> {
                long[] out = new long[value.length / 2];
                for (int i = 0; i < out.length; i++) {
                    out[i] = u16(value, i * 2);
                }
                return out;
            }
            case SS -> {
                long[] out = new long[value.length / 2];
                for (int i = 0; i < out.length; i++) {
                    out[i] = (short) u16(value, i * 2);
                }
                return out;
            }
            case UL, OL -> {
                long[] out = new long[value.length / 4];
                for (int i = 0; i < out.length; i++) {
                    out[i] = u32(value, i * 4);
                }
                return out;
            }
            case SL -> {
                long[] out = new long[value.length / 4];
                for (int i = 0; i < out.length; i++) {
                    out[i] = i32(value, i * 4);
                }
                return out;
            }
            case SV, UV, OV -> {
                long[] out = new long[value.length / 8];
                for (int i = 0; i < out.length; i++) {
                    out[i] = i64(value, i * 8);
                }
                return out;
            }
            case FL, FD, OF, OD -> {
                double[] d = doubles(value, vr);
                long[] out = new long[d.length];
                for (int i = 0; i < d.length; i++) {
                    out[i] = (long) d[i];
                }
                return out;
            }
            case OB, UN -> {
                long[] out = new long[value.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = value[i] & 0xFF;
                }
                return out;
            }
            default -> throw new IllegalArgumentException("VR " + vr + " does not hold numbers");
        }
    }

    private static double parseDecimal(String s, VR vr) {
        if (s.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a valid " + vr + " value: '" + s + "'");
        }
    }

    /** AT values: pairs of 16-bit group and element numbers (PS3.5 6.2). */
    public static int[] tags(byte[] value) {
        int[] out = new int[value.length / 4];
        for (int i = 0; i < out.length; i++) {
            out[i] = u16(value, i * 4) << 16 | u16(value, i * 4 + 2);
        }
        return out;
    }

    /** Encodes numbers for a numeric VR: text for IS/DS, little-endian binary otherwise. */
    public static byte[] encodeNumbers(VR vr, double... values) {
        switch (vr) {
            case IS -> {
                String[] s = new String[values.length];
                for (int i = 0; i < values.length; i++) {
                    s[i] = Long.toString(Math.round(values[i]));
                }
                return encodeStrings(vr, null, s);
            }
            case DS -> {
                String[] s = new String[values.length];
                for (int i = 0; i < values.length; i++) {
                    s[i] = formatDecimalString(values[i]);
                }
                return encodeStrings(vr, null, s);
            }
            case FL, OF -> {
                byte[] out = new byte[values.length * 4];
                for (int i = 0; i < values.length; i++) {
                    putI32(out, i * 4, Float.floatToIntBits((float) values[i]));
                }
                return out;
            }
            case FD, OD -> {
                byte[] out = new byte[values.length * 8];
                for (int i = 0; i < values.length; i++) {
                    putI64(out, i * 8, Double.doubleToLongBits(values[i]));
                }
                return out;
            }
            default -> {
                long[] l = new long[values.length];
                for (int i = 0; i < values.length; i++) {
                    l[i] = (long) values[i];
                }
                return encodeIntegers(vr, l);
            }
        }
    }

    /** Encodes integers for US, SS, UL, SL, SV, UV, OW, OL, OV, IS (and AT given as packed tags). */
    public static byte[] encodeIntegers(VR vr, long... values) {
        int unit = vr == VR.IS || vr == VR.DS ? 0 : vr.unitSize();
        if (unit == 0) {
            String[] s = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                s[i] = Long.toString(values[i]);
            }
            return encodeStrings(vr, null, s);
        }
        byte[] out = new byte[values.length * unit];
        for (int i = 0; i < values.length; i++) {
            long v = values[i];
            switch (unit) {
                case 1 -> out[i] = (byte) v;
                case 2 -> {
                    if (vr == VR.AT) {
                        throw new IllegalArgumentException("use encodeTags for AT");
                    }
                    putU16(out, i * 2, (int) v);
                }
                case 4 -> putI32(out, i * 4, (int) v);
                default -> putI64(out, i * 8, v);
            }
        }
        return out;
    }

    /** Encodes AT values as group/element pairs. */
    public static byte[] encodeTags(int... tags) {
        byte[] out = new byte[tags.length * 4];
        for (int i = 0; i < tags.length; i++) {
            putU16(out, i * 4, tags[i] >>> 16);
            putU16(out, i * 4 + 2, tags[i]);
        }
        return out;
    }

    /** The shortest decimal text of at most 16 characters that DS allows (PS3.5 Table 6.2-1). */
    public static String formatDecimalString(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("DS cannot hold " + d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        String s = new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        if (s.length() <= 16) {
            return s;
        }
        for (int digits = 15; digits > 0; digits--) {
            String e = String.format(Locale.ROOT, "%." + digits + "g", d);
            String t = new BigDecimal(e).stripTrailingZeros().toString().replace("E+", "E");
            if (t.length() <= 16) {
                return t;
            }
        }
        throw new IllegalArgumentException("cannot write " + d + " in 16 characters");
    }

    /** Binary numbers and AT values as text joined by backslash ({@code null} for other VRs). */
    public static String display(Element e) {
        byte[] b = e.bytes();
        switch (e.vr()) {
            case US, SS, UL, SL, SV, UV -> {
                long[] v = Values.longs(b, e.vr());
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < v.length; i++) {
                    sb.append(i > 0 ? "\\" : "").append(e.vr() == VR.UV && v[i] < 0 ? Long.toUnsignedString(v[i]) : v[i]);
                }
                return sb.toString();
            }
            case FL, FD -> {
                double[] v = Values.doubles(b, e.vr());
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < v.length; i++) {
                    sb.append(i > 0 ? "\\" : "").append(e.vr() == VR.FL ? Float.toString((float) v[i]) : Double.toString(v[i]));
                }
                return sb.toString();
            }
            case AT -> {
                int[] t = Values.tags(b);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < t.length; i++) {
                    sb.append(i > 0 ? "\\" : "").append(Tags.format(t[i]));
                }
                return sb.toString();
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * Binary units in hex, most significant byte first, separated by backslash: how dcmdump shows OB, OW and the
     * other binary VRs (a unit is the VR's size; bytes past the last whole unit are left out).
     */
    public static String hex(byte[] b, VR vr) {
        StringBuilder sb = new StringBuilder(b.length * 3);
        int unit = Math.max(vr.unitSize(), 1);
        for (int i = 0; i + unit <= b.length; i += unit) {
            if (i > 0) {
                sb.append('\\');
            }
            for (int j = unit - 1; j >= 0; j--) {
                sb.append(Character.forDigit((b[i + j] >> 4) & 0xF, 16)).append(Character.forDigit(b[i + j] & 0xF, 16));
            }
        }
        return sb.toString();
    }
}
