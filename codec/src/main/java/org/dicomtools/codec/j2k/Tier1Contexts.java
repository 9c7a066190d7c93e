// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

/**
 * The context labels of tier-1 coding (ISO 15444-1 Annex D) and the rules that choose them: zero coding by sub-band
 * orientation and significant neighbours (Table D.1), sign coding by the neighbours' contributions (Tables D.2,
 * D.3), magnitude refinement (Table D.4), and the initial MQ state of each context (Table D.7).
 *
 * <p>The rules are kept once here, as small functions of neighbour counts and contributions, for both coders: the
 * encoder's {@link BlockContexts} and the decoder's {@link T1Tables} each build their own look-up tables from them
 * when their class is initialised, indexed by the bits of their own flags words. Nothing here is called while coding.
 */
final class Tier1Contexts {
    /** Sub-band orientations, in their order within a resolution level (B.5), as Table D.1 tells them apart. */
    static final int LL = 0;
    static final int HL = 1;
    static final int LH = 2;
    static final int HH = 3;

    // Context labels, numbered as in Table D.7.
    /** Zero coding, labels 0 to 8 (Table D.1). */
    static final int ZERO_CODING = 0;
    /** Sign coding, labels 9 to 13 (Table D.3). */
    static final int SIGN = 9;
    /** Magnitude refinement, labels 14 to 16 (Table D.4). */
    static final int MAGNITUDE = 14;
    /** Run-length coding in the cleanup pass (D.3.4). */
    static final int RUN_LENGTH = 17;
    /** The uniform context, for the position after a run interruption and segmentation symbols. */
    static final int UNIFORM = 18;
    /** Number of contexts. */
    static final int COUNT = 19;

    private Tier1Contexts() {
    }

    /**
     * Table D.1: the zero-coding context of a coefficient in a sub-band of {@code orientation} whose horizontal,
     * vertical and diagonal neighbours include {@code h} (0-2), {@code v} (0-2) and {@code d} (0-4) significant ones.
     */
    static int zeroContext(int orientation, int h, int v, int d) {
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
        if (orientation == HL) {
            int t = h;
            h = v;
            v = t;
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

    /**
     * {@link #zeroContext} for the 3 x 3 neighbourhood of a coefficient as both coders' flags words hold it, in
     * raster order: bits 0-2 the row above (west to east), 3-5 its own row (bit 4 itself, ignored), 6-8 the row
     * below.
     */
    static int zeroContextOfWindow(int orientation, int window) {
        int h = (window >> 3 & 1) + (window >> 5 & 1);
        int v = (window >> 1 & 1) + (window >> 7 & 1);
        int d = (window & 1) + (window >> 2 & 1) + (window >> 6 & 1) + (window >> 8 & 1);
        return zeroContext(orientation, h, v, d);
    }

    /**
     * Table D.2: a direct neighbour's contribution to the sign context, +1 if it is significant and positive, -1 if
     * significant and negative, 0 if not significant.
     */
    static int contribution(boolean significant, boolean negative) {
        return !significant ? 0 : negative ? -1 : 1;
    }

    /**
     * Table D.3: the sign-coding context and the bit the sign is xored with, as {@code context << 1 | xor}, for the
     * summed contributions of the west and east neighbours ({@code hContribution}) and of the north and south ones
     * ({@code vContribution}), each -2 to 2 (they count only as -1, 0 or 1).
     */
    static int signContext(int hContribution, int vContribution) {
        int h = Integer.signum(hContribution);
        int v = Integer.signum(vContribution);
        int xor = 0;
        if (h < 0 || h == 0 && v < 0) {
            h = -h;
            v = -v;
            xor = 1;
        }
        int context = h == 0 ? SIGN + v : SIGN + 3 + v;
        return context << 1 | xor;
    }

    /**
     * Table D.4: the magnitude-refinement context of a coefficient, by whether it was refined before (in an earlier
     * bit-plane) and, for its first refinement, whether any of its eight neighbours is significant.
     */
    static int refinementContext(boolean refinedBefore, boolean anySignificantNeighbour) {
        if (refinedBefore) {
            return MAGNITUDE + 2;
        }
        return anySignificantNeighbour ? MAGNITUDE + 1 : MAGNITUDE;
    }

    /**
     * Table D.7: the MQ state index (Table C.2) each context starts from, with MPS 0: 46 for the uniform context, 3
     * for run-length, 4 for the zero-coding context of a coefficient without significant neighbours, 0 for the rest.
     */
    static int initialState(int context) {
        return switch (context) {
            case UNIFORM -> 46;
            case RUN_LENGTH -> 3;
            case ZERO_CODING -> 4;
            default -> 0;
        };
    }
}
