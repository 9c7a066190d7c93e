// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

/**
 * Codes the lines of one JPEG-LS scan (T.87 Annex A): per sample the context from the gradients D1..D3, then either
 * regular mode (MED prediction, correction by C[Q], error quantisation for NEAR &gt; 0, modulo reduction, mapping and
 * limited-length Golomb coding, context update) or run mode (run length with the J table, run interruption sample).
 *
 * <p>Lines are {@code int} arrays of {@code width + 2}: index 0 is the sample left of the line, 1..width the samples,
 * width+1 the one right of it. The caller keeps, per component, the previous line's reconstructed values and a line
 * to reconstruct into, and swaps them after each line.
 */
final class LsScanEncoder {
    private final LsBitWriter out;
    private final ScanParameters p;
    private final ContextModel ctx;
    private final int width;

    /**
     * Per line of the lossless loop: each sample's context Q (before sign merging, -364..364) in the high 16 bits and
     * its MED prediction (0..65535) in the low 16.
     */
    private final int[] contextAndPrediction;

    LsScanEncoder(LsBitWriter out, ScanParameters p, ContextModel ctx, int width) {
        this.out = out;
        this.p = p;
        this.ctx = ctx;
        this.width = width;
        this.contextAndPrediction = new int[width + 2];
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
        if (p.near == 0) {
            if (cur != src) {
                System.arraycopy(src, 1, cur, 1, width);
            }
            encodeLineLossless(cur, prev, ri);
        } else {
            encodeLineNear(src, prev, cur, ri);
        }
    }

    /**
     * {@link #encodeLine} for NEAR = 0, the common case. Lossless, every reconstructed value is the sample itself, so
     * the contexts and MED predictions of a whole line depend on the samples only: a first pass computes them (T.87
     * A.3, A.4.1; MED as a clamp of Ra + Rb - Rc between min(Ra, Rb) and max(Ra, Rb), the same value as A.4.1's
     * cases), a second codes the line. The second pass has no branches on the data where T.87's text has them: the
     * modulo reduction (A.4.5), the map bit (A.5.2) and the bias update (A.6.2) use sign masks and min/max, which the
     * JIT turns into conditional moves. It keeps the bit writer's accumulator in locals.
     *
     * @param line the samples at 1..width, which are also the reconstructed line
     */
    private void encodeLineLossless(int[] line, int[] prev, int ri) {
        final int w = width;
        final byte[] quant = p.quant;
        final int off = p.maxVal;
        final int[] qp = contextAndPrediction;
        line[0] = prev[1];
        prev[w + 1] = prev[w];
        line[w + 1] = line[w];
        for (int x = 1; x <= w; x++) {
            int ra = line[x - 1];
            int rb = prev[x];
            int rc = prev[x - 1];
            int q = 81 * quant[prev[x + 1] - rb + off] + 9 * quant[rb - rc + off] + quant[rc - ra + off];
            int px = Math.max(Math.min(ra, rb), Math.min(Math.max(ra, rb), ra + rb - rc));
            qp[x] = q << 16 | px;
        }
        final int[] st = ctx.state;
        final int maxVal = p.maxVal;
        final int range = p.range;
        final int halfMinus1 = ((range + 1) >> 1) - 1;
        final int limit = p.limit;
        final int maxZeros = limit - p.qbpp - 1;
        final int reset = p.reset;
        final LsBitWriter out = this.out;
        long acc = out.acc;
        int bits = out.bits;
        int x = 1;
        while (x <= w) {
            int q = qp[x] >> 16;
            if (q == 0) {
                out.acc = acc;
                out.bits = bits;
                x = encodeRun(line, prev, line, x, ri);
                acc = out.acc;
                bits = out.bits;
                continue;
            }
            int s = q >> 31; // 0 for positive contexts, -1 for merged negative ones
            int i = ContextModel.at((q ^ s) - s);
            int cq = st[i + ContextModel.C];
            int px = Math.min(Math.max((qp[x] & 0xFFFF) + ((cq ^ s) - s), 0), maxVal);
            int err = ((line[x] - px) ^ s) - s;
            err += range & (err >> 31);
            err -= range & ((halfMinus1 - err) >> 31);
            int aq = st[i + ContextModel.A];
            int bq = st[i + ContextModel.B];
            int nq = st[i + ContextModel.N];
            int k = ContextModel.golombK(nq, aq);
            int flip = ((k - 1) & (2 * bq + nq - 1)) >> 31; // T.87 A.5.2: k = 0 and 2 B[Q] <= -N[Q]
            int e = err ^ flip;
            int merr = (e << 1) ^ (e >> 31);
            // Context update (T.87 A.6.1, A.6.2) before the code is written: fewer values live across the writer's
            // calls.
            aq += (err ^ (err >> 31)) - (err >> 31);
            bq += err;
            if (nq == reset) {
                aq >>= 1;
                bq >>= 1;
                nq >>= 1;
            }
            nq++;
            int down = (bq + nq - 1) >> 31; // -1 when B[Q] <= -N[Q]
            int up = -bq >> 31; // -1 when B[Q] > 0
            st[i + ContextModel.A] = aq;
            st[i + ContextModel.B] = Math.min(Math.max(bq + (nq & down) - (nq & up), 1 - nq), 0);
            st[i + ContextModel.C] = Math.min(Math.max(cq + down - up, ContextModel.MIN_C), ContextModel.MAX_C);
            st[i + ContextModel.N] = nq;
            int hi = merr >>> k;
            if (hi < maxZeros && hi + k < 32) {
                // hi 0 bits, a 1 bit and the low k bits of merr (T.87 A.5.3)
                int len = hi + k + 1;
                acc = (acc << len) | ((1 << k) | (merr & ((1 << k) - 1)));
                bits += len;
                if (bits >= 32) {
                    if (out.put32((int) (acc >>> (bits - 32)))) {
                        bits -= 32;
                    } else {
                        out.acc = acc;
                        out.bits = bits;
                        out.drain();
                        bits = out.bits;
                    }
                }
            } else {
                out.acc = acc;
                out.bits = bits;
                golomb(merr, k, limit);
                acc = out.acc;
                bits = out.bits;
            }
            x++;
        }
        out.acc = acc;
        out.bits = bits;
    }

    /** {@link #encodeLine} for NEAR &gt; 0, T.87 Annex A as written. */
    private void encodeLineNear(int[] src, int[] prev, int[] cur, int ri) {
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
