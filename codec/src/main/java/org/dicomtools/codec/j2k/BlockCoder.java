// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import java.util.Arrays;

/**
 * Tier-1 coding of one code-block (ISO 15444-1 Annex D) with code-block style 0: every bit-plane from the most
 * significant non-zero one down to bit 0 in the three passes of D.3 (significance propagation, magnitude refinement,
 * cleanup; the first plane has only the cleanup pass), stripes of four rows scanned column by column (D.2.1), all
 * passes in one MQ codeword terminated once at the end (D.4.1). Zero bit-planes above the block's largest magnitude
 * are not coded; tier-2 signals them.
 *
 * <p>Built for speed, as most of the encoder's time is spent here. The state lives in one int per stripe column
 * ({@code columns}), in the manner of OpenJPEG's flag words: the significance of the 3 x 6 samples around the four
 * (the column and its two neighbours, from the row above the stripe to the row below), the sign of the column's six,
 * and per row of the stripe whether it was refined and whether this plane's significance pass coded it. So one load
 * says whether a pass has anything to do in a column (nothing around: skip, or code it as a run; all four
 * significant: only refinement), a context is a shift, a mask and a table look-up (Tables D.1 to D.4), and a
 * coefficient that becomes significant updates three words (six at a stripe's edge) instead of eight neighbours.
 * Magnitudes are stored stripe column by stripe column, with the sign in bit 31. The rows of a full stripe are coded
 * by small methods called with constant row numbers, so the compiled passes shift by constants, test the plane's bit
 * with a mask and keep the column's word in a register; the partial last stripe takes a plain loop. The passes write
 * their decisions to an array that {@link MqEncoder} codes in one tight loop with its registers in locals.
 *
 * <p>Context labels ({@link Tier1Contexts}): 0 to 8 significance (Table D.1), 9 to 13 sign (Table D.3), 14 to 16
 * refinement (Table D.4), 17 run-length, 18 uniform. Not thread-safe: one per thread, reused block after block.
 */
final class BlockCoder {
    /** Largest code-block side. */
    static final int MAX = 64;

    /*
     * Column word bits. Significance of row r (-1 to 4, -1 and 4 being the rows just outside the stripe) in the
     * west neighbour column, this column and the east one: bits 3(r+1), 3(r+1)+1, 3(r+1)+2. So the 3 x 3
     * neighbourhood of row r (0 to 3) is the nine bits from 3r, with the sample itself at 3r + 4.
     */
    private static final int SIGMAS = (1 << 18) - 1;
    private static final int NEIGHBOURHOOD = 0x1EF;
    /** Significance of the column's own four rows. */
    private static final int SELF4 = 1 << 4 | 1 << 7 | 1 << 10 | 1 << 13;
    /** Sign (negative) of this column's rows -1 to 4: bits 18 to 23. */
    private static final int CHI = 18;
    /** Refined at least once, rows 0 to 3: bits 24 to 27. */
    private static final int MU = 24;
    /** Coded in this plane's significance pass, rows 0 to 3: bits 28 to 31. */
    private static final int PI = 28;
    private static final int PI4 = 0xF << PI;

    private static final int CX_MAG = Tier1Contexts.MAGNITUDE;
    private static final int[] REFINEMENT = BlockContexts.REFINEMENT;
    private static final byte[][] ZC = BlockContexts.SIGNIFICANCE;
    private static final byte[] SC = BlockContexts.SIGN;

    private final MqEncoder mq = new MqEncoder();
    /** Magnitude with the sign in bit 31, stripe by stripe, column by column, four rows each. */
    private final int[] magnitude = new int[MAX * MAX];
    /** Column words with a border: stripe s, column x at {@code (s + 1) * (width + 2) + x + 1}. */
    private final int[] columns = new int[(MAX / 4 + 2) * (MAX + 2)];
    /** One pass's decisions, {@code context << 1 | bit}; a pass makes at most 2.5 per coefficient. */
    private final int[] symbols = new int[3 * MAX * MAX];
    private int count;
    private int width;
    private int height;
    private int pitch;
    private byte[] zc;
    private int bitPlanes;
    private int passes;
    private int length;

    /**
     * Codes the {@code w x h} block of coefficients at {@code (x0, y0)} in {@code plane} (row stride
     * {@code planeStride}) from a subband of orientation {@code orientation}. The results are then in
     * {@link #bitPlanes()}, {@link #passes()}, {@link #length()} and {@link #data()}.
     */
    void code(int[] plane, int planeStride, int x0, int y0, int w, int h, int orientation) {
        width = w;
        height = h;
        pitch = w + 2;
        zc = ZC[orientation];
        int stripes = (h + 3) >> 2;
        Arrays.fill(columns, 0, (stripes + 2) * pitch, 0);
        int all = 0;
        for (int y = 0; y < h; y++) {
            int from = (y0 + y) * planeStride + x0;
            int to = (y >> 2) * 4 * w + (y & 3);
            for (int x = 0; x < w; x++, to += 4) {
                int v = plane[from + x];
                int m = Math.abs(v);
                all |= m;
                magnitude[to] = m | (v & 0x80000000);
            }
        }
        if ((h & 3) != 0) {
            // Rows past the end of the last stripe: never coded, but kept zero for the run-length test.
            int last = (h >> 2) * 4 * w;
            for (int x = 0; x < w; x++) {
                for (int r = h & 3; r < 4; r++) {
                    magnitude[last + 4 * x + r] = 0;
                }
            }
        }
        bitPlanes = 32 - Integer.numberOfLeadingZeros(all);
        mq.reset();
        count = 0;
        if (bitPlanes == 0) {
            passes = 0;
            length = 0;
            return;
        }
        passes = 3 * bitPlanes - 2;
        for (int bp = bitPlanes - 1; bp >= 0; bp--) {
            if (bp < bitPlanes - 1) {
                significancePass(bp);
                flushSymbols();
                refinementPass(bp);
                flushSymbols();
            }
            cleanupPass(bp);
            flushSymbols();
        }
        length = mq.flush();
    }

    /** Magnitude bit-planes coded (the block's largest magnitude's bit length); 0 for an all-zero block. */
    int bitPlanes() {
        return bitPlanes;
    }

    /** Coding passes in the codeword: {@code 3 * bitPlanes - 2}, or 0. */
    int passes() {
        return passes;
    }

    /** Bytes of the codeword. */
    int length() {
        return length;
    }

    /** The codeword's bytes, from index 1 ({@code data()[1 .. length]}). */
    byte[] data() {
        return mq.buffer();
    }

    private void flushSymbols() {
        mq.encode(symbols, count);
        count = 0;
    }

    /**
     * D.3.1: coefficients not yet significant with a significant neighbour. A column with nothing significant
     * around it, or with all four significant, is skipped on one test.
     */
    private void significancePass(int bp) {
        int[] cw = columns;
        int[] mag = magnitude;
        int[] sym = symbols;
        byte[] ctx = zc;
        int n = count;
        for (int y0 = 0, s = 0; y0 < height; y0 += 4, s++) {
            int rows = Math.min(4, height - y0);
            int wi = (s + 1) * pitch + 1;
            int mi = s * 4 * width;
            if (n > 1024) {
                // Keep the buffer small enough to stay in the first-level cache with the block's state.
                mq.encode(sym, n);
                n = 0;
            }
            for (int x = 0; x < width; x++, wi++, mi += 4) {
                int word = cw[wi];
                if ((word & SIGMAS) == 0 || (word & SELF4) == SELF4) {
                    continue;
                }
                if (rows == 4) {
                    // Rows as constants, so every shift is by a constant and the plane bit is a mask test.
                    int one = 1 << bp;
                    long state = (long) n << 32 | word & 0xFFFFFFFFL;
                    state = significanceRow(state, wi, mi, 0, one);
                    state = significanceRow(state, wi, mi, 1, one);
                    state = significanceRow(state, wi, mi, 2, one);
                    state = significanceRow(state, wi, mi, 3, one);
                    cw[wi] = (int) state;
                    n = (int) (state >>> 32);
                    continue;
                }
                for (int r = 0; r < rows; r++) {
                    word = cw[wi];
                    int around = word >>> 3 * r;
                    if ((around & 0x10) == 0 && (around & NEIGHBOURHOOD) != 0) {
                        int m = mag[mi + r];
                        int bit = (m >>> bp) & 1;
                        sym[n++] = ctx[around & 0x1FF] << 1 | bit;
                        if (bit != 0) {
                            sym[n++] = becomeSignificant(wi, r, m >>> 31);
                        }
                        cw[wi] |= 1 << PI + r;
                    }
                }
            }
        }
        count = n;
    }

    /**
     * One row of a full stripe column in the significance pass; {@code r} is a constant where it is called. The
     * symbol count and the column's word travel in {@code state} (count in the high half), so the word stays in a
     * register for the four rows.
     */
    private long significanceRow(long state, int wi, int mi, int r, int one) {
        int word = (int) state;
        int around = word >>> 3 * r;
        if ((around & 0x10) == 0 && (around & NEIGHBOURHOOD) != 0) {
            int n = (int) (state >>> 32);
            int m = magnitude[mi + r];
            int bit = -(m & one) >>> 31;
            symbols[n++] = zc[around & 0x1FF] << 1 | bit;
            if (bit != 0) {
                int negative = m >>> 31;
                symbols[n++] = signAndSpread(word, wi, r, negative);
                word |= 1 << 3 * r + 4 | negative << CHI + r + 1;
            }
            return (long) n << 32 | (word | 1 << PI + r) & 0xFFFFFFFFL;
        }
        return state;
    }

    /** D.3.3: coefficients significant before this bit-plane; columns without one are skipped at once. */
    private void refinementPass(int bp) {
        int[] cw = columns;
        int[] mag = magnitude;
        int[] sym = symbols;
        int n = count;
        for (int y0 = 0, s = 0; y0 < height; y0 += 4, s++) {
            int rows = Math.min(4, height - y0);
            int wi = (s + 1) * pitch + 1;
            int mi = s * 4 * width;
            if (n > 1024) {
                // Keep the buffer small enough to stay in the first-level cache with the block's state.
                mq.encode(sym, n);
                n = 0;
            }
            for (int x = 0; x < width; x++, wi++, mi += 4) {
                int word = cw[wi];
                if ((word & SELF4) == 0) {
                    continue;
                }
                if ((word & (SELF4 | PI4)) == SELF4 && rows == 4) {
                    // All four significant before this plane: each has a significant vertical neighbour, so the
                    // context is 16 once refined, else 15.
                    int one = 1 << bp;
                    sym[n] = (CX_MAG + 1 + (word >>> MU & 1)) << 1 | -(mag[mi] & one) >>> 31;
                    sym[n + 1] = (CX_MAG + 1 + (word >>> MU + 1 & 1)) << 1 | -(mag[mi + 1] & one) >>> 31;
                    sym[n + 2] = (CX_MAG + 1 + (word >>> MU + 2 & 1)) << 1 | -(mag[mi + 2] & one) >>> 31;
                    sym[n + 3] = (CX_MAG + 1 + (word >>> MU + 3 & 1)) << 1 | -(mag[mi + 3] & one) >>> 31;
                    n += 4;
                    cw[wi] = word | 0xF << MU;
                    continue;
                }
                if (rows == 4) {
                    int one = 1 << bp;
                    n = refinementRow(word, mi, 0, one, n);
                    n = refinementRow(word, mi, 1, one, n);
                    n = refinementRow(word, mi, 2, one, n);
                    n = refinementRow(word, mi, 3, one, n);
                    // Significant (bits 4, 7, 10, 13) and not coded in this plane's significance pass: refined.
                    int significant = (word >>> 4 & 1) | (word >>> 6 & 2) | (word >>> 8 & 4) | (word >>> 10 & 8);
                    cw[wi] = word | (significant & ~(word >>> PI)) << MU;
                    continue;
                }
                int refined = 0;
                for (int r = 0; r < rows; r++) {
                    int around = word >>> 3 * r;
                    if ((around & 0x10) != 0 && (word & 1 << PI + r) == 0) {
                        int cx = (word & 1 << MU + r) != 0 ? CX_MAG + 2
                                : (around & NEIGHBOURHOOD) != 0 ? CX_MAG + 1 : CX_MAG;
                        sym[n++] = cx << 1 | (mag[mi + r] >>> bp) & 1;
                        refined |= 1 << MU + r;
                    }
                }
                cw[wi] = word | refined;
            }
        }
        count = n;
    }

    /** One row of a full stripe column in the refinement pass; {@code r} is a constant where it is called. */
    private int refinementRow(int word, int mi, int r, int one, int n) {
        int around = word >>> 3 * r;
        if ((around & 0x10) != 0 && (word & 1 << PI + r) == 0) {
            int context = REFINEMENT[(word >>> MU + r & 1) << 1 | (-(around & NEIGHBOURHOOD) >>> 31)];
            symbols[n++] = context | -(magnitude[mi + r] & one) >>> 31;
        }
        return n;
    }

    /**
     * D.3.4: everything the other two passes left, with run-length coding of full stripe columns whose four
     * coefficients are insignificant with insignificant neighbourhoods (then nothing around them is significant,
     * which is one test of the column word). A column whose four are all significant has nothing left; the marks of
     * this plane's significance pass are cleared on the way.
     */
    private void cleanupPass(int bp) {
        int[] cw = columns;
        int[] mag = magnitude;
        int[] sym = symbols;
        byte[] ctx = zc;
        int n = count;
        for (int y0 = 0, s = 0; y0 < height; y0 += 4, s++) {
            int rows = Math.min(4, height - y0);
            int wi = (s + 1) * pitch + 1;
            int mi = s * 4 * width;
            if (n > 1024) {
                // Keep the buffer small enough to stay in the first-level cache with the block's state.
                mq.encode(sym, n);
                n = 0;
            }
            for (int x = 0; x < width; x++, wi++, mi += 4) {
                int word = cw[wi];
                int r = 0;
                if (rows == 4 && (word & SIGMAS) == 0) {
                    int one = 1 << bp;
                    if (((mag[mi] | mag[mi + 1] | mag[mi + 2] | mag[mi + 3]) & one) == 0) {
                        sym[n++] = Tier1Contexts.RUN_LENGTH << 1;
                        continue;
                    }
                    r = (mag[mi] & one) != 0 ? 0 : (mag[mi + 1] & one) != 0 ? 1 : (mag[mi + 2] & one) != 0 ? 2 : 3;
                    sym[n++] = Tier1Contexts.RUN_LENGTH << 1 | 1;
                    sym[n++] = Tier1Contexts.UNIFORM << 1 | r >> 1;
                    sym[n++] = Tier1Contexts.UNIFORM << 1 | r & 1;
                    sym[n++] = becomeSignificant(wi, r, mag[mi + r] >>> 31);
                    r++;
                } else if ((word & SELF4) == SELF4) {
                    r = 4;
                }
                if (rows == 4) {
                    int one = 1 << bp;
                    long state = (long) n << 32 | cw[wi] & 0xFFFFFFFFL;
                    switch (r) {
                        case 0:
                            state = cleanupRow(state, wi, mi, 0, one);
                            // fall through
                        case 1:
                            state = cleanupRow(state, wi, mi, 1, one);
                            // fall through
                        case 2:
                            state = cleanupRow(state, wi, mi, 2, one);
                            // fall through
                        case 3:
                            state = cleanupRow(state, wi, mi, 3, one);
                            // fall through
                        default:
                            break;
                    }
                    cw[wi] = (int) state & ~PI4;
                    n = (int) (state >>> 32);
                    continue;
                }
                for (; r < rows; r++) {
                    word = cw[wi];
                    int around = word >>> 3 * r;
                    if ((around & 0x10) == 0 && (word & 1 << PI + r) == 0) {
                        int m = mag[mi + r];
                        int bit = (m >>> bp) & 1;
                        sym[n++] = ctx[around & 0x1FF] << 1 | bit;
                        if (bit != 0) {
                            sym[n++] = becomeSignificant(wi, r, m >>> 31);
                        }
                    }
                }
                cw[wi] &= ~PI4;
            }
        }
        count = n;
    }

    /** One row of a full stripe column in the cleanup pass, as {@link #significanceRow}. */
    private long cleanupRow(long state, int wi, int mi, int r, int one) {
        int word = (int) state;
        int around = word >>> 3 * r;
        if ((around & 0x10) == 0 && (word & 1 << PI + r) == 0) {
            int n = (int) (state >>> 32);
            int m = magnitude[mi + r];
            int bit = -(m & one) >>> 31;
            symbols[n++] = zc[around & 0x1FF] << 1 | bit;
            if (bit != 0) {
                int negative = m >>> 31;
                symbols[n++] = signAndSpread(word, wi, r, negative);
                word |= 1 << 3 * r + 4 | negative << CHI + r + 1;
            }
            return (long) n << 32 | word & 0xFFFFFFFFL;
        }
        return state;
    }

    /**
     * The sign context index of row {@code r}: from its column's word the significance of N, W, E, S (bits 3r+1,
     * 3r+3, 3r+5, 3r+7, so one shift and mask) and the signs of N and S (CHI + r, CHI + r + 2), and from the west and
     * east words the signs of the same row.
     */
    private static int signPattern(int word, int west, int east, int r) {
        return (word >>> 3 * r + 1 & 0x55)
                | (word >>> CHI + r & 5) << 1
                | (west >>> CHI + r + 1 & 1) << 5
                | (east >>> CHI + r + 1 & 1) << 7;
    }

    /**
     * The sign symbol of row {@code r} of column {@code wi}, whose word is {@code word}, as it becomes significant
     * (D.3.2), after recording its significance in the neighbouring words; its own word is the caller's to update.
     */
    private int signAndSpread(int word, int wi, int r, int negative) {
        int[] cw = columns;
        int sh = 3 * r;
        int sc = SC[signPattern(word, cw[wi - 1], cw[wi + 1], r)];
        cw[wi - 1] |= 1 << sh + 5;
        cw[wi + 1] |= 1 << sh + 3;
        if (r == 0) {
            int above = wi - pitch;
            cw[above - 1] |= 1 << 17;
            cw[above] |= 1 << 16 | negative << CHI + 5;
            cw[above + 1] |= 1 << 15;
        } else if (r == 3) {
            int below = wi + pitch;
            cw[below - 1] |= 1 << 2;
            cw[below] |= 1 << 1 | negative << CHI;
            cw[below + 1] |= 1;
        }
        return sc ^ negative;
    }

    /**
     * Marks row {@code r} of column word {@code wi} significant with sign {@code negative} (1 when negative) in its
     * own word and in the words that see it as a neighbour, and returns the symbol that codes its sign (D.3.2).
     */
    private int becomeSignificant(int wi, int r, int negative) {
        int[] cw = columns;
        int word = cw[wi];
        int sh = 3 * r;
        int sc = SC[signPattern(word, cw[wi - 1], cw[wi + 1], r)];
        cw[wi] = word | 1 << sh + 4 | negative << CHI + r + 1;
        cw[wi - 1] |= 1 << sh + 5;
        cw[wi + 1] |= 1 << sh + 3;
        if (r == 0) {
            int above = wi - pitch;
            cw[above - 1] |= 1 << 17;
            cw[above] |= 1 << 16 | negative << CHI + 5;
            cw[above + 1] |= 1 << 15;
        } else if (r == 3) {
            int below = wi + pitch;
            cw[below - 1] |= 1 << 2;
            cw[below] |= 1 << 1 | negative << CHI;
            cw[below + 1] |= 1;
        }
        return sc ^ negative;
    }
}
