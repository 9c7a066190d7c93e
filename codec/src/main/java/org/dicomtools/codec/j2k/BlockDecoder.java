// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import static org.dicomtools.codec.j2k.T1Tables.PACKED_LPS;
import static org.dicomtools.codec.j2k.T1Tables.PACKED_MPS;
import static org.dicomtools.codec.j2k.T1Tables.PACKED_NEXT;
import static org.dicomtools.codec.j2k.T1Tables.SC;
import static org.dicomtools.codec.j2k.T1Tables.ZC9;
import static org.dicomtools.codec.j2k.Tier1Contexts.MAGNITUDE;
import static org.dicomtools.codec.j2k.Tier1Contexts.RUN_LENGTH;
import static org.dicomtools.codec.j2k.Tier1Contexts.UNIFORM;

import java.util.Arrays;

/**
 * Tier-1 decoding of one code-block (ISO 15444-1 Annex D): its coding passes, significance propagation, magnitude
 * refinement and cleanup, bit-plane by bit-plane from the most significant, in stripes of four rows, with every
 * code-block style of Table A.19.
 *
 * <p>The state lives in one flags word per column of a stripe (four samples), as OpenJPEG's tier-1 keeps it: the
 * significance of the 3 x 6 samples around the column (the column and its two neighbours, one row above and one
 * below the stripe), the signs of the column's samples and of those just above and below, and each sample's
 * refined and visited bits. A sample's zero-coding context is then one table lookup on 9 bits of its column's word;
 * making a sample significant sets a bit in 3 words (6 at a stripe's edge); whole columns with nothing to code are
 * skipped with one test. The words have a border of one column and one stripe all round, so nothing is bounds
 * checked. Magnitudes are kept doubled with the half of the last decoded bit-plane added (the mid-point
 * reconstruction of E.1.1.2): exact magnitudes are {@code value >> 1} when every pass was decoded.
 *
 * <p>One per thread: the buffers grow to the largest code-block seen and are reused.
 */
final class BlockDecoder {
    static final int BYPASS = 0x01;
    static final int RESET = 0x02;
    static final int TERMALL = 0x04;
    static final int VSC = 0x08;
    static final int PREDICTABLE = 0x10;
    static final int SEGSYM = 0x20;

    private static final int CLEANUP = 0;
    private static final int SIGNIFICANCE = 1;
    private static final int REFINEMENT = 2;

    // The flags word of a column: bit 3 * (r + 1) + (dx + 1) is the significance of row r (-1 to 4) of column
    // x + dx; bit 19 + r the sign (1 negative) of row r of the column itself; 24 + r refined; 28 + r visited.
    /** The centre bits, the column's own four samples. */
    private static final int CENTRES = 1 << 4 | 1 << 7 | 1 << 10 | 1 << 13;
    private static final int SIGMAS = 0x3FFFF;
    private static final int VISITED = 0xF << 28;
    /** Of a sample's 9-bit window, its neighbours (not itself). */
    private static final int NEIGHBOURS = 0x1EF;
    /** Of row 3's window, the next stripe's row, which the vertically causal mode hides. */
    private static final int BELOW = 0x1C0;

    private final MqDecoder mq = new MqDecoder();
    private int[] flags = new int[66 * 18];
    /** Magnitudes stripe by stripe, column by column, the 4 rows of a column together. */
    private int[] coef = new int[64 * 64];
    /** Decoded coefficients of the last code-block, row by row ({@code width} a row), signed, doubled. */
    int[] data = new int[64 * 64];
    private byte[] joined = new byte[4096];
    private int w;
    private int h;
    /** Flags words a stripe: the width and the two border columns. */
    private int ws;
    private boolean vsc;

    /** The most passes one terminated segment may hold when it starts at pass {@code first} (D.4.1, D.6). */
    static int segmentPasses(int style, int first) {
        if ((style & TERMALL) != 0) {
            return 1;
        }
        if ((style & BYPASS) != 0) {
            if (first < 10) {
                return 10 - first;
            }
            return (first - 10) % 3 == 0 ? 2 : 1;
        }
        return Integer.MAX_VALUE;
    }

    /**
     * Decodes {@code block}'s passes from {@code stream}; {@code bitPlanes} is the number of magnitude bit-planes of
     * the sub-band, Mb (E.1). The result is in {@link #data}, {@code block.width()} values a row.
     */
    void decode(byte[] stream, CodeBlock block, int orientation, int style, int bitPlanes) {
        w = block.x1 - block.x0;
        h = block.y1 - block.y0;
        ws = w + 2;
        int stripes = (h + 3) >> 2;
        int n = w * h;
        if (data.length < n) {
            data = new int[n];
        }
        int cn = 4 * w * stripes;
        if (coef.length < cn) {
            coef = new int[cn];
        }
        Arrays.fill(coef, 0, cn, 0);
        int fn = ws * (stripes + 2);
        if (flags.length < fn) {
            flags = new int[fn];
        }
        Arrays.fill(flags, 0, fn, 0);
        vsc = (style & VSC) != 0;
        int plane = bitPlanes - block.zeroPlanes - 1;
        if (block.passes == 0 || plane < 0) {
            Arrays.fill(data, 0, n, 0);
            return;
        }
        int orient = orientation << 9;
        T1Tables.resetStates(mq.states);
        int type = CLEANUP;
        int pass = 0;
        for (int s = 0; s < block.segments && plane >= 0; s++) {
            int segPasses = block.segmentPasses[s];
            boolean raw = (style & BYPASS) != 0 && pass >= 10 && type != CLEANUP;
            startSegment(stream, block, s, raw);
            for (int k = 0; k < segPasses && plane >= 0; k++, pass++) {
                switch (type) {
                    case SIGNIFICANCE -> {
                        if (raw) {
                            significanceRaw(plane);
                        } else {
                            significanceMq(plane, orient);
                        }
                    }
                    case REFINEMENT -> {
                        if (raw) {
                            refinementRaw(plane);
                        } else {
                            refinementMq(plane);
                        }
                    }
                    default -> {
                        cleanup(plane, orient);
                        if ((style & SEGSYM) != 0) {
                            for (int i = 0; i < 4; i++) {
                                mq.decode(UNIFORM);
                            }
                        }
                    }
                }
                if ((style & RESET) != 0) {
                    T1Tables.resetStates(mq.states);
                }
                if (type == CLEANUP) {
                    type = SIGNIFICANCE;
                    plane--;
                } else {
                    type = type == SIGNIFICANCE ? REFINEMENT : CLEANUP;
                }
            }
        }
        output();
    }

    /**
     * Starts decoding segment {@code s}: its chunks joined in a buffer of ours followed by two 0xFF bytes, which
     * read as a marker (C.3.4), so the decoder needs no bounds checks.
     */
    private void startSegment(byte[] stream, CodeBlock block, int s, boolean raw) {
        int total = 0;
        for (int i = 0; i < block.chunks; i++) {
            if (block.chunkSegment[i] == s) {
                total += block.chunkLength[i];
            }
        }
        if (joined.length < total + 2) {
            joined = new byte[Math.max(total + 2, 2 * joined.length)];
        }
        int p = 0;
        for (int i = 0; i < block.chunks; i++) {
            if (block.chunkSegment[i] == s) {
                System.arraycopy(stream, block.chunkOffset[i], joined, p, block.chunkLength[i]);
                p += block.chunkLength[i];
            }
        }
        joined[total] = -1;
        joined[total + 1] = -1;
        if (raw) {
            mq.startRaw(joined, 0, total);
        } else {
            mq.start(joined, 0, total);
        }
    }

    /**
     * Makes row {@code k} of column word {@code i} significant, negative when {@code neg} is 1, in its own word and
     * in its neighbours' (and in the stripes above or below at a stripe's edge); returns the column's new word.
     */
    private int significant(int[] f, int i, int k, int neg) {
        int row = 3 * k + 3;
        f[i - 1] |= 4 << row;
        f[i + 1] |= 1 << row;
        if (k == 0) {
            int u = i - ws;
            f[u - 1] |= 1 << 17;
            f[u] |= 1 << 16 | neg << 23;
            f[u + 1] |= 1 << 15;
        } else if (k == 3) {
            int d = i + ws;
            f[d - 1] |= 1 << 2;
            f[d] |= 1 << 1 | neg << 18;
            f[d + 1] |= 1;
        }
        return f[i] |= 2 << row | neg << (19 + k);
    }

    /**
     * The rows the significance pass codes, row k in bit k: not significant, with a significant neighbour (the row
     * below the stripe hidden from row 3 in vertically causal mode).
     */
    private int candidates(int fl) {
        int w3 = fl >> 9 & NEIGHBOURS;
        if (vsc) {
            w3 &= ~BELOW;
        }
        int any = ((fl & NEIGHBOURS) + 0x1FF) >> 9
                | (((fl >> 3 & NEIGHBOURS) + 0x1FF) >> 9) << 1
                | (((fl >> 6 & NEIGHBOURS) + 0x1FF) >> 9) << 2
                | ((w3 + 0x1FF) >> 9) << 3;
        return any & ~centres(fl);
    }

    /** The significance of the column's own four samples, row k in bit k. */
    private static int centres(int fl) {
        return (fl >> 4 & 1) | (fl >> 6 & 2) | (fl >> 8 & 4) | (fl >> 10 & 8);
    }

    /** The sign-coding lookup (Table D.3) for row {@code k} of word {@code fl} at {@code i}, window {@code win}. */
    private static int signContext(int[] f, int i, int fl, int win, int k) {
        int index = (win >> 1 & 1) | (win >> 6 & 2) | (win >> 1 & 4) | (win >> 2 & 8)
                | (fl >> (14 + k) & 0x10) | (fl >> (15 + k) & 0x20) | (f[i - 1] >> (13 + k) & 0x40)
                | (f[i + 1] >> (12 + k) & 0x80);
        return SC[index];
    }

    /** The significance propagation pass with arithmetic coding bypassed: raw bits (D.6). */
    private void significanceRaw(int plane) {
        int[] f = flags;
        int[] d = coef;
        MqDecoder m = mq;
        int set = 3 << plane;
        for (int y0 = 0, s = 0; y0 < h; y0 += 4, s++) {
            int rows = Math.min(4, h - y0);
            int i = (s + 1) * ws + 1;
            int di = s * 4 * w;
            for (int x = 0; x < w; x++, i++, di += 4) {
                int fl = f[i];
                // No significant sample around, or all four significant already: nothing to code here.
                if ((fl & SIGMAS) == 0 || (fl & CENTRES) == CENTRES) {
                    continue;
                }
                int rowMask = (1 << rows) - 1;
                int todo = candidates(fl) & rowMask;
                while (todo != 0) {
                    int k = Integer.numberOfTrailingZeros(todo);
                    todo &= todo - 1;
                    int bit = m.raw();
                    if (bit != 0) {
                        bit = 2 | m.raw();
                    }
                    if (bit != 0) {
                        fl = significant(f, i, k, bit & 1);
                        d[di + k] = set;
                        // The row below now has a significant neighbour.
                        todo = candidates(fl) & rowMask & (-2 << k);
                    }
                    fl |= 1 << (28 + k);
                    f[i] = fl;
                }
            }
        }
    }

    /** The significance propagation pass when it goes through the MQ decoder (the usual case). */
    private void significanceMq(int plane, int orient) {
        int[] f = flags;
        int[] d = coef;
        int[] st = mq.states;
        MqDecoder m = mq;
        int a = m.a;
        int c = m.c;
        int ct = m.ct;
        int pos = m.pos;
        byte[] buf = m.data;
        int set = 3 << plane;
        for (int y0 = 0, s = 0; y0 < h; y0 += 4, s++) {
            int rows = Math.min(4, h - y0);
            int i = (s + 1) * ws + 1;
            int di = s * 4 * w;
            for (int x = 0; x < w; x++, i++, di += 4) {
                int fl = f[i];
                // No significant sample around, or all four significant already: nothing to code here.
                if ((fl & SIGMAS) == 0 || (fl & CENTRES) == CENTRES) {
                    continue;
                }
                int rowMask = (1 << rows) - 1;
                int todo = candidates(fl) & rowMask;
                while (todo != 0) {
                    int k = Integer.numberOfTrailingZeros(todo);
                    todo &= todo - 1;
                    int win = fl >> (3 * k) & 0x1FF;
                    if (vsc && k == 3) {
                        win &= ~BELOW;
                    }
                    int bit;
                    int cx = ZC9[orient | win];
                    int sx = st[cx];
                    int qe = sx >>> 8;
                    a -= qe;
                    int lps = ((c >>> 16) - qe) >>> 31;
                    int exchange = (a - qe) >>> 31;
                    bit = (sx & 1) ^ lps ^ exchange;
                    int mask = -lps;
                    c -= (qe << 16) & ~mask;
                    a = (qe & mask) | (a & ~mask);
                    int n = Integer.numberOfLeadingZeros(a) - 16;
                    st[cx] = sx ^ ((sx ^ PACKED_NEXT[(lps ^ exchange) * 94 + (sx & 0xFF)]) & -((n | -n) >>> 31));
                    while (n > ct) {
                        a <<= ct;
                        c <<= ct;
                        n -= ct;
                        if (buf[pos] == -1) {
                            int b = buf[pos + 1] & 0xFF;
                            if (b > 0x8F) {
                                c += 0xFF00;
                                ct = 8;
                            } else {
                                pos++;
                                c += b << 9;
                                ct = 7;
                            }
                        } else {
                            pos++;
                            c += (buf[pos] & 0xFF) << 8;
                            ct = 8;
                        }
                    }
                    a <<= n;
                    c <<= n;
                    ct -= n;
                    if (bit != 0) {
                        int sc = signContext(f, i, fl, win, k);
                        cx = sc >> 1;
                        sx = st[cx];
                        qe = sx >>> 8;
                        a -= qe;
                        lps = ((c >>> 16) - qe) >>> 31;
                        exchange = (a - qe) >>> 31;
                        bit = (sx & 1) ^ lps ^ exchange;
                        mask = -lps;
                        c -= (qe << 16) & ~mask;
                        a = (qe & mask) | (a & ~mask);
                        n = Integer.numberOfLeadingZeros(a) - 16;
                        st[cx] = sx ^ ((sx ^ PACKED_NEXT[(lps ^ exchange) * 94 + (sx & 0xFF)]) & -((n | -n) >>> 31));
                        while (n > ct) {
                            a <<= ct;
                            c <<= ct;
                            n -= ct;
                            if (buf[pos] == -1) {
                                int b = buf[pos + 1] & 0xFF;
                                if (b > 0x8F) {
                                    c += 0xFF00;
                                    ct = 8;
                                } else {
                                    pos++;
                                    c += b << 9;
                                    ct = 7;
                                }
                            } else {
                                pos++;
                                c += (buf[pos] & 0xFF) << 8;
                                ct = 8;
                            }
                        }
                        a <<= n;
                        c <<= n;
                        ct -= n;
                        bit = 2 | (bit ^ (sc & 1));
                    }
                    if (bit != 0) {
                        fl = significant(f, i, k, bit & 1);
                        d[di + k] = set;
                        // The row below now has a significant neighbour.
                        todo = candidates(fl) & rowMask & (-2 << k);
                    }
                    fl |= 1 << (28 + k);
                    f[i] = fl;
                }
            }
        }
        m.a = a;
        m.c = c;
        m.ct = ct;
        m.pos = pos;
    }

    /** The magnitude refinement pass with arithmetic coding bypassed: raw bits (D.6). */
    private void refinementRaw(int plane) {
        int[] f = flags;
        int[] d = coef;
        MqDecoder m = mq;
        int half = 1 << plane;
        for (int y0 = 0, s = 0; y0 < h; y0 += 4, s++) {
            int rowMask = (1 << Math.min(4, h - y0)) - 1;
            int i = (s + 1) * ws + 1;
            int di = s * 4 * w;
            for (int x = 0; x < w; x++, i++, di += 4) {
                int fl = f[i];
                // The rows to refine: significant, and not just now in this bit-plane's significance pass; one
                // branch per such row rather than one per row.
                int todo = centres(fl) & ~(fl >>> 28) & rowMask;
                while (todo != 0) {
                    int k = Integer.numberOfTrailingZeros(todo);
                    todo &= todo - 1;
                    int bit = m.raw();
                    d[di + k] += (half ^ (bit - 1)) - (bit - 1);
                    fl |= 1 << (24 + k);
                }
                f[i] = fl;
            }
        }
    }

    /** The magnitude refinement pass when it goes through the MQ decoder (the usual case). */
    private void refinementMq(int plane) {
        int[] f = flags;
        int[] d = coef;
        int[] st = mq.states;
        MqDecoder m = mq;
        int a = m.a;
        int c = m.c;
        int ct = m.ct;
        int pos = m.pos;
        byte[] buf = m.data;
        int half = 1 << plane;
        for (int y0 = 0, s = 0; y0 < h; y0 += 4, s++) {
            int rowMask = (1 << Math.min(4, h - y0)) - 1;
            int i = (s + 1) * ws + 1;
            int di = s * 4 * w;
            for (int x = 0; x < w; x++, i++, di += 4) {
                int fl = f[i];
                // The rows to refine: significant, and not just now in this bit-plane's significance pass; one
                // branch per such row rather than one per row.
                int todo = centres(fl) & ~(fl >>> 28) & rowMask;
                while (todo != 0) {
                    int k = Integer.numberOfTrailingZeros(todo);
                    todo &= todo - 1;
                    int bit;
                    int win = fl >> (3 * k) & NEIGHBOURS;
                    if (vsc && k == 3) {
                        win &= ~BELOW;
                    }
                    // 16 once refined, else 15 with a significant neighbour, 14 without (Table D.4).
                    int refined = fl >> (24 + k) & 1;
                    int cx = MAGNITUDE + (refined << 1 | ((win + 0x1FF) >> 9 & (refined ^ 1)));
                    // DECODE without a branch on the decision: refinement bits of noisy low bit-planes are
                    // close to random, so a branch on them would be mispredicted half the time.
                    int sx = st[cx];
                    int qe = sx >>> 8;
                    a -= qe;
                    int lps = ((c >>> 16) - qe) >>> 31;
                    int exchange = (a - qe) >>> 31;
                    bit = (sx & 1) ^ lps ^ exchange;
                    int mask = -lps;
                    c -= (qe << 16) & ~mask;
                    a = (qe & mask) | (a & ~mask);
                    int n = Integer.numberOfLeadingZeros(a) - 16;
                    int next = PACKED_NEXT[(lps ^ exchange) * 94 + (sx & 0xFF)];
                    st[cx] = sx ^ ((sx ^ next) & -((n | -n) >>> 31));
                    while (n > ct) {
                        a <<= ct;
                        c <<= ct;
                        n -= ct;
                        if (buf[pos] == -1) {
                            int b = buf[pos + 1] & 0xFF;
                            if (b > 0x8F) {
                                c += 0xFF00;
                                ct = 8;
                            } else {
                                pos++;
                                c += b << 9;
                                ct = 7;
                            }
                        } else {
                            pos++;
                            c += (buf[pos] & 0xFF) << 8;
                            ct = 8;
                        }
                    }
                    a <<= n;
                    c <<= n;
                    ct -= n;
                    d[di + k] += (half ^ (bit - 1)) - (bit - 1);
                    fl |= 1 << (24 + k);
                }
                f[i] = fl;
            }
        }
        m.a = a;
        m.c = c;
        m.ct = ct;
        m.pos = pos;
    }

    /** Cleanup pass (D.3.4), with the run-length mode for columns of four samples without context. */
    private void cleanup(int plane, int orient) {
        int[] f = flags;
        int[] d = coef;
        int[] st = mq.states;
        MqDecoder m = mq;
        int a = m.a;
        int c = m.c;
        int ct = m.ct;
        int pos = m.pos;
        byte[] buf = m.data;
        int set = 3 << plane;
        int runMask = (vsc ? SIGMAS & ~(0x7 << 15) : SIGMAS) | VISITED;
        for (int y0 = 0, s = 0; y0 < h; y0 += 4, s++) {
            int rows = Math.min(4, h - y0);
            int i = (s + 1) * ws + 1;
            int di = s * 4 * w;
            for (int x = 0; x < w; x++, i++, di += 4) {
                int fl = f[i];
                if ((fl & CENTRES) == CENTRES) {
                    f[i] = fl & ~VISITED;
                    continue;
                }
                int k = 0;
                if (rows == 4 && (fl & runMask) == 0) {
                    m.a = a;
                    m.c = c;
                    m.ct = ct;
                    m.pos = pos;
                    if (m.decode(RUN_LENGTH) == 0) {
                        a = m.a;
                        c = m.c;
                        ct = m.ct;
                        pos = m.pos;
                        continue;
                    }
                    k = m.decode(UNIFORM) << 1;
                    k |= m.decode(UNIFORM);
                    int win = fl >> (3 * k) & 0x1FF;
                    if (vsc && k == 3) {
                        win &= ~BELOW;
                    }
                    int sc = signContext(f, i, fl, win, k);
                    fl = significant(f, i, k, m.decode(sc >> 1) ^ (sc & 1));
                    a = m.a;
                    c = m.c;
                    ct = m.ct;
                    pos = m.pos;
                    d[di + k] = set;
                    k++;
                }
                // The rows left to code, neither significant nor visited; new significance does not change them.
                int todo = ~centres(fl) & ~(fl >>> 28) & ((1 << rows) - 1) & (-1 << k);
                while (todo != 0) {
                    k = Integer.numberOfTrailingZeros(todo);
                    todo &= todo - 1;
                    int win = fl >> (3 * k) & 0x1FF;
                    if (vsc && k == 3) {
                        win &= ~BELOW;
                    }
                    int cx = ZC9[orient | win];
                    int bit;
                    int sx = st[cx];
                    int qe = sx >>> 8;
                    a -= qe;
                    int lps = ((c >>> 16) - qe) >>> 31;
                    int exchange = (a - qe) >>> 31;
                    bit = (sx & 1) ^ lps ^ exchange;
                    int mask = -lps;
                    c -= (qe << 16) & ~mask;
                    a = (qe & mask) | (a & ~mask);
                    int n = Integer.numberOfLeadingZeros(a) - 16;
                    st[cx] = sx ^ ((sx ^ PACKED_NEXT[(lps ^ exchange) * 94 + (sx & 0xFF)]) & -((n | -n) >>> 31));
                    while (n > ct) {
                        a <<= ct;
                        c <<= ct;
                        n -= ct;
                        if (buf[pos] == -1) {
                            int b = buf[pos + 1] & 0xFF;
                            if (b > 0x8F) {
                                c += 0xFF00;
                                ct = 8;
                            } else {
                                pos++;
                                c += b << 9;
                                ct = 7;
                            }
                        } else {
                            pos++;
                            c += (buf[pos] & 0xFF) << 8;
                            ct = 8;
                        }
                    }
                    a <<= n;
                    c <<= n;
                    ct -= n;
                    if (bit != 0) {
                        int sc = signContext(f, i, fl, win, k);
                        cx = sc >> 1;
                        sx = st[cx];
                        qe = sx >>> 8;
                        a -= qe;
                        lps = ((c >>> 16) - qe) >>> 31;
                        exchange = (a - qe) >>> 31;
                        bit = (sx & 1) ^ lps ^ exchange;
                        mask = -lps;
                        c -= (qe << 16) & ~mask;
                        a = (qe & mask) | (a & ~mask);
                        n = Integer.numberOfLeadingZeros(a) - 16;
                        st[cx] = sx ^ ((sx ^ PACKED_NEXT[(lps ^ exchange) * 94 + (sx & 0xFF)]) & -((n | -n) >>> 31));
                        while (n > ct) {
                            a <<= ct;
                            c <<= ct;
                            n -= ct;
                            if (buf[pos] == -1) {
                                int b = buf[pos + 1] & 0xFF;
                                if (b > 0x8F) {
                                    c += 0xFF00;
                                    ct = 8;
                                } else {
                                    pos++;
                                    c += b << 9;
                                    ct = 7;
                                }
                            } else {
                                pos++;
                                c += (buf[pos] & 0xFF) << 8;
                                ct = 8;
                            }
                        }
                        a <<= n;
                        c <<= n;
                        ct -= n;
                        fl = significant(f, i, k, bit ^ (sc & 1));
                        d[di + k] = set;
                    }
                }
                f[i] = fl & ~VISITED;
            }
        }
        m.a = a;
        m.c = c;
        m.ct = ct;
        m.pos = pos;
    }

    /** Signed values, row by row, into {@link #data}. */
    private void output() {
        int[] f = flags;
        int[] d = coef;
        int[] out = data;
        for (int y = 0; y < h; y++) {
            int s = y >> 2;
            int k = y & 3;
            int i = (s + 1) * ws + 1;
            int di = s * 4 * w + k;
            int o = y * w;
            for (int x = 0; x < w; x++, i++, di += 4) {
                int v = d[di];
                out[o + x] = (f[i] >> (19 + k) & 1) != 0 ? -v : v;
            }
        }
    }
}
