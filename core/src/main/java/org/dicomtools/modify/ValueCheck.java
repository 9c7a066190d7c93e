// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.modify;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dicomtools.data.Tags;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;
import org.dicomtools.dict.ElementDictionary;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.validate.VrSyntax;

/**
 * Text given for an element checked against its VR before it is written (PS3.5 6.2, Table 6.2-1), so that a bad value
 * is an error rather than a silently broken file. Multiple values are separated by backslash (PS3.5 6.4). The
 * syntax rules are those {@code validate} reports ({@link VrSyntax}); lengths, ranges of binary numbers, and the
 * default character repertoire of the VRs that do not use Specific Character Set are checked here.
 */
public final class ValueCheck {
    /** The form a value must take, shown in messages. */
    private static final Map<VR, String> FORMS = Map.of(VR.DA, "YYYYMMDD", VR.TM, "HHMMSS.FFFFFF",
            VR.DT, "YYYYMMDDHHMMSS.FFFFFF&ZZXX", VR.AS, "nnnD, nnnW, nnnM or nnnY", VR.AT, "(gggg,eeee)",
            VR.UI, "digits and dots", VR.CS, "upper-case letters, digits, space, _");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern HEX = Pattern.compile("0[xX][0-9A-Fa-f]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private ValueCheck() {
    }

    /**
     * The values of {@code text} for {@code vr}, each checked: split on backslash for the multi-valued VRs and the
     * binary numbers, one value for ST, LT, UT and UR. Leading and trailing spaces are removed where PS3.5 6.2 says
     * they are not significant (all VRs but ST, LT, UT, which keep leading spaces). An empty text is no value.
     *
     * @param name how the element is named in a message, e.g. its keyword
     * @throws InvalidValueException naming the element, the value, the VR and the reason
     */
    public static List<String> check(String name, VR vr, String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        if (vr.kind() == VR.Kind.BULK || vr == VR.SQ) {
            throw new InvalidValueException(name + ": VR " + vr + (vr == VR.SQ ? " holds items, not a value"
                    : " holds binary data, which cannot be given as text"));
        }
        boolean split = vr.isMultiValued() || vr.kind() == VR.Kind.BINARY;
        List<String> values = new ArrayList<>();
        for (String raw : split ? text.split("\\\\", -1) : new String[] {text}) {
            String v = vr == VR.ST || vr == VR.LT || vr == VR.UT ? raw.stripTrailing() : raw.strip();
            if (vr.kind() == VR.Kind.BINARY) {
                binaryValue(name, vr, v); // range and syntax, the bytes are made by encodeBinary
            } else {
                stringValue(name, vr, v);
            }
            values.add(v);
        }
        return values;
    }

    private static void stringValue(String name, VR vr, String v) {
        if (!vr.usesCharacterSet()) {
            // PS3.5 6.1.2.3: these VRs use the default repertoire (ISO-IR 6) whatever the Specific Character Set.
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c < 0x20 || c > 0x7E) {
                    throw invalid(name, vr, v, String.format("U+%04X is outside the default character repertoire",
                            (int) c));
                }
            }
        }
        VrSyntax.Issue issue = VrSyntax.check(vr, v);
        if (issue != null) {
            // Retired forms (YYYY.MM.DD, HH:MM:SS) are read, never written.
            throw invalid(name, vr, v, issue.text().startsWith("is ") ? issue.text().substring(3) : issue.text());
        }
        int max = vr.maxLength();
        if (max > 0 && vr != VR.PN && v.codePointCount(0, v.length()) > max) {
            throw invalid(name, vr, v, "longer than " + max + " characters");
        }
    }

    private static void binaryValue(String name, VR vr, String v) {
        if (v.isEmpty()) {
            throw invalid(name, vr, v, "an empty value among several");
        }
        switch (vr) {
            case US -> integer(name, vr, v, BigInteger.ZERO, BigInteger.valueOf(0xFFFF));
            case SS -> integer(name, vr, v, BigInteger.valueOf(Short.MIN_VALUE), BigInteger.valueOf(Short.MAX_VALUE));
            case UL -> integer(name, vr, v, BigInteger.ZERO, BigInteger.valueOf(0xFFFFFFFFL));
            case SL -> integer(name, vr, v, BigInteger.valueOf(Integer.MIN_VALUE),
                    BigInteger.valueOf(Integer.MAX_VALUE));
            case SV -> integer(name, vr, v, BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE));
            case UV -> integer(name, vr, v, BigInteger.ZERO, BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
            case FL, FD -> floating(name, vr, v);
            case AT -> tag(name, v);
            default -> throw new IllegalStateException("not a binary number VR: " + vr);
        }
    }

    private static BigInteger integer(String name, VR vr, String v, BigInteger min, BigInteger max) {
        BigInteger n;
        if (INTEGER.matcher(v).matches()) {
            n = new BigInteger(v.startsWith("+") ? v.substring(1) : v);
        } else if (HEX.matcher(v).matches()) {
            n = new BigInteger(v.substring(2), 16);
        } else {
            throw invalid(name, vr, v, "not an integer");
        }
        if (n.compareTo(min) < 0 || n.compareTo(max) > 0) {
            throw invalid(name, vr, v, "outside " + min + " to " + max);
        }
        return n;
    }

    private static double floating(String name, VR vr, String v) {
        switch (v.toLowerCase(Locale.ROOT)) {
            case "nan" -> {
                return Double.NaN;
            }
            case "inf", "+inf", "infinity", "+infinity" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-inf", "-infinity" -> {
                return Double.NEGATIVE_INFINITY;
            }
            default -> {
                if (!DECIMAL.matcher(v).matches()) {
                    throw invalid(name, vr, v, "not a number");
                }
                double d = vr == VR.FL ? Float.parseFloat(v) : Double.parseDouble(v);
                if (Double.isInfinite(d)) {
                    throw invalid(name, vr, v, "too large for " + (vr == VR.FL ? "32" : "64") + "-bit floating point");
                }
                return d;
            }
        }
    }

    private static int tag(String name, String v) {
        try {
            return Tags.parse(v);
        } catch (IllegalArgumentException e) {
            int t = ElementDictionary.standard().tagOf(v);
            if (t == -1) {
                throw invalid(name, VR.AT, v, "neither a tag nor a keyword");
            }
            return t;
        }
    }

    /** The little-endian bytes of values of a binary number VR (US, SS, UL, SL, UV, SV, FL, FD, AT) already checked. */
    public static byte[] encodeBinary(String name, VR vr, List<String> values) {
        int n = values.size();
        switch (vr) {
            case FL, FD -> {
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    d[i] = floating(name, vr, values.get(i));
                }
                return Values.encodeNumbers(vr, d);
            }
            case AT -> {
                int[] t = new int[n];
                for (int i = 0; i < n; i++) {
                    t[i] = tag(name, values.get(i));
                }
                return Values.encodeTags(t);
            }
            default -> {
                long[] l = new long[n];
                for (int i = 0; i < n; i++) {
                    // Checked already: the range holds; UV above 2^63 keeps its bits as a two's complement long.
                    l[i] = integer(name, vr, values.get(i), BigInteger.ONE.shiftLeft(64).negate(),
                            BigInteger.ONE.shiftLeft(64)).longValue();
                }
                return Values.encodeIntegers(vr, l);
            }
        }
    }

    /**
     * The VR for a private element the dictionary cannot give one for: IS for integers of 32 bits, DS for decimal
     * numbers of at most 16 characters, LO for other text of at most 64 characters, else LT.
     */
    public static VR inferPrivateVr(String text) {
        if (text.isEmpty()) {
            return VR.LO;
        }
        boolean integers = true;
        boolean decimals = true;
        for (String v : text.split("\\\\", -1)) {
            String s = v.strip();
            integers &= VrSyntax.check(VR.IS, s) == null && !s.isEmpty();
            decimals &= VrSyntax.check(VR.DS, s) == null && !s.isEmpty() && s.length() <= 16;
        }
        if (integers) {
            return VR.IS;
        }
        if (decimals) {
            return VR.DS;
        }
        boolean shortValues = true;
        for (String v : text.split("\\\\", -1)) {
            shortValues &= v.codePointCount(0, v.length()) <= VR.LO.maxLength();
        }
        return shortValues ? VR.LO : VR.LT;
    }

    private static InvalidValueException invalid(String name, VR vr, String value, String reason) {
        String form = FORMS.get(vr);
        return new InvalidValueException(name + ": '" + value + "' is not a valid " + vr
                + (form == null ? "" : " (" + form + ")") + ": " + reason);
    }
}
