// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

/**
 * Codes the lines of one JPEG-LS scan (T.87 Annex A): per sample the context from the gradients D1..D3, then either
 * regular mode (MED prediction, correction by C[Q], error quantisation for NEAR &gt; 0, modulo reduction, mapping and
 * limited-length Golomb coding, context update) or run mode (run length with the J table, run interruption sample).
 *
 * <p>Lines are {@code int} arrays of {@code width + 2}: index 0 is the sample left of the line, 1..width the samples,
 * width+1 the one right of it. The caller keeps, per component, the previous line's reconstructed values and a line
 * to reconstruct into, and swaps them after each line; lossless, the reconstruction is the source, so the line to
 * reconstruct into may be the source line itself.
 *
 * <p>Lossless scans with the default MAXVAL go through line loops specialised for them
 * ({@link ScanParameters#specialised}), which code exactly as T.87 as written (the general loop here, kept for the
 * other scans).
 */
final class LsScanEncoder {
    private final LsBitWriter out;
    private final ScanParameters p;
    private final ContextModel ctx;
    private final int width;

    /** A line of the lossless loop, {@link #packLine packed}. */
    private final long[] packed;

    LsScanEncoder(LsBitWriter out, ScanParameters p, ContextModel ctx, int width) {
        this.out = out;
        this.p = p;
        this.ctx = ctx;
        this.width = width;
        this.packed = new long[width + 2];
    }

    /**
     * Codes one line of one component (ILV 0 or 1).
     *
     * @param src  the samples at 1..width
     * @param prev the previous line reconstructed (zeros above the first line)
     * @param cur  receives this line reconstructed
     * @param ri   which run index to use (the component in line-interleaved scans, else 0)
     */
    void encodeLine(int[] src, int[] prev, int[] cur, int ri) {
        if (p.specialised) {
            if (cur != src) {
                System.arraycopy(src, 1, cur, 1, width);
            }
            encodeLineLossless(cur, prev, ri);
        } else {
            encodeLineGeneral(src, prev, cur, ri);
        }
    }

    /**
     * {@link #encodeLine} for NEAR = 0 and RANGE = MAXVAL + 1 a power of 2 (the default MAXVAL), the common case.
     * Lossless, every reconstructed value is the sample itself, so the contexts and MED predictions of a whole line
     * depend on the samples only: {@link #packLine} computes them first. Then {@link #codeRegular} codes the samples
     * of regular mode while their codes are short and their words of coded bits need no stuffing; each time it stops,
     * this method codes one sample the general way (a run, a long code, after an {@code FF} byte) and hands back.
     *
     * @param line the samples at 1..width, which are also the reconstructed line
     */
    private void encodeLineLossless(int[] line, int[] prev, int ri) {
        final int w = width;
        final long[] packed = packLine(line, prev);
        final LsBitWriter out = this.out;
        int x = 1;
        while (x <= w) {
            x = codeRegular(packed, x, w + 1);
            if (out.bits >= 32) {
                out.drain(); // codeRegular stopped at a word with an FF byte (or a full buffer)
            }
            if (x > w) {
                break;
            }
            long v = packed[x];
            if ((int) (v >> 32) == 0) {
                x = encodeRun(line, prev, line, x, ri);
            } else {
                codeOne(v);
                x++;
            }
        }
    }

    /**
     * Sets the edges of the lines (T.87 A.2.1: Ra of the first sample and Rd of the last) and packs, per sample, its
     * context Q before sign merging (-364..364, T.87 A.3) in bits 32..63, its MED prediction (A.4.1) in 16..31 and
     * the sample in 0..15.
     */
    private long[] packLine(int[] line, int[] prev) {
        final int w = width;
        final byte[] quant = p.quant;
        final int off = p.maxVal;
        final long[] packed = this.packed;
        line[0] = prev[1];
        prev[w + 1] = prev[w];
        line[w + 1] = line[w];
        int ra = line[0];
        int rb = prev[1];
        int rc = prev[0];
        int q2 = quant[rb - rc + off];
        for (int x = 1, end = w + 1; x < end; x++) {
            int rd = prev[x + 1];
            int ix = line[x];
            int q1 = quant[rd - rb + off];
            int q = 81 * q1 + 9 * q2 + quant[rc - ra + off];
            packed[x] = (long) q << 32 | ((LsPrediction.med(ra, rb, rc) << 16 | ix) & 0xFFFFFFFFL);
            // Moving right, Rb becomes Rc, Rd becomes Rb, and Q1 (of Rd - Rb) becomes Q2 (of Rb - Rc).
            q2 = q1;
            rc = rb;
            rb = rd;
            ra = ix;
        }
        return packed;
    }

    /**
     * Codes samples {@code x, x + 1, ...} of a {@link #packLine packed} line in regular mode (T.87 A.4 to A.6) up to
     * {@code end}, and stops before a sample of run mode or one whose code is longer than 31 bits or is the escape
     * code, or after a sample that completes a word with an {@code FF} byte (whose bits it leaves in the writer's
     * accumulator, 32 or more), or when the buffer is full; it starts only when the last byte written was not
     * {@code FF}. Everything it touches is in locals and it calls nothing, so the JIT keeps it in registers: the
     * modulo reduction (A.4.5) is a sign extension from qbpp bits, and the correction, the map bit and the bias
     * update are branch-free.
     *
     * @return the index of the first sample not coded
     */
    private int codeRegular(long[] packed, int x, int end) {
        final LsBitWriter out = this.out;
        if (out.afterFf) {
            return x;
        }
        final int[] st = ctx.state;
        final int maxVal = p.maxVal;
        final int unused = 32 - p.qbpp;
        final int maxZeros = p.limit - p.qbpp - 1;
        final int reset = p.reset;
        final byte[] buf = out.buf;
        final int room = buf.length - 4;
        long acc = out.acc;
        int bits = out.bits;
        int pos = out.pos;
        for (; x < end; x++) {
            long v = packed[x];
            int q = (int) (v >> 32);
            if (q == 0) {
                break;
            }
            int s = q >> 31; // 0 for positive contexts, -1 for merged negative ones (A.3.4)
            int i = ContextModel.at((q ^ s) - s);
            int px = LsPrediction.clampRarely(((int) v >>> 16) + ((st[i + ContextModel.C] ^ s) - s), maxVal);
            int err = ((((int) v & 0xFFFF) - px) ^ s) - s;
            err = err << unused >> unused;
            int k = st[i + ContextModel.K];
            int merr = ContextModel.mapLossless(err, k, st[i + ContextModel.B], st[i + ContextModel.N]);
            int hi = merr >>> k;
            if (hi >= maxZeros || hi + k >= 32) {
                break;
            }
            ContextModel.updateLossless(st, i, err, reset);
            // hi 0 bits, a 1 bit and the low k bits of merr (A.5.3)
            int len = hi + k + 1;
            acc = (acc << len) | ((1 << k) | (merr & ((1 << k) - 1)));
            bits += len;
            if (bits >= 32) {
                int word = (int) (acc >>> (bits - 32));
                if (LsBitWriter.hasFfByte(word) || pos > room) {
                    x++;
                    break;
                }
                LsBitWriter.BIG_ENDIAN_INT.set(buf, pos, word);
                pos += 4;
                bits -= 32;
            }
        }
        out.acc = acc;
        out.bits = bits;
        out.pos = pos;
        return x;
    }

    /** Codes one {@link #packLine packed} sample of regular mode as {@link #codeRegular} does, through the writer. */
    private void codeOne(long v) {
        final int[] st = ctx.state;
        int q = (int) (v >> 32);
        int s = q >> 31;
        int i = ContextModel.at((q ^ s) - s);
        int px = LsPrediction.clampRarely(((int) v >>> 16) + ((st[i + ContextModel.C] ^ s) - s), p.maxVal);
        int err = ((((int) v & 0xFFFF) - px) ^ s) - s;
        err = err << (32 - p.qbpp) >> (32 - p.qbpp);
        int k = st[i + ContextModel.K];
        int merr = ContextModel.mapLossless(err, k, st[i + ContextModel.B], st[i + ContextModel.N]);
        ContextModel.updateLossless(st, i, err, p.reset);
        golomb(merr, k, p.limit);
    }

    /** {@link #encodeLine} for other parameters, T.87 Annex A as written. */
    private void encodeLineGeneral(int[] src, int[] prev, int[] cur, int ri) {
        final int w = width;
        final byte[] quant = p.quant;
        final int off = p.maxVal;
        final int maxVal = p.maxVal;
        final int near = p.near;
        final int step = p.step;
        final int range = p.range;
        final int half = (range + 1) >> 1;
        final int limit = p.limit;
        final int reset = p.reset;
        final int[] st = ctx.state;
        cur[0] = prev[1];
        prev[w + 1] = prev[w];
        int ra = cur[0];
        int rb = prev[1];
        int rc = prev[0];
        int x = 1;
        while (x <= w) {
            int rd = prev[x + 1];
            int q = 81 * quant[rd - rb + off] + 9 * quant[rb - rc + off] + quant[rc - ra + off];
            if (q == 0) {
                x = encodeRun(src, prev, cur, x, ri);
                if (x > w) {
                    break;
                }
                ra = cur[x - 1];
                rb = prev[x];
                rc = prev[x - 1];
                continue;
            }
            int s = q >> 31; // 0 for positive contexts, -1 for merged negative ones
            int i = ContextModel.at((q ^ s) - s);
            int px = LsPrediction.correct(LsPrediction.med(ra, rb, rc), (st[i + ContextModel.C] ^ s) - s,
                    maxVal);
            int ix = src[x];
            int err = ((ix - px) ^ s) - s;
            int rx;
            if (near == 0) {
                rx = ix;
            } else {
                err = err > 0 ? (err + near) / step : -((near - err) / step);
                rx = px + (((err * step) ^ s) - s);
                if (rx < 0) {
                    rx = 0;
                } else if (rx > maxVal) {
                    rx = maxVal;
                }
            }
            if (err < 0) {
                err += range;
            }
            if (err >= half) {
                err -= range;
            }
            int nq = st[i + ContextModel.N];
            int k = ContextModel.golombK(nq, st[i + ContextModel.A]);
            int merr = near == 0 && k == 0 && 2 * st[i + ContextModel.B] <= -nq ? map(~err) : map(err);
            golomb(merr, k, limit);
            ContextModel.updateRegular(st, i, err, step, reset);
            cur[x] = rx;
            rc = rb;
            rb = rd;
            ra = rx;
            x++;
        }
        cur[w + 1] = cur[w];
    }

    /** Error mapping (T.87 A.5.2): 0, -1, 1, -2, 2, ... to 0, 1, 2, 3, 4, ... */
    private static int map(int e) {
        return (e << 1) ^ (e >> 31);
    }

    /** Limited-length Golomb code of {@code m} with parameter {@code k} and limit {@code glimit} (T.87 A.5.3). */
    private void golomb(int m, int k, int glimit) {
        int qbpp = p.qbpp;
        int hi = m >>> k;
        int maxZeros = glimit - qbpp - 1;
        if (hi < maxZeros) {
            int code = (1 << k) | (m & ((1 << k) - 1));
            if (hi + k < 32) {
                out.write(code, hi + k + 1);
            } else {
                out.writeZeros(hi);
                out.write(code, k + 1);
            }
        } else {
            out.writeZeros(maxZeros);
            out.write(1, 1);
            out.write(m - 1, qbpp);
        }
    }

    /**
     * Run mode from sample {@code x} (T.87 A.7): codes the run of samples within NEAR of Ra, then, unless the run
     * reaches the end of the line, the sample that interrupts it.
     *
     * @return the index after the last sample coded
     */
    private int encodeRun(int[] src, int[] prev, int[] cur, int x, int ri) {
        final int w = width;
        final int near = p.near;
        int runVal = cur[x - 1];
        int end = x;
        while (end <= w && Math.abs(src[end] - runVal) <= near) {
            cur[end] = runVal;
            end++;
        }
        int idx = encodeRunLength(end - x, end > w, ctx.runIndex[ri]);
        if (end > w) {
            ctx.runIndex[ri] = idx;
            return end;
        }
        int ra = cur[end - 1];
        int rb = prev[end];
        int riType = Math.abs(ra - rb) <= near ? 1 : 0;
        cur[end] = encodeInterruption(src[end], ra, rb, riType, idx);
        ctx.runIndex[ri] = idx > 0 ? idx - 1 : 0;
        return end + 1;
    }

    /**
     * Codes a run length (T.87 A.7.1.2): a 1 bit per full block of 2^J[RUNindex] samples, raising RUNindex after
     * each; then at the end of a line a 1 bit for a partial block, elsewhere a 0 bit and the rest in J[RUNindex] bits.
     *
     * @param idx RUNindex before the run
     * @return RUNindex after it (before the decrement that follows an interruption)
     */
    int encodeRunLength(int count, boolean endOfLine, int idx) {
        while (count >= 1 << ScanParameters.J[idx]) {
            out.write(1, 1);
            count -= 1 << ScanParameters.J[idx];
            if (idx < 31) {
                idx++;
            }
        }
        if (endOfLine) {
            if (count > 0) {
                out.write(1, 1);
            }
        } else {
            out.write(0, 1);
            out.write(count, ScanParameters.J[idx]);
        }
        return idx;
    }

    /**
     * Codes one sample in regular mode, outside the inlined line loop (for sample-interleaved scans): {@code q} is
     * the context before sign merging, possibly 0.
     *
     * @return the reconstructed value
     */
    int encodeRegular(int q, int ix, int ra, int rb, int rc) {
        int s = q >> 31;
        int i = ContextModel.at((q ^ s) - s);
        int px = LsPrediction.correct(LsPrediction.med(ra, rb, rc), (ctx.state[i + ContextModel.C] ^ s) - s,
                p.maxVal);
        int err = ((ix - px) ^ s) - s;
        int rx = ix;
        if (p.near > 0) {
            err = LsPrediction.quantizeError(err, p.near, p.step);
            rx = LsPrediction.clamp(px + (((err * p.step) ^ s) - s), p.maxVal);
        }
        err = LsPrediction.reduce(err, p.range);
        int nq = ctx.state[i + ContextModel.N];
        int k = ContextModel.golombK(nq, ctx.state[i + ContextModel.A]);
        int merr = p.near == 0 && k == 0 && 2 * ctx.state[i + ContextModel.B] <= -nq ? map(~err) : map(err);
        golomb(merr, k, p.limit);
        ContextModel.updateRegular(ctx.state, i, err, p.step, p.reset);
        return rx;
    }

    /**
     * Codes a run interruption sample {@code ix} with neighbours Ra and Rb (T.87 A.7.2) in context 365 + riType, the
     * code limited by the run index {@code idx}, and returns its reconstructed value.
     */
    int encodeInterruption(int ix, int ra, int rb, int riType, int idx) {
        final int near = p.near;
        final int step = p.step;
        int px = riType == 1 ? ra : rb;
        int err = ix - px;
        int sign = 1;
        if (riType == 0 && ra > rb) {
            err = -err;
            sign = -1;
        }
        int rx;
        if (near == 0) {
            rx = ix;
        } else {
            err = LsPrediction.quantizeError(err, near, step);
            rx = LsPrediction.clamp(px + sign * err * step, p.maxVal);
        }
        err = LsPrediction.reduce(err, p.range);
        int q = ContextModel.REGULAR + riType;
        int k = ctx.interruptionK(q, riType);
        boolean positiveFirst = ctx.interruptionPositiveFirst(q, k);
        int mapBit = err > 0 ? (positiveFirst ? 1 : 0) : err < 0 ? (positiveFirst ? 0 : 1) : 0;
        int em = 2 * Math.abs(err) - riType - mapBit;
        golomb(em, k, p.limit - ScanParameters.J[idx] - 1);
        ctx.updateInterruption(q, riType, err, em);
        return rx;
    }
}
