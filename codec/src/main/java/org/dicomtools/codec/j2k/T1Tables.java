// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

/**
 * The look-up tables of JPEG 2000 tier-1 decoding (ISO 15444-1 Annexes C and D), laid out for the decoder: the MQ
 * coder's packed state transitions, derived from Table C.2 ({@link MqStates}), and the context labels of zero
 * coding (Table D.1) and sign coding (Table D.3), derived from the rules of {@link Tier1Contexts} for the bits of
 * {@link BlockDecoder}'s flags words. All are built once, at class initialisation.
 */
final class T1Tables {
    /** MQ state transitions by state 2 * index + MPS, packed as {@link #packed}: after an MPS and after an LPS. */
    static final int[] PACKED_MPS = new int[2 * MqStates.COUNT];
    static final int[] PACKED_LPS = new int[2 * MqStates.COUNT];
    /** {@link #PACKED_MPS} then {@link #PACKED_LPS}, for a branch-free choice between them. */
    static final int[] PACKED_NEXT = new int[4 * MqStates.COUNT];
    /** The packed states of a new code-block or segment (Table D.7). */
    private static final int[] INITIAL = new int[Tier1Contexts.COUNT];

    /**
     * Zero-coding context by orientation << 9 | the 3 x 3 significance window around a sample as the tier-1
     * flags words hold it: bits 0-2 the row above (west to east), 3-5 its own row, 6-8 the row below.
     */
    static final byte[] ZC9 = new byte[4 << 9];
    /**
     * Sign context << 1 | the bit to xor the decoded symbol with, by the neighbours' significance (N, S, W, E in
     * bits 0-3) and signs (1 negative, N, S, W, E in bits 4-7).
     */
    static final byte[] SC = new byte[256];

    static {
        int states = 2 * MqStates.COUNT;
        for (int i = 0; i < MqStates.COUNT; i++) {
            for (int mps = 0; mps < 2; mps++) {
                int s = 2 * i + mps;
                PACKED_MPS[s] = packed(2 * MqStates.nextMps(i) + mps);
                PACKED_LPS[s] = packed(2 * MqStates.nextLps(i) + MqStates.mpsAfterLps(i, mps));
                PACKED_NEXT[s] = PACKED_MPS[s];
                PACKED_NEXT[states + s] = PACKED_LPS[s];
            }
        }
        for (int cx = 0; cx < Tier1Contexts.COUNT; cx++) {
            INITIAL[cx] = packed(2 * Tier1Contexts.initialState(cx));
        }
        for (int orientation = 0; orientation < 4; orientation++) {
            for (int win = 0; win < 512; win++) {
                ZC9[orientation << 9 | win] = (byte) Tier1Contexts.zeroContextOfWindow(orientation, win);
            }
        }
        for (int f = 0; f < 256; f++) {
            int h = contribution(f, 2) + contribution(f, 3);
            int v = contribution(f, 0) + contribution(f, 1);
            SC[f] = (byte) Tier1Contexts.signContext(h, v);
        }
    }

    private T1Tables() {
    }

    /** State {@code s} (2 * index + MPS) packed with its probability: Qe << 8 | s. */
    static int packed(int s) {
        return MqStates.qe(s >> 1) << 8 | s;
    }

    /** Resets {@code states} to the initial states of Table D.7, packed. */
    static void resetStates(int[] states) {
        System.arraycopy(INITIAL, 0, states, 0, INITIAL.length);
    }

    /** Table D.2's contribution of the neighbour whose significance is bit {@code k} of {@link #SC}'s index. */
    private static int contribution(int index, int k) {
        return Tier1Contexts.contribution((index >> k & 1) != 0, (index >> (k + 4) & 1) != 0);
    }
}
