// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

/**
 * The context tables of tier-1 coding (ISO 15444-1 D.3): significance contexts 0 to 8 by subband orientation and
 * neighbourhood (Table D.1), sign contexts 9 to 13 with their XOR bit (Tables D.2, D.3) and magnitude refinement
 * contexts 14 to 16 (Table D.4), laid out for {@link BlockCoder}'s look-ups.
 */
final class BlockContexts {

    private BlockContexts() {
    }

    /** First magnitude refinement context (Table D.4: 14, 15, 16). */
    static final int MAGNITUDE = 14;
    /** Refinement context symbol ({@code context << 1}) by refined-before (bit 1) and any neighbour (bit 0). */
    static final int[] REFINEMENT = {MAGNITUDE << 1, MAGNITUDE + 1 << 1, MAGNITUDE + 2 << 1, MAGNITUDE + 2 << 1};

    /** Significance context per orientation and nine-bit neighbourhood (Table D.1). */
    static final byte[][] SIGNIFICANCE = new byte[4][512];
    /**
     * Sign symbol less the sign ({@code context << 1 | xor}, Tables D.2, D.3) per pattern of the direct neighbours,
     * indexed by their bits as they lie in {@link BlockCoder}'s column words (see its {@code signPattern}).
     */
    static final byte[] SIGN = new byte[256];

    static {
        for (int f = 0; f < 512; f++) {
            // Neighbourhood bits: 0 NW, 1 N, 2 NE, 3 W, 4 itself, 5 E, 6 SW, 7 S, 8 SE.
            int h = (f >> 3 & 1) + (f >> 5 & 1);
            int v = (f >> 1 & 1) + (f >> 7 & 1);
            int d = (f & 1) + (f >> 2 & 1) + (f >> 6 & 1) + (f >> 8 & 1);
            SIGNIFICANCE[BlockCoder.LL][f] = (byte) zeroContext(h, v, d);
            SIGNIFICANCE[BlockCoder.LH][f] = (byte) zeroContext(h, v, d);
            SIGNIFICANCE[BlockCoder.HL][f] = (byte) zeroContext(v, h, d);
            SIGNIFICANCE[BlockCoder.HH][f] = (byte) diagonalContext(h + v, d);
        }
        for (int f = 0; f < 256; f++) {
            // Index bits: significance of N (0), W (2), E (4), S (6); signs of N (1), S (3), W (5), E (7).
            int hc = Math.max(-1, Math.min(1, contribution(f, 2, 5) + contribution(f, 4, 7)));
            int vc = Math.max(-1, Math.min(1, contribution(f, 0, 1) + contribution(f, 6, 3)));
            int cx;
            int xor;
            if (hc == 0) {
                cx = vc == 0 ? 9 : 10;
                xor = vc < 0 ? 1 : 0;
            } else {
                cx = 12 + hc * vc;
                xor = hc < 0 ? 1 : 0;
            }
            SIGN[f] = (byte) (cx << 1 | xor);
        }
    }

    private static int zeroContext(int h, int v, int d) {
        if (h == 2) {
            return 8;
        }
        if (h == 1) {
            return v >= 1 ? 7 : d >= 1 ? 6 : 5;
        }
        if (v == 2) {
            return 4;
        }
        if (v == 1) {
            return 3;
        }
        return d >= 2 ? 2 : d;
    }

    private static int diagonalContext(int hv, int d) {
        if (d >= 3) {
            return 8;
        }
        if (d == 2) {
            return hv >= 1 ? 7 : 6;
        }
        if (d == 1) {
            return hv >= 2 ? 5 : hv == 1 ? 4 : 3;
        }
        return hv >= 2 ? 2 : hv;
    }

    /** +1, -1 or 0 for a direct neighbour that is significant and positive, negative, or not significant. */
    private static int contribution(int f, int sigBit, int negBit) {
        if ((f & 1 << sigBit) == 0) {
            return 0;
        }
        return (f & 1 << negBit) != 0 ? -1 : 1;
    }
}
