// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import java.util.Arrays;
import org.dicomtools.codec.CodecFailure;

/**
 * A JPEG Huffman table as DHT carries it: BITS, the number of codes of each length 1-16, and HUFFVAL, the symbols
 * in order of increasing code length. Codes are assigned canonically as T.81 Annex C (C.2) prescribes.
 *
 * <p>For encoding, {@link #code(int)} and {@link #size(int)} give a symbol's code and its length (size 0: the
 * symbol has no code). For decoding, {@link BitReader#decode(HuffmanTable)} looks up codes of up to
 * {@value #LOOKAHEAD} bits in one table access and walks the canonical MAXCODE/VALPTR tables of T.81 F.2.2.3 for
 * longer ones. Instances are immutable.
 */
public final class HuffmanTable {
    /** Bits the decoding lookahead table resolves at once. */
    static final int LOOKAHEAD = 9;

    /** T.81 Table K.3: luminance DC differences. */
    public static final HuffmanTable DC_LUMINANCE = of(StandardTables.DC_LUMINANCE_BITS,
            StandardTables.DC_VALUES);
    /** T.81 Table K.4: chrominance DC differences. */
    public static final HuffmanTable DC_CHROMINANCE = of(StandardTables.DC_CHROMINANCE_BITS,
            StandardTables.DC_VALUES);
    /** T.81 Table K.5: luminance AC coefficients. */
    public static final HuffmanTable AC_LUMINANCE = of(StandardTables.AC_LUMINANCE_BITS,
            StandardTables.AC_LUMINANCE_VALUES);
    /** T.81 Table K.6: chrominance AC coefficients. */
    public static final HuffmanTable AC_CHROMINANCE = of(StandardTables.AC_CHROMINANCE_BITS,
            StandardTables.AC_CHROMINANCE_VALUES);

    private final int[] bits;
    private final int[] values;
    private final int[] codes = new int[256];
    private final byte[] sizes = new byte[256];
    /** Indexed by the next {@value #LOOKAHEAD} bits: {@code size << 16 | symbol}, or 0 for a longer code. */
    final int[] lookup = new int[1 << LOOKAHEAD];
    /** Largest code of each length 1-16, -1 when there is none (F.2.2.3 MAXCODE); index 17 is a sentinel. */
    final int[] maxCode = new int[18];
    /** Offset between a code of each length and its symbol's index in {@link #values}: VALPTR - MINCODE. */
    final int[] valueOffset = new int[17];

    private HuffmanTable(int[] bits, int[] values) {
        this.bits = bits;
        this.values = values;
        Arrays.fill(maxCode, -1);
        maxCode[17] = Integer.MAX_VALUE;
        int code = 0;
        int k = 0;
        for (int len = 1; len <= 16; len++) {
            int n = bits[len - 1];
            if (n > 0) {
                valueOffset[len] = k - code;
                for (int i = 0; i < n; i++, k++, code++) {
                    int symbol = values[k];
                    codes[symbol] = code;
                    sizes[symbol] = (byte) len;
                    if (len <= LOOKAHEAD) {
                        int shift = LOOKAHEAD - len;
                        Arrays.fill(lookup, code << shift, (code + 1) << shift, len << 16 | symbol);
                    }
                }
                maxCode[len] = code - 1;
            }
            code <<= 1;
        }
    }

    /**
     * A table from its DHT form.
     *
     * @param bits   16 counts: how many codes have length 1, 2, ... 16
     * @param values the symbols (0-255), as many as the counts add up to, shortest codes first
     * @throws CodecFailure when the counts are out of range, do not match the symbols, or ask for more codes of a
     *                      length than there are (the table would not be a prefix code)
     */
    public static HuffmanTable of(int[] bits, int[] values) {
        if (bits.length != 16) {
            throw new CodecFailure("Huffman table needs 16 code-length counts, not " + bits.length);
        }
        int total = 0;
        long available = 1;
        for (int len = 1; len <= 16; len++) {
            int n = bits[len - 1];
            available <<= 1;
            if (n < 0 || n > available) {
                throw new CodecFailure("Huffman table has " + n + " codes of length " + len
                        + " but only " + available + " fit");
            }
            available -= n;
            total += n;
        }
        if (total != values.length || total > 256) {
            throw new CodecFailure("Huffman table counts " + total + " codes but lists " + values.length
                    + " symbols");
        }
        for (int v : values) {
            if (v < 0 || v > 255) {
                throw new CodecFailure("Huffman symbol " + v + " outside 0-255");
            }
        }
        return new HuffmanTable(bits.clone(), values.clone());
    }

    /**
     * The optimal table for symbols with the given frequencies, built as T.81 K.2 describes: a Huffman code over
     * the symbols plus one reserved symbol (so that no code is all 1-bits), code lengths then limited to 16 bits
     * (Figure K.3), and the reserved code removed.
     *
     * @param frequencies occurrences of each symbol 0..n-1 (n at most 256); symbols that never occur get no code
     */
    public static HuffmanTable optimal(long[] frequencies) {
        int[] lengths = OptimalCodeLengths.of(frequencies);
        int[] bits = new int[16];
        int count = 0;
        for (int len = 1; len <= 16; len++) {
            for (int s = 0; s < lengths.length; s++) {
                if (lengths[s] == len) {
                    bits[len - 1]++;
                    count++;
                }
            }
        }
        int[] values = new int[count];
        int k = 0;
        for (int len = 1; len <= 16; len++) {
            for (int s = 0; s < lengths.length; s++) {
                if (lengths[s] == len) {
                    values[k++] = s;
                }
            }
        }
        return of(bits, values);
    }

    /** The 16 counts of codes of length 1..16 (a copy). */
    public int[] bits() {
        return bits.clone();
    }

    /** The symbols in code order (a copy). */
    public int[] values() {
        return values.clone();
    }

    /** The code of {@code symbol}, right-aligned in {@link #size(int)} bits. */
    public int code(int symbol) {
        return codes[symbol];
    }

    /** The length of the code of {@code symbol}, 0 when the table has none for it. */
    public int size(int symbol) {
        return sizes[symbol];
    }

    /**
     * The code at the start of {@code peek16} (the next 16 bits), of any length, as {@code length << 16 | symbol};
     * -1 when no code starts there.
     */
    int decodeAny(int peek16) {
        int entry = lookup[peek16 >>> (16 - LOOKAHEAD)];
        return entry != 0 ? entry : decodeLong(peek16);
    }

    /** Symbol of the code at the start of {@code peek16} (the next 16 bits) whose length is over the lookahead. */
    int decodeLong(int peek16) {
        for (int len = LOOKAHEAD + 1; len <= 16; len++) {
            int code = peek16 >>> (16 - len);
            if (code <= maxCode[len]) {
                return len << 16 | values[valueOffset[len] + code];
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HuffmanTable t && Arrays.equals(bits, t.bits) && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bits) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "HuffmanTable" + Arrays.toString(bits);
    }
}
