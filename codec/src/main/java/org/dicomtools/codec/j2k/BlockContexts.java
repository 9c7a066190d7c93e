// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

/**
 * The context look-up tables of tier-1 encoding (ISO 15444-1 D.3), laid out for {@link BlockCoder}'s column words:
 * significance contexts 0 to 8 by subband orientation and neighbourhood (Table D.1), sign contexts 9 to 13 with
 * their XOR bit (Tables D.2, D.3) and magnitude refinement contexts 14 to 16 (Table D.4). The rules themselves are
 * {@link Tier1Contexts}'; this class only maps the coder's bits onto them, once, at class initialisation.
 */
final class BlockContexts {

    private BlockContexts() {
    }

    /** Refinement context symbol ({@code context << 1}) by refined-before (bit 1) and any neighbour (bit 0). */
    static final int[] REFINEMENT = new int[4];

    /**
     * Significance context per orientation and nine-bit neighbourhood (Table D.1); neighbourhood bits: 0 NW, 1 N,
     * 2 NE, 3 W, 4 itself, 5 E, 6 SW, 7 S, 8 SE.
     */
    static final byte[][] SIGNIFICANCE = new byte[4][512];
    /**
     * Sign symbol less the sign ({@code context << 1 | xor}, Tables D.2, D.3) per pattern of the direct neighbours,
     * indexed by their bits as they lie in {@link BlockCoder}'s column words (see its {@code signPattern}).
     */
    static final byte[] SIGN = new byte[256];

    static {
        for (int i = 0; i < REFINEMENT.length; i++) {
            REFINEMENT[i] = Tier1Contexts.refinementContext((i & 2) != 0, (i & 1) != 0) << 1;
        }
        for (int orientation = 0; orientation < 4; orientation++) {
            for (int f = 0; f < 512; f++) {
                SIGNIFICANCE[orientation][f] = (byte) Tier1Contexts.zeroContextOfWindow(orientation, f);
            }
        }
        for (int f = 0; f < 256; f++) {
            // Index bits: significance of N (0), W (2), E (4), S (6); signs of N (1), S (3), W (5), E (7).
            int h = contribution(f, 2, 5) + contribution(f, 4, 7);
            int v = contribution(f, 0, 1) + contribution(f, 6, 3);
            SIGN[f] = (byte) Tier1Contexts.signContext(h, v);
        }
    }

    private static int contribution(int f, int sigBit, int negBit) {
        return Tier1Contexts.contribution((f >> sigBit & 1) != 0, (f >> negBit & 1) != 0);
    }
}
