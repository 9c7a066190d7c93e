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
 * <p>The state of each coefficient is one int of {@code flags}, with a one-sample border so neighbours need no bound
 * checks: the significance of its eight neighbours and the signs of the four direct ones, kept up to date as each
 * coefficient becomes significant, so a context is a table look-up on the low bits (Tables D.1 to D.3), plus its own
 * significance, sign, "refined" (D.4) and "coded in this plane's significance pass" bits.
 *
 * <p>Context labels: 0 to 8 significance (Table D.1), 9 to 13 sign (Table D.3), 14 to 16 refinement (Table D.4),
 * 17 run-length, 18 uniform. Not thread-safe: one per thread, reused block after block.
 */
final class BlockCoder {
    /** Subband orientations, as used for the significance contexts. */
    static final int LL = 0;
    static final int HL = 1;
    static final int LH = 2;
    static final int HH = 3;

    /** Largest code-block side. */
    static final int MAX = 64;

    // Neighbour significance: north, south, west, east, then the diagonals.
    private static final int SIG_N = 1;
    private static final int SIG_S = 1 << 1;
    private static final int SIG_W = 1 << 2;
    private static final int SIG_E = 1 << 3;
    private static final int SIG_NW = 1 << 4;
    private static final int SIG_NE = 1 << 5;
    private static final int SIG_SW = 1 << 6;
    private static final int SIG_SE = 1 << 7;
    private static final int NEIGHBOURS = 0xFF;
    // Signs of the direct neighbours (set when negative and significant), in the order of their significance bits.
    private static final int NEG_N = 1 << 8;
    private static final int NEG_S = 1 << 9;
    private static final int NEG_W = 1 << 10;
    private static final int NEG_E = 1 << 11;
    private static final int SIG = 1 << 12;
    private static final int REFINED = 1 << 13;
    private static final int VISITED = 1 << 14;
    private static final int NEGATIVE = 1 << 15;

    private static final int CX_MAG = 14;

    /** Significance context per orientation and neighbour pattern (Table D.1). */
    private static final byte[][] ZC = new byte[4][256];
    /** Sign context (bits 0-3) and XOR bit (bit 4) per pattern of direct neighbours' significance and sign. */
    private static final byte[] SC = new byte[256];

    static {
        for (int f = 0; f < 256; f++) {
            int h = Integer.bitCount(f & (SIG_W | SIG_E));
            int v = Integer.bitCount(f & (SIG_N | SIG_S));
            int d = Integer.bitCount(f & (SIG_NW | SIG_NE | SIG_SW | SIG_SE));
            ZC[LL][f] = (byte) zeroContext(h, v, d);
            ZC[LH][f] = (byte) zeroContext(h, v, d);
            ZC[HL][f] = (byte) zeroContext(v, h, d);
            ZC[HH][f] = (byte) diagonalContext(h + v, d);
            // Index: significance N S W E in bits 0-3, their signs in bits 4-7.
            int hc = Math.max(-1, Math.min(1, contribution(f, 2, 6) + contribution(f, 3, 7)));
            int vc = Math.max(-1, Math.min(1, contribution(f, 0, 4) + contribution(f, 1, 5)));
            int cx;
            int xor;
            if (hc == 0) {
                cx = vc == 0 ? 9 : 10;
                xor = vc < 0 ? 1 : 0;
            } else {
                cx = 12 + hc * vc;
                xor = hc < 0 ? 1 : 0;
            }
            SC[f] = (byte) (cx | xor << 4);
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

    private final MqEncoder mq = new MqEncoder();
    private final int[] magnitude = new int[MAX * MAX];
    private final int[] flags = new int[(MAX + 2) * (MAX + 2)];
    private int width;
    private int height;
    private int stride;
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
        stride = w + 2;
        zc = ZC[orientation];
        Arrays.fill(flags, 0, (h + 2) * stride, 0);
        int all = 0;
        for (int y = 0; y < h; y++) {
            int from = (y0 + y) * planeStride + x0;
            int to = y * w;
            int f = (y + 1) * stride + 1;
            for (int x = 0; x < w; x++) {
                int v = plane[from + x];
                int m = Math.abs(v);
                magnitude[to + x] = m;
                all |= m;
                if (v < 0) {
                    flags[f + x] = NEGATIVE;
                }
            }
        }
        bitPlanes = 32 - Integer.numberOfLeadingZeros(all);
        mq.reset();
        if (bitPlanes == 0) {
            passes = 0;
            length = 0;
            return;
        }
        passes = 3 * bitPlanes - 2;
        for (int bp = bitPlanes - 1; bp >= 0; bp--) {
            if (bp < bitPlanes - 1) {
                significancePass(bp);
                refinementPass(bp);
            }
            cleanupPass(bp);
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

    /** D.3.1: coefficients not yet significant with a significant neighbour. */
    private void significancePass(int bp) {
        for (int y0 = 0; y0 < height; y0 += 4) {
            int rows = Math.min(4, height - y0);
            for (int x = 0; x < width; x++) {
                int p = (y0 + 1) * stride + x + 1;
                int i = y0 * width + x;
                for (int k = 0; k < rows; k++, p += stride, i += width) {
                    int f = flags[p];
                    if ((f & SIG) == 0 && (f & NEIGHBOURS) != 0) {
                        int bit = (magnitude[i] >>> bp) & 1;
                        mq.encode(zc[f & NEIGHBOURS], bit);
                        if (bit != 0) {
                            becomeSignificant(p, f);
                        }
                        flags[p] |= VISITED;
                    }
                }
            }
        }
    }

    /** D.3.3: coefficients significant before this bit-plane. */
    private void refinementPass(int bp) {
        for (int y0 = 0; y0 < height; y0 += 4) {
            int rows = Math.min(4, height - y0);
            for (int x = 0; x < width; x++) {
                int p = (y0 + 1) * stride + x + 1;
                int i = y0 * width + x;
                for (int k = 0; k < rows; k++, p += stride, i += width) {
                    int f = flags[p];
                    if ((f & (SIG | VISITED)) == SIG) {
                        int cx = (f & REFINED) != 0 ? CX_MAG + 2 : (f & NEIGHBOURS) != 0 ? CX_MAG + 1 : CX_MAG;
                        mq.encode(cx, (magnitude[i] >>> bp) & 1);
                        flags[p] = f | REFINED;
                    }
                }
            }
        }
    }

    /** D.3.4: everything the other two passes left, with run-length coding of quiet full columns of a stripe. */
    private void cleanupPass(int bp) {
        for (int y0 = 0; y0 < height; y0 += 4) {
            int rows = Math.min(4, height - y0);
            for (int x = 0; x < width; x++) {
                int p = (y0 + 1) * stride + x + 1;
                int i = y0 * width + x;
                int k = 0;
                if (rows == 4 && ((flags[p] | flags[p + stride] | flags[p + 2 * stride] | flags[p + 3 * stride])
                        & (SIG | VISITED | NEIGHBOURS)) == 0) {
                    int run = 0;
                    while (run < 4 && ((magnitude[i + run * width] >>> bp) & 1) == 0) {
                        run++;
                    }
                    if (run == 4) {
                        mq.encode(MqEncoder.RUN_LENGTH, 0);
                        continue;
                    }
                    mq.encode(MqEncoder.RUN_LENGTH, 1);
                    mq.encode(MqEncoder.UNIFORM, run >> 1);
                    mq.encode(MqEncoder.UNIFORM, run & 1);
                    p += run * stride;
                    i += run * width;
                    becomeSignificant(p, flags[p]);
                    p += stride;
                    i += width;
                    k = run + 1;
                }
                for (; k < rows; k++, p += stride, i += width) {
                    int f = flags[p];
                    if ((f & (SIG | VISITED)) == 0) {
                        int bit = (magnitude[i] >>> bp) & 1;
                        mq.encode(zc[f & NEIGHBOURS], bit);
                        if (bit != 0) {
                            becomeSignificant(p, f);
                        }
                    }
                }
                // Clear this plane's significance-pass marks for the next plane.
                int q = (y0 + 1) * stride + x + 1;
                for (int r = 0; r < rows; r++, q += stride) {
                    flags[q] &= ~VISITED;
                }
            }
        }
    }

    /** Codes the sign of the coefficient at {@code p} (D.3.2) and records its significance in its neighbours. */
    private void becomeSignificant(int p, int f) {
        int sc = SC[(f & 0xF) | (f >>> 4 & 0xF0)];
        int negative = (f & NEGATIVE) != 0 ? 1 : 0;
        mq.encode(sc & 0xF, negative ^ (sc >>> 4));
        int s = stride;
        flags[p] |= SIG;
        if (negative == 0) {
            flags[p - s] |= SIG_S;
            flags[p + s] |= SIG_N;
            flags[p - 1] |= SIG_E;
            flags[p + 1] |= SIG_W;
        } else {
            flags[p - s] |= SIG_S | NEG_S;
            flags[p + s] |= SIG_N | NEG_N;
            flags[p - 1] |= SIG_E | NEG_E;
            flags[p + 1] |= SIG_W | NEG_W;
        }
        flags[p - s - 1] |= SIG_SE;
        flags[p - s + 1] |= SIG_SW;
        flags[p + s - 1] |= SIG_NE;
        flags[p + s + 1] |= SIG_NW;
    }
}
