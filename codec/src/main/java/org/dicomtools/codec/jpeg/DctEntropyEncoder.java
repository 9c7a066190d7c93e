// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

/**
 * Huffman coding of quantised 8×8 blocks for sequential DCT scans (T.81 F.1.2): the DC difference as a category
 * symbol plus additional bits, the AC coefficients as run/size symbols with ZRL and EOB.
 *
 * <p>The same code serves both passes of an encoder that builds optimal tables: a counting coder only tallies the
 * symbols per table slot, a writing coder emits codes and bits to a {@link BitWriter}.
 */
final class DctEntropyEncoder {

    private final BitWriter out;
    private final long[][] dcFrequencies;
    private final long[][] acFrequencies;
    private HuffmanTable dc;
    private HuffmanTable ac;
    private long[] dcCount;
    private long[] acCount;

    private DctEntropyEncoder(BitWriter out, int slots) {
        this.out = out;
        this.dcFrequencies = out == null ? new long[slots][256] : null;
        this.acFrequencies = out == null ? new long[slots][256] : null;
    }

    /** A coder that writes codes of the tables given to {@link #use}. */
    static DctEntropyEncoder writing(BitWriter out) {
        return new DctEntropyEncoder(out, 0);
    }

    /** A coder that counts the symbols of table slots 0..slots-1. */
    static DctEntropyEncoder counting(int slots) {
        return new DctEntropyEncoder(null, slots);
    }

    boolean isCounting() {
        return out == null;
    }

    /** Selects the tables (writing) or the slot whose tables' symbols are counted (counting) for what follows. */
    void use(HuffmanTable dcTable, HuffmanTable acTable, int slot) {
        if (out == null) {
            dcCount = dcFrequencies[slot];
            acCount = acFrequencies[slot];
        } else {
            dc = dcTable;
            ac = acTable;
        }
    }

    /** Frequencies of the DC symbols counted for a slot. */
    long[] dcFrequencies(int slot) {
        return dcFrequencies[slot];
    }

    /** Frequencies of the AC symbols counted for a slot. */
    long[] acFrequencies(int slot) {
        return acFrequencies[slot];
    }

    /** Ends a restart interval with marker RSTm (nothing when counting). */
    void restart(int m) {
        if (out != null) {
            out.marker(Markers.RST0 + (m & 7));
        }
    }

    /**
     * Codes one block.
     *
     * @param coef quantised coefficients in zig-zag order from {@code off}
     * @param pred the previous DC value of the component
     * @return the block's DC value, the next prediction
     */
    int block(short[] coef, int off, int pred) {
        int dcValue = coef[off];
        int diff = dcValue - pred;
        int size = category(diff);
        if (out == null) {
            dcCount[size]++;
        } else {
            out.write(dc.code(size), dc.size(size));
            if (size != 0) {
                out.write(diff < 0 ? diff - 1 : diff, size);
            }
        }
        int run = 0;
        for (int k = 1; k < 64; k++) {
            int v = coef[off + k];
            if (v == 0) {
                run++;
                continue;
            }
            for (; run > 15; run -= 16) {
                symbol(0xF0);
            }
            int s = category(v);
            symbol(run << 4 | s);
            if (out != null) {
                out.write(v < 0 ? v - 1 : v, s);
            }
            run = 0;
        }
        if (run > 0) {
            symbol(0x00);
        }
        return dcValue;
    }

    private void symbol(int rs) {
        if (out == null) {
            acCount[rs]++;
        } else {
            out.write(ac.code(rs), ac.size(rs));
        }
    }

    /** SSSS of T.81 Tables F.1/F.2: bits needed for the magnitude of {@code v}. */
    static int category(int v) {
        return 32 - Integer.numberOfLeadingZeros(v < 0 ? -v : v);
    }
}
