// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import java.util.Arrays;

/**
 * The first, plain tier-1 coder: Annex D as written, one flags int per coefficient, kept to check that
 * {@link BlockCoder}, which is built for speed, codes every block to the same bytes. Its streams were checked against
 * jai-imageio and OpenJPEG.
 */
final class ReferenceBlockCoder {
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
    /** One pass's decisions, {@code context << 1 | bit}; a pass makes at most 2.5 per coefficient. */
    private final int[] symbols = new int[3 * MAX * MAX];
    private int count;
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
                flushSymbols();
                refinementPass(bp);
                flushSymbols();
            }
            cleanupPass(bp);
            flushSymbols();
        }
        length = mq.flush();
    }

    private void emit(int cx, int bit) {
        symbols[count++] = cx << 1 | bit;
    }

    private void flushSymbols() {
        mq.encode(symbols, count);
        count = 0;
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

    /**
     * D.3.1: coefficients not yet significant with a significant neighbour. A stripe column is skipped at once when
     * all four are significant or none has a significant neighbour: nothing in it can be coded, and nothing coded
     * before it in the column could change that.
     */
    private void significancePass(int bp) {
        int s = stride;
        for (int y0 = 0; y0 < height; y0 += 4) {
            int rows = Math.min(4, height - y0);
            int p = (y0 + 1) * s + 1;
            int i = y0 * width;
            for (int x = 0; x < width; x++, p++, i++) {
                if (rows == 4) {
                    int f0 = flags[p];
                    int f1 = flags[p + s];
                    int f2 = flags[p + 2 * s];
                    int f3 = flags[p + 3 * s];
                    if (((f0 | f1 | f2 | f3) & NEIGHBOURS) == 0 || (f0 & f1 & f2 & f3 & SIG) != 0) {
                        continue;
                    }
                }
                int q = p;
                int j = i;
                for (int k = 0; k < rows; k++, q += s, j += width) {
                    int f = flags[q];
                    if ((f & SIG) == 0 && (f & NEIGHBOURS) != 0) {
                        int bit = (magnitude[j] >>> bp) & 1;
                        emit(zc[f & NEIGHBOURS], bit);
                        if (bit != 0) {
                            becomeSignificant(q, f);
                        }
                        flags[q] |= VISITED;
                    }
                }
            }
        }
    }

    /** D.3.3: coefficients significant before this bit-plane; columns without one are skipped at once. */
    private void refinementPass(int bp) {
        int s = stride;
        for (int y0 = 0; y0 < height; y0 += 4) {
            int rows = Math.min(4, height - y0);
            int p = (y0 + 1) * s + 1;
            int i = y0 * width;
            for (int x = 0; x < width; x++, p++, i++) {
                if (rows == 4 && ((flags[p] | flags[p + s] | flags[p + 2 * s] | flags[p + 3 * s]) & SIG) == 0) {
                    continue;
                }
                int q = p;
                int j = i;
                for (int k = 0; k < rows; k++, q += s, j += width) {
                    int f = flags[q];
                    if ((f & (SIG | VISITED)) == SIG) {
                        int cx = (f & REFINED) != 0 ? CX_MAG + 2 : (f & NEIGHBOURS) != 0 ? CX_MAG + 1 : CX_MAG;
                        emit(cx, (magnitude[j] >>> bp) & 1);
                        flags[q] = f | REFINED;
                    }
                }
            }
        }
    }

    /**
     * D.3.4: everything the other two passes left, with run-length coding of full stripe columns whose four
     * coefficients are insignificant with insignificant neighbourhoods. A column whose four are all significant has
     * nothing left; the marks of this plane's significance pass are cleared where there are any.
     */
    private void cleanupPass(int bp) {
        int s = stride;
        for (int y0 = 0; y0 < height; y0 += 4) {
            int rows = Math.min(4, height - y0);
            int p = (y0 + 1) * s + 1;
            int i = y0 * width;
            for (int x = 0; x < width; x++, p++, i++) {
                int k = 0;
                int q = p;
                int j = i;
                int any = 0;
                if (rows == 4) {
                    int f0 = flags[p];
                    int f1 = flags[p + s];
                    int f2 = flags[p + 2 * s];
                    int f3 = flags[p + 3 * s];
                    any = f0 | f1 | f2 | f3;
                    if ((any & (SIG | VISITED | NEIGHBOURS)) == 0) {
                        int run = 0;
                        while (run < 4 && ((magnitude[i + run * width] >>> bp) & 1) == 0) {
                            run++;
                        }
                        if (run == 4) {
                            emit(MqEncoder.RUN_LENGTH, 0);
                            continue;
                        }
                        emit(MqEncoder.RUN_LENGTH, 1);
                        emit(MqEncoder.UNIFORM, run >> 1);
                        emit(MqEncoder.UNIFORM, run & 1);
                        q += run * s;
                        becomeSignificant(q, flags[q]);
                        q += s;
                        j += (run + 1) * width;
                        k = run + 1;
                    } else if ((f0 & f1 & f2 & f3 & SIG) != 0) {
                        k = 4;
                    }
                } else {
                    for (int r = 0; r < rows; r++) {
                        any |= flags[p + r * s];
                    }
                }
                for (; k < rows; k++, q += s, j += width) {
                    int f = flags[q];
                    if ((f & (SIG | VISITED)) == 0) {
                        int bit = (magnitude[j] >>> bp) & 1;
                        emit(zc[f & NEIGHBOURS], bit);
                        if (bit != 0) {
                            becomeSignificant(q, f);
                        }
                    }
                }
                if ((any & VISITED) != 0) {
                    for (int r = 0, c = p; r < rows; r++, c += s) {
                        flags[c] &= ~VISITED;
                    }
                }
            }
        }
    }

    /** Codes the sign of the coefficient at {@code p} (D.3.2) and records its significance in its neighbours. */
    private void becomeSignificant(int p, int f) {
        int sc = SC[(f & 0xF) | (f >>> 4 & 0xF0)];
        int negative = (f & NEGATIVE) != 0 ? 1 : 0;
        emit(sc & 0xF, negative ^ (sc >>> 4));
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
