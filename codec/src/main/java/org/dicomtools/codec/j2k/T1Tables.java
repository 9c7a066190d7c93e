// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

/**
 * The fixed tables of JPEG 2000 tier-1 decoding (ISO 15444-1 Annexes C and D), kept apart so the encoder's copies
 * can be merged with them: the MQ coder's probability states (Table C.2), the context labels of zero coding
 * (Table D.1) and sign coding (Table D.3), and the bits of the per-coefficient flags word the lookups index.
 */
final class T1Tables {
    // Flags word of one coefficient: neighbours' significance (8 bits), their signs (4 bits), then its own state.
    static final int SIG_N = 1;
    static final int SIG_S = 1 << 1;
    static final int SIG_W = 1 << 2;
    static final int SIG_E = 1 << 3;
    static final int SIG_NW = 1 << 4;
    static final int SIG_NE = 1 << 5;
    static final int SIG_SW = 1 << 6;
    static final int SIG_SE = 1 << 7;
    static final int NEIGHBOURS = 0xFF;
    static final int NEG_N = 1 << 8;
    static final int NEG_S = 1 << 9;
    static final int NEG_W = 1 << 10;
    static final int NEG_E = 1 << 11;
    static final int SIG = 1 << 12;
    static final int REFINED = 1 << 13;
    static final int VISITED = 1 << 14;
    static final int NEG = 1 << 15;
    /** What the vertically causal mode hides from the last row of a stripe: the next stripe's samples (D.7). */
    static final int BELOW = SIG_S | SIG_SW | SIG_SE | NEG_S;

    // Context labels (Table D.7 order): 0-8 zero coding, 9-13 sign, 14-16 refinement, 17 run length, 18 uniform.
    static final int CX_MR = 14;
    static final int CX_RUN = 17;
    static final int CX_UNIFORM = 18;
    static final int CONTEXTS = 19;

    // Sub-band orientations as the zero-coding table is indexed.
    static final int LL = 0;
    static final int HL = 1;
    static final int LH = 2;
    static final int HH = 3;

    /** MQ states as 2 * index + MPS: the probability estimate, and the next state after an MPS and an LPS. */
    static final int[] QE = new int[94];
    static final int[] NEXT_MPS = new int[94];
    static final int[] NEXT_LPS = new int[94];

    /** The next state after an MPS and an LPS, packed: Qe << 8 | 2 * index + MPS, as the decoders keep states. */
    static final int[] PACKED_MPS = new int[94];
    static final int[] PACKED_LPS = new int[94];
    /** {@link #PACKED_MPS} then {@link #PACKED_LPS}, for a branch-free choice between them. */
    static final int[] PACKED_NEXT = new int[188];

    /** Zero-coding context by orientation << 8 | neighbours' significance. */
    static final byte[] ZC = new byte[4 << 8];
    /**
     * Zero-coding context by orientation << 9 | the 3 x 3 significance window around a sample as the tier-1
     * flags words hold it: bits 0-2 the row above (west to east), 3-5 its own row, 6-8 the row below.
     */
    static final byte[] ZC9 = new byte[4 << 9];
    /** Sign context << 1 | the bit to xor the decoded symbol with, by the neighbours' significance and signs. */
    static final byte[] SC = new byte[256];

    private static final int[][] STATES = {
        {0x5601, 1, 1, 1}, {0x3401, 2, 6, 0}, {0x1801, 3, 9, 0}, {0x0AC1, 4, 12, 0}, {0x0521, 5, 29, 0},
        {0x0221, 38, 33, 0}, {0x5601, 7, 6, 1}, {0x5401, 8, 14, 0}, {0x4801, 9, 14, 0}, {0x3801, 10, 14, 0},
        {0x3001, 11, 17, 0}, {0x2401, 12, 18, 0}, {0x1C01, 13, 20, 0}, {0x1601, 29, 21, 0}, {0x5601, 15, 14, 1},
        {0x5401, 16, 14, 0}, {0x5101, 17, 15, 0}, {0x4801, 18, 16, 0}, {0x3801, 19, 17, 0}, {0x3401, 20, 18, 0},
        {0x3001, 21, 19, 0}, {0x2801, 22, 19, 0}, {0x2401, 23, 20, 0}, {0x2201, 24, 21, 0}, {0x1C01, 25, 22, 0},
        {0x1801, 26, 23, 0}, {0x1601, 27, 24, 0}, {0x1401, 28, 25, 0}, {0x1201, 29, 26, 0}, {0x1101, 30, 27, 0},
        {0x0AC1, 31, 28, 0}, {0x09C1, 32, 29, 0}, {0x08A1, 33, 30, 0}, {0x0521, 34, 31, 0}, {0x0441, 35, 32, 0},
        {0x02A1, 36, 33, 0}, {0x0221, 37, 34, 0}, {0x0141, 38, 35, 0}, {0x0111, 39, 36, 0}, {0x0085, 40, 37, 0},
        {0x0049, 41, 38, 0}, {0x0025, 42, 39, 0}, {0x0015, 43, 40, 0}, {0x0009, 44, 41, 0}, {0x0005, 45, 42, 0},
        {0x0001, 45, 43, 0}, {0x5601, 46, 46, 0},
    };

    static {
        for (int i = 0; i < STATES.length; i++) {
            for (int mps = 0; mps < 2; mps++) {
                int s = 2 * i + mps;
                QE[s] = STATES[i][0];
                NEXT_MPS[s] = 2 * STATES[i][1] + mps;
                NEXT_LPS[s] = 2 * STATES[i][2] + (STATES[i][3] == 1 ? 1 - mps : mps);
            }
        }
        for (int s = 0; s < 94; s++) {
            PACKED_MPS[s] = packed(NEXT_MPS[s]);
            PACKED_LPS[s] = packed(NEXT_LPS[s]);
            PACKED_NEXT[s] = PACKED_MPS[s];
            PACKED_NEXT[94 + s] = PACKED_LPS[s];
        }
        for (int orientation = 0; orientation < 4; orientation++) {
            for (int f = 0; f < 256; f++) {
                ZC[orientation << 8 | f] = (byte) zeroContext(orientation, f);
            }
        }
        for (int f = 0; f < 256; f++) {
            SC[f] = (byte) signContext(f);
        }
        int[] window = {SIG_NW, SIG_N, SIG_NE, SIG_W, 0, SIG_E, SIG_SW, SIG_S, SIG_SE};
        for (int orientation = 0; orientation < 4; orientation++) {
            for (int win = 0; win < 512; win++) {
                int f = 0;
                for (int b = 0; b < 9; b++) {
                    if ((win >> b & 1) != 0) {
                        f |= window[b];
                    }
                }
                ZC9[orientation << 9 | win] = (byte) zeroContext(orientation, f);
            }
        }
    }

    private T1Tables() {
    }

    /** State {@code s} (2 * index + MPS) packed with its probability: Qe << 8 | s. */
    static int packed(int s) {
        return QE[s] << 8 | s;
    }

    /** Resets {@code states} to the initial states of Table D.7, packed. */
    static void resetStates(int[] states) {
        java.util.Arrays.fill(states, 0, CONTEXTS, packed(0));
        states[0] = packed(2 * 4);
        states[CX_RUN] = packed(2 * 3);
        states[CX_UNIFORM] = packed(2 * 46);
    }

    /** Table D.1. */
    private static int zeroContext(int orientation, int f) {
        int h = bit(f, SIG_W) + bit(f, SIG_E);
        int v = bit(f, SIG_N) + bit(f, SIG_S);
        int d = bit(f, SIG_NW) + bit(f, SIG_NE) + bit(f, SIG_SW) + bit(f, SIG_SE);
        if (orientation == HL) {
            int t = h;
            h = v;
            v = t;
        }
        if (orientation == HH) {
            int hv = h + v;
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
        if (h == 2) {
            return 8;
        }
        if (h == 1) {
            return v >= 1 ? 7 : d >= 1 ? 6 : 5;
        }
        if (v >= 1) {
            return 2 + v;
        }
        return d >= 2 ? 2 : d;
    }

    /** Table D.3, indexed by the neighbours' significance (N, S, W, E in bits 0-3) and signs (bits 4-7). */
    private static int signContext(int index) {
        int f = (index & 0xF) | (index & 0xF0) << 4;
        int h = contribution(f, SIG_W, NEG_W) + contribution(f, SIG_E, NEG_E);
        int v = contribution(f, SIG_N, NEG_N) + contribution(f, SIG_S, NEG_S);
        h = Math.max(-1, Math.min(1, h));
        v = Math.max(-1, Math.min(1, v));
        int xor = 0;
        if (h < 0 || (h == 0 && v < 0)) {
            h = -h;
            v = -v;
            xor = 1;
        }
        int context = h == 0 ? 9 + v : 12 + v;
        return context << 1 | xor;
    }

    /** Index into {@link #SC} for the flags word {@code f}. */
    static int signIndex(int f) {
        return (f & 0xF) | (f >> 4 & 0xF0);
    }

    private static int contribution(int f, int sig, int neg) {
        return (f & sig) == 0 ? 0 : (f & neg) == 0 ? 1 : -1;
    }

    private static int bit(int f, int mask) {
        return (f & mask) == 0 ? 0 : 1;
    }
}
