// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import static org.dicomtools.codec.j2k.T1Tables.BELOW;
import static org.dicomtools.codec.j2k.T1Tables.CX_MR;
import static org.dicomtools.codec.j2k.T1Tables.CX_RUN;
import static org.dicomtools.codec.j2k.T1Tables.CX_UNIFORM;
import static org.dicomtools.codec.j2k.T1Tables.NEG;
import static org.dicomtools.codec.j2k.T1Tables.NEG_E;
import static org.dicomtools.codec.j2k.T1Tables.NEG_N;
import static org.dicomtools.codec.j2k.T1Tables.NEG_S;
import static org.dicomtools.codec.j2k.T1Tables.NEG_W;
import static org.dicomtools.codec.j2k.T1Tables.NEIGHBOURS;
import static org.dicomtools.codec.j2k.T1Tables.QE;
import static org.dicomtools.codec.j2k.T1Tables.REFINED;
import static org.dicomtools.codec.j2k.T1Tables.SC;
import static org.dicomtools.codec.j2k.T1Tables.SIG;
import static org.dicomtools.codec.j2k.T1Tables.SIG_E;
import static org.dicomtools.codec.j2k.T1Tables.SIG_N;
import static org.dicomtools.codec.j2k.T1Tables.SIG_NE;
import static org.dicomtools.codec.j2k.T1Tables.SIG_NW;
import static org.dicomtools.codec.j2k.T1Tables.SIG_S;
import static org.dicomtools.codec.j2k.T1Tables.SIG_SE;
import static org.dicomtools.codec.j2k.T1Tables.SIG_SW;
import static org.dicomtools.codec.j2k.T1Tables.SIG_W;
import static org.dicomtools.codec.j2k.T1Tables.VISITED;
import static org.dicomtools.codec.j2k.T1Tables.ZC;

import java.util.Arrays;

/**
 * Tier-1 decoding of one code-block (ISO 15444-1 Annex D): its coding passes, significance propagation, magnitude
 * refinement and cleanup, bit-plane by bit-plane from the most significant, in stripes of four rows, with every
 * code-block style of Table A.19.
 *
 * <p>Each coefficient has a flags word (see {@link T1Tables}) in an array with a one-sample border, so neighbours
 * are updated and read without bounds checks; when a coefficient becomes significant it sets its significance (and
 * sign) in its eight neighbours' words, so a context is one table lookup. Magnitudes are kept doubled with the
 * half of the last decoded bit-plane added (the mid-point reconstruction of E.1.1.2): exact magnitudes are then
 * {@code value >> 1} when every pass was decoded, and the mid-points of their intervals otherwise.
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

    private final MqDecoder mq = new MqDecoder();
    /** Flags words, stripe by stripe, column by column, the 4 rows of a column together; one-column border. */
    private int[] flags = new int[66 * 72];
    /** Magnitudes in the same order as the flags, without the border. */
    private int[] coef = new int[64 * 64];
    /** Decoded coefficients of the last code-block, row by row ({@code width} a row), signed, doubled. */
    int[] data = new int[64 * 64];
    private byte[] joined = new byte[4096];
    private int w;
    private int h;
    /** Flags words from one stripe to the next. */
    private int fs;
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
        fs = 4 * (w + 2);
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
        int fn = fs * (stripes + 2);
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
        int orient = orientation << 8;
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
                            significance(plane, orient, true);
                        } else {
                            significanceMq(plane, orient);
                        }
                    }
                    case REFINEMENT -> {
                        if (raw) {
                            refinement(plane, true);
                        } else {
                            refinementMq(plane);
                        }
                    }
                    default -> {
                        cleanupMq(plane, orient);
                        if ((style & SEGSYM) != 0) {
                            for (int i = 0; i < 4; i++) {
                                mq.decode(CX_UNIFORM);
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
        applySigns(n);
    }

    private void startSegment(byte[] stream, CodeBlock block, int s, boolean raw) {
        byte[] bytes = stream;
        int start = 0;
        int end = 0;
        int first = -1;
        int count = 0;
        int total = 0;
        for (int i = 0; i < block.chunks; i++) {
            if (block.chunkSegment[i] == s) {
                if (first < 0) {
                    first = i;
                }
                count++;
                total += block.chunkLength[i];
            }
        }
        if (count == 1) {
            start = block.chunkOffset[first];
            end = start + total;
        } else if (count > 1) {
            if (joined.length < total) {
                joined = new byte[Math.max(total, 2 * joined.length)];
            }
            int p = 0;
            for (int i = first; i < block.chunks; i++) {
                if (block.chunkSegment[i] == s) {
                    System.arraycopy(stream, block.chunkOffset[i], joined, p, block.chunkLength[i]);
                    p += block.chunkLength[i];
                }
            }
            bytes = joined;
            end = total;
        }
        if (raw) {
            mq.startRaw(bytes, start, end);
        } else {
            mq.start(bytes, start, end);
        }
    }

    /**
     * Makes coefficient {@code fi} (flags index, row {@code k} of its stripe) significant, negative when
     * {@code neg}, and tells its eight neighbours.
     */
    private void significant(int[] f, int fi, int k, int neg) {
        int up = k == 0 ? 3 - fs : -1;
        int down = k == 3 ? fs - 3 : 1;
        int n = fi + up;
        int s = fi + down;
        f[n - 4] |= SIG_SE;
        f[n] |= SIG_S | (neg == 0 ? 0 : NEG_S);
        f[n + 4] |= SIG_SW;
        f[fi - 4] |= SIG_E | (neg == 0 ? 0 : NEG_E);
        f[fi] |= SIG | (neg == 0 ? 0 : NEG);
        f[fi + 4] |= SIG_W | (neg == 0 ? 0 : NEG_W);
        f[s - 4] |= SIG_NE;
        f[s] |= SIG_N | (neg == 0 ? 0 : NEG_N);
        f[s + 4] |= SIG_NW;
    }

    private int sign(int f, boolean raw) {
        if (raw) {
            return mq.raw();
        }
        int sc = SC[T1Tables.signIndex(f)];
        return mq.decode(sc >> 1) ^ (sc & 1);
    }

    /** Significance propagation pass (D.3.1). */
    private void significance(int plane, int orient, boolean raw) {
        int[] f = flags;
        int[] d = coef;
        int set = 3 << plane;
        for (int y0 = 0, s = 0; y0 < h; y0 += 4, s++) {
            int rows = Math.min(4, h - y0);
            int fi = (s + 1) * fs + 4;
            int di = s * 4 * w;
            for (int x = 0; x < w; x++, fi += 4, di += 4) {
                if ((f[fi] | f[fi + 1] | f[fi + 2] | f[fi + 3]) == 0) {
                    continue;
                }
                for (int k = 0; k < rows; k++) {
                    int fl = f[fi + k];
                    if ((fl & SIG) != 0) {
                        continue;
                    }
                    int fm = vsc && k == 3 ? fl & ~BELOW : fl;
                    if ((fm & NEIGHBOURS) == 0) {
                        continue;
                    }
                    int bit = raw ? mq.raw() : mq.decode(ZC[orient | fm & NEIGHBOURS]);
                    if (bit != 0) {
                        significant(f, fi + k, k, sign(fm, raw));
                        d[di + k] = set;
                    }
                    f[fi + k] |= VISITED;
                }
            }
        }
    }

    /** Magnitude refinement pass (D.3.3). */
    private void refinement(int plane, boolean raw) {
        int[] f = flags;
        int[] d = coef;
        int half = 1 << plane;
        for (int y0 = 0, s = 0; y0 < h; y0 += 4, s++) {
            int rows = Math.min(4, h - y0);
            int fi = (s + 1) * fs + 4;
            int di = s * 4 * w;
            for (int x = 0; x < w; x++, fi += 4, di += 4) {
                if (((f[fi] | f[fi + 1] | f[fi + 2] | f[fi + 3]) & SIG) == 0) {
                    continue;
                }
                for (int k = 0; k < rows; k++) {
                    int fl = f[fi + k];
                    if ((fl & (SIG | VISITED)) != SIG) {
                        continue;
                    }
                    int bit;
                    if (raw) {
                        bit = mq.raw();
                    } else {
                        int fm = vsc && k == 3 ? fl & ~BELOW : fl;
                        int cx = (fl & REFINED) != 0 ? CX_MR + 2 : (fm & NEIGHBOURS) != 0 ? CX_MR + 1 : CX_MR;
                        bit = mq.decode(cx);
                    }
                    d[di + k] += bit != 0 ? half : -half;
                    f[fi + k] = fl | REFINED;
                }
            }
        }
    }

    // The passes below keep the MQ registers A, C and CT in local variables, with DECODE's common case written
    // out in place (an MPS without renormalisation) and MqDecoder.exchange for the rest; kept in fields, every
    // decision would wait on the stores of the one before.

    /** Significance propagation pass (D.3.1) through the MQ decoder. */
    private void significanceMq(int plane, int orient) {
        int[] f = flags;
        int[] d = coef;
        int[] st = mq.states;
        MqDecoder m = mq;
        int a = m.a;
        int c = m.c;
        int ct = m.ct;
        int set = 3 << plane;
        for (int y0 = 0, s = 0; y0 < h; y0 += 4, s++) {
            int rows = Math.min(4, h - y0);
            int fi = (s + 1) * fs + 4;
            int di = s * 4 * w;
            for (int x = 0; x < w; x++, fi += 4, di += 4) {
                // Skip, without a branch per sample, a column where no sample is insignificant with a
                // significant neighbour (bit 8: some neighbour significant, and not the sample itself).
                int f0 = f[fi];
                int f1 = f[fi + 1];
                int f2 = f[fi + 2];
                int f3 = f[fi + 3];
                int any = (((f0 & NEIGHBOURS) + NEIGHBOURS) & ~(f0 >>> 4)) | (((f1 & NEIGHBOURS) + NEIGHBOURS) & ~(f1 >>> 4))
                        | (((f2 & NEIGHBOURS) + NEIGHBOURS) & ~(f2 >>> 4)) | (((f3 & NEIGHBOURS) + NEIGHBOURS) & ~(f3 >>> 4));
                if ((any & 0x100) == 0) {
                    continue;
                }
                for (int k = 0; k < rows; k++) {
                    int fl = f[fi + k];
                    if ((fl & SIG) != 0) {
                        continue;
                    }
                    int fm = vsc && k == 3 ? fl & ~BELOW : fl;
                    if ((fm & NEIGHBOURS) == 0) {
                        continue;
                    }
                    int cx = ZC[orient | fm & NEIGHBOURS];
                    int bit;
                    int sx = st[cx];
                    int qe = QE[sx];
                    a -= qe;
                    if ((c >>> 16) >= qe && a >= 0x8000) {
                        c -= qe << 16;
                        bit = sx & 1;
                    } else {
                        long r = m.exchange(cx, sx, qe, a, c, ct);
                        a = (int) r & 0xFFFF;
                        ct = (int) r >>> 16 & 0xFF;
                        bit = (int) r >>> 24 & 1;
                        c = (int) (r >>> 32);
                    }
                    if (bit != 0) {
                        int sc = SC[T1Tables.signIndex(fm)];
                        cx = sc >> 1;
                        sx = st[cx];
                        qe = QE[sx];
                        a -= qe;
                        if ((c >>> 16) >= qe && a >= 0x8000) {
                            c -= qe << 16;
                            bit = sx & 1;
                        } else {
                            long r = m.exchange(cx, sx, qe, a, c, ct);
                            a = (int) r & 0xFFFF;
                            ct = (int) r >>> 16 & 0xFF;
                            bit = (int) r >>> 24 & 1;
                            c = (int) (r >>> 32);
                        }
                        significant(f, fi + k, k, bit ^ (sc & 1));
                        d[di + k] = set;
                    }
                    f[fi + k] |= VISITED;
                }
            }
        }
        m.a = a;
        m.c = c;
        m.ct = ct;
    }

    /** Magnitude refinement pass (D.3.3) through the MQ decoder. */
    private void refinementMq(int plane) {
        int[] f = flags;
        int[] d = coef;
        int[] st = mq.states;
        MqDecoder m = mq;
        int a = m.a;
        int c = m.c;
        int ct = m.ct;
        int half = 1 << plane;
        for (int y0 = 0, s = 0; y0 < h; y0 += 4, s++) {
            int rows = Math.min(4, h - y0);
            int fi = (s + 1) * fs + 4;
            int di = s * 4 * w;
            for (int x = 0; x < w; x++, fi += 4, di += 4) {
                int f0 = f[fi];
                int f1 = f[fi + 1];
                int f2 = f[fi + 2];
                int f3 = f[fi + 3];
                // Significant and not visited in this bit-plane's significance pass.
                if ((((f0 & ~(f0 >>> 2)) | (f1 & ~(f1 >>> 2)) | (f2 & ~(f2 >>> 2)) | (f3 & ~(f3 >>> 2))) & SIG) == 0) {
                    continue;
                }
                for (int k = 0; k < rows; k++) {
                    int fl = f[fi + k];
                    if ((fl & (SIG | VISITED)) != SIG) {
                        continue;
                    }
                    int fm = vsc && k == 3 ? fl & ~BELOW : fl;
                    int cx = (fl & REFINED) != 0 ? CX_MR + 2 : (fm & NEIGHBOURS) != 0 ? CX_MR + 1 : CX_MR;
                    int bit;
                    int sx = st[cx];
                    int qe = QE[sx];
                    a -= qe;
                    if ((c >>> 16) >= qe && a >= 0x8000) {
                        c -= qe << 16;
                        bit = sx & 1;
                    } else {
                        long r = m.exchange(cx, sx, qe, a, c, ct);
                        a = (int) r & 0xFFFF;
                        ct = (int) r >>> 16 & 0xFF;
                        bit = (int) r >>> 24 & 1;
                        c = (int) (r >>> 32);
                    }
                    d[di + k] += bit != 0 ? half : -half;
                    f[fi + k] = fl | REFINED;
                }
            }
        }
        m.a = a;
        m.c = c;
        m.ct = ct;
    }

    /** Cleanup pass (D.3.4) with the MQ registers in locals; the run-length decisions go through the decoder. */
    private void cleanupMq(int plane, int orient) {
        int[] f = flags;
        int[] d = coef;
        int[] st = mq.states;
        MqDecoder m = mq;
        int a = m.a;
        int c = m.c;
        int ct = m.ct;
        int set = 3 << plane;
        int mask = SIG | VISITED | NEIGHBOURS;
        for (int y0 = 0, s = 0; y0 < h; y0 += 4, s++) {
            int rows = Math.min(4, h - y0);
            int fi = (s + 1) * fs + 4;
            int di = s * 4 * w;
            for (int x = 0; x < w; x++, fi += 4, di += 4) {
                int k = 0;
                int f0 = f[fi];
                int f1 = f[fi + 1];
                int f2 = f[fi + 2];
                int f3 = f[fi + 3];
                // Neither significant nor visited: the samples this pass codes.
                if ((((~f0 & ~(f0 >>> 2)) | (~f1 & ~(f1 >>> 2)) | (~f2 & ~(f2 >>> 2)) | (~f3 & ~(f3 >>> 2))) & SIG) == 0) {
                    f[fi] &= ~VISITED;
                    f[fi + 1] &= ~VISITED;
                    f[fi + 2] &= ~VISITED;
                    f[fi + 3] &= ~VISITED;
                    continue;
                }
                if (rows == 4 && ((f[fi] | f[fi + 1] | f[fi + 2]
                        | (vsc ? f[fi + 3] & ~BELOW : f[fi + 3])) & mask) == 0) {
                    m.a = a;
                    m.c = c;
                    m.ct = ct;
                    if (m.decode(CX_RUN) == 0) {
                        a = m.a;
                        c = m.c;
                        ct = m.ct;
                        continue;
                    }
                    k = m.decode(CX_UNIFORM) << 1;
                    k |= m.decode(CX_UNIFORM);
                    int fm = vsc && k == 3 ? f[fi + k] & ~BELOW : f[fi + k];
                    significant(f, fi + k, k, sign(fm, false));
                    a = m.a;
                    c = m.c;
                    ct = m.ct;
                    d[di + k] = set;
                    k++;
                }
                for (; k < rows; k++) {
                    int fl = f[fi + k];
                    if ((fl & (SIG | VISITED)) != 0) {
                        f[fi + k] = fl & ~VISITED;
                        continue;
                    }
                    int fm = vsc && k == 3 ? fl & ~BELOW : fl;
                    int cx = ZC[orient | fm & NEIGHBOURS];
                    int bit;
                    int sx = st[cx];
                    int qe = QE[sx];
                    a -= qe;
                    if ((c >>> 16) >= qe && a >= 0x8000) {
                        c -= qe << 16;
                        bit = sx & 1;
                    } else {
                        long r = m.exchange(cx, sx, qe, a, c, ct);
                        a = (int) r & 0xFFFF;
                        ct = (int) r >>> 16 & 0xFF;
                        bit = (int) r >>> 24 & 1;
                        c = (int) (r >>> 32);
                    }
                    if (bit != 0) {
                        int sc = SC[T1Tables.signIndex(fm)];
                        cx = sc >> 1;
                        sx = st[cx];
                        qe = QE[sx];
                        a -= qe;
                        if ((c >>> 16) >= qe && a >= 0x8000) {
                            c -= qe << 16;
                            bit = sx & 1;
                        } else {
                            long r = m.exchange(cx, sx, qe, a, c, ct);
                            a = (int) r & 0xFFFF;
                            ct = (int) r >>> 16 & 0xFF;
                            bit = (int) r >>> 24 & 1;
                            c = (int) (r >>> 32);
                        }
                        significant(f, fi + k, k, bit ^ (sc & 1));
                        d[di + k] = set;
                    }
                }
            }
        }
        m.a = a;
        m.c = c;
        m.ct = ct;
    }

    /** Signed values, row by row, into {@link #data}. */
    private void applySigns(int n) {
        int[] f = flags;
        int[] d = coef;
        int[] out = data;
        for (int y = 0; y < h; y++) {
            int s = y >> 2;
            int k = y & 3;
            int fi = (s + 1) * fs + 4 + k;
            int di = s * 4 * w + k;
            int o = y * w;
            for (int x = 0; x < w; x++, fi += 4, di += 4) {
                int v = d[di];
                out[o + x] = (f[fi] & NEG) != 0 ? -v : v;
            }
        }
    }
}
