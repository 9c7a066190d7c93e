// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Values;

/**
 * A lookup table of the grey pipeline or a palette: entries for the inputs {@code firstMapped} to
 * {@code firstMapped + size − 1}; inputs below map to the first entry, inputs above to the last (PS3.3 C.11.1.1.1,
 * C.11.2.1.1, C.7.6.3.1.5).
 */
public final class Lut {
    private final int firstMapped;
    private final int[] entries;
    private final int bits;

    private Lut(int firstMapped, int[] entries, int bits) {
        this.firstMapped = firstMapped;
        this.entries = entries;
        this.bits = bits;
    }

    /** Input mapped to the first entry. */
    public int firstMapped() {
        return firstMapped;
    }

    public int size() {
        return entries.length;
    }

    /** Bits per entry after correction: the largest entry value is {@code 2^bits − 1}. */
    public int bits() {
        return bits;
    }

    /** The largest value an entry of this bit depth can hold. */
    public double maxValue() {
        return (1 << bits) - 1;
    }

    /** Entry {@code i} (0-based). */
    public int entry(int i) {
        return entries[i];
    }

    /** The entry for input {@code x}, rounded to the nearest input, clamped to the first and last entries. */
    public int lookup(double x) {
        double i = Math.floor(x + 0.5) - firstMapped;
        if (!(i > 0)) {
            return entries[0];
        }
        return i >= entries.length ? entries[entries.length - 1] : entries[(int) i];
    }

    /**
     * Reads a LUT from a descriptor and a data element of {@code item}: the LUT of a Modality LUT or VOI LUT Sequence
     * item (LUT Descriptor, LUT Data) or a palette channel.
     *
     * @param signed   whether the first value mapped is signed when the descriptor's VR does not say
     * @param warnings collects what was wrong with the data and how it was read anyway
     * @return the LUT, or {@code null} (with a warning) when descriptor or data are missing or unusable
     */
    public static Lut read(DataSet item, int descriptorTag, int dataTag, boolean signed, List<String> warnings) {
        LutDescriptor d = LutDescriptor.read(item, descriptorTag, signed);
        if (d == null) {
            warnings.add(LutDescriptor.name(descriptorTag) + " is missing or has fewer than 3 values; LUT ignored");
            return null;
        }
        Element e = item.get(dataTag);
        if (e == null || !e.hasBytes() || e.isEmpty()) {
            warnings.add(LutDescriptor.name(dataTag) + " is missing or empty; LUT ignored");
            return null;
        }
        int[] entries = unpack(e.bytes(), d.entries(), dataTag, warnings);
        return entries == null ? null : of(d, entries, descriptorTag, warnings);
    }

    /**
     * The entries held by LUT data bytes. Two layouts occur: one 16-bit word per entry (the usual one, and the only one
     * for more than 8 bits) and one byte per entry, which is what "8 bits allocated" in C.11.1.1.1 and C.7.6.3.1.5
     * means; the data length tells them apart.
     */
    static int[] unpack(byte[] b, int n, int dataTag, List<String> warnings) {
        if (b.length >= 2 * n) {
            int[] v = new int[n];
            for (int i = 0; i < n; i++) {
                v[i] = Values.u16(b, 2 * i);
            }
            return v;
        }
        if (b.length >= n) {
            int[] v = new int[n];
            for (int i = 0; i < n; i++) {
                v[i] = b[i] & 0xFF;
            }
            return v;
        }
        int words = b.length / 2;
        if (words == 0) {
            warnings.add(LutDescriptor.name(dataTag) + " holds " + b.length + " bytes; LUT ignored");
            return null;
        }
        warnings.add(LutDescriptor.name(dataTag) + " holds " + b.length + " bytes for " + n
                + " entries; using the " + words + " entries present");
        int[] v = new int[words];
        for (int i = 0; i < words; i++) {
            v[i] = Values.u16(b, 2 * i);
        }
        return v;
    }

    /**
     * A LUT from its descriptor and entries, with the descriptor's bits per entry corrected from the data, as real
     * files state it wrongly both ways: data above 255 under a descriptor saying 8 bits are 16-bit; data all within
     * 0..255 under a descriptor saying 16 bits are 8-bit. Either correction is a warning.
     */
    public static Lut of(LutDescriptor d, int[] entries, int descriptorTag, List<String> warnings) {
        int max = 0;
        for (int v : entries) {
            max = Math.max(max, v);
        }
        int bits = d.bits();
        int fixed = bits;
        if (bits < 1 || bits > 16 || max > (1 << bits) - 1) {
            fixed = max > 255 ? 16 : 8;
        } else if (bits == 16 && max <= 255) {
            fixed = 8;
        }
        if (fixed != bits) {
            warnings.add(LutDescriptor.name(descriptorTag) + " says " + bits + " bits per entry but the data's largest"
                    + " value is " + max + "; read as " + fixed + " bits");
        }
        return new Lut(d.firstMapped(), entries, fixed);
    }
}
