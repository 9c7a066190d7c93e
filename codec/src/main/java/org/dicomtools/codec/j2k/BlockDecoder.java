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
    private int[] flags = new int[66 * 66];
    /** Decoded coefficients of the last code-block, row by row ({@code width} a row), signed, doubled. */
    int[] data = new int[64 * 64];
    private byte[] joined = new byte[4096];
    private int w;
    private int h;
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
        fs = w + 2;
        int n = w * h;
        if (data.length < n) {
            data = new int[n];
        }
        Arrays.fill(data, 0, n, 0);
        int fn = fs * (h + 2);
        if (flags.length < fn) {
            flags = new int[fn];
        }
        Arrays.fill(flags, 0, fn, 0);
        vsc = (style & VSC) != 0;
        int plane = bitPlanes - block.zeroPlanes - 1;
        if (block.passes == 0 || plane < 0) {
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
                    case SIGNIFICANCE -> significance(plane, orient, raw);
                    case REFINEMENT -> refinement(plane, raw);
                    default -> {
                        cleanup(plane, orient);
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

    /** Makes coefficient {@code fi} (flags index) significant, negative when {@code neg}, and tells its neighbours. */
    private void significant(int[] f, int fi, int neg) {
        int s = fs;
        f[fi - s - 1] |= SIG_SE;
        f[fi - s] |= SIG_S | (neg == 0 ? 0 : NEG_S);
        f[fi - s + 1] |= SIG_SW;
        f[fi - 1] |= SIG_E | (neg == 0 ? 0 : NEG_E);
        f[fi] |= SIG | (neg == 0 ? 0 : NEG);
        f[fi + 1] |= SIG_W | (neg == 0 ? 0 : NEG_W);
        f[fi + s - 1] |= SIG_NE;
        f[fi + s] |= SIG_N | (neg == 0 ? 0 : NEG_N);
        f[fi + s + 1] |= SIG_NW;
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
        int[] d = data;
        int set = 3 << plane;
        for (int y0 = 0; y0 < h; y0 += 4) {
            int rows = Math.min(4, h - y0);
            for (int x = 0; x < w; x++) {
                int fi = (y0 + 1) * fs + x + 1;
                int di = y0 * w + x;
                for (int k = 0; k < rows; k++, fi += fs, di += w) {
                    int fl = f[fi];
                    if ((fl & SIG) != 0) {
                        continue;
                    }
                    int fm = vsc && k == 3 ? fl & ~BELOW : fl;
                    if ((fm & NEIGHBOURS) == 0) {
                        continue;
                    }
                    int bit = raw ? mq.raw() : mq.decode(ZC[orient | fm & NEIGHBOURS]);
                    if (bit != 0) {
                        significant(f, fi, sign(fm, raw));
                        d[di] = set;
                    }
                    f[fi] |= VISITED;
                }
            }
        }
    }

    /** Magnitude refinement pass (D.3.3). */
    private void refinement(int plane, boolean raw) {
        int[] f = flags;
        int[] d = data;
        int half = 1 << plane;
        for (int y0 = 0; y0 < h; y0 += 4) {
            int rows = Math.min(4, h - y0);
            for (int x = 0; x < w; x++) {
                int fi = (y0 + 1) * fs + x + 1;
                int di = y0 * w + x;
                for (int k = 0; k < rows; k++, fi += fs, di += w) {
                    int fl = f[fi];
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
                    d[di] += bit != 0 ? half : -half;
                    f[fi] = fl | REFINED;
                }
            }
        }
    }

    /** Cleanup pass (D.3.4), with the run-length mode for columns of four samples without context. */
    private void cleanup(int plane, int orient) {
        int[] f = flags;
        int[] d = data;
        int set = 3 << plane;
        int mask = SIG | VISITED | NEIGHBOURS;
        for (int y0 = 0; y0 < h; y0 += 4) {
            int rows = Math.min(4, h - y0);
            for (int x = 0; x < w; x++) {
                int fi = (y0 + 1) * fs + x + 1;
                int di = y0 * w + x;
                int k = 0;
                if (rows == 4 && (f[fi] & mask) == 0 && (f[fi + fs] & mask) == 0 && (f[fi + 2 * fs] & mask) == 0
                        && ((vsc ? f[fi + 3 * fs] & ~BELOW : f[fi + 3 * fs]) & mask) == 0) {
                    if (mq.decode(CX_RUN) == 0) {
                        continue;
                    }
                    k = mq.decode(CX_UNIFORM) << 1;
                    k |= mq.decode(CX_UNIFORM);
                    fi += k * fs;
                    di += k * w;
                    int fm = vsc && k == 3 ? f[fi] & ~BELOW : f[fi];
                    significant(f, fi, sign(fm, false));
                    d[di] = set;
                    k++;
                    fi += fs;
                    di += w;
                }
                for (; k < rows; k++, fi += fs, di += w) {
                    int fl = f[fi];
                    if ((fl & (SIG | VISITED)) != 0) {
                        f[fi] = fl & ~VISITED;
                        continue;
                    }
                    int fm = vsc && k == 3 ? fl & ~BELOW : fl;
                    if (mq.decode(ZC[orient | fm & NEIGHBOURS]) != 0) {
                        significant(f, fi, sign(fm, false));
                        d[di] = set;
                    }
                }
            }
        }
    }

    private void applySigns(int n) {
        int[] f = flags;
        int[] d = data;
        for (int y = 0, di = 0; y < h; y++) {
            int fi = (y + 1) * fs + 1;
            for (int x = 0; x < w; x++, di++, fi++) {
                if ((f[fi] & NEG) != 0) {
                    d[di] = -d[di];
                }
            }
        }
    }
}
