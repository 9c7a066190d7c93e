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

    LsScanEncoder(LsBitWriter out, ScanParameters p, ContextModel ctx, int width) {
        this.out = out;
        this.p = p;
        this.ctx = ctx;
        this.width = width;
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
            encodeLineLossless(src, prev, cur, ri);
        } else {
            encodeLineNear(src, prev, cur, ri);
        }
    }

    /**
     * {@link #encodeLine} for NEAR = 0, the common case, without branches on the data where T.87's text has them:
     * MED as a clamp of Ra + Rb - Rc between min(Ra, Rb) and max(Ra, Rb) (the same value as A.4.1's cases), the
     * modulo reduction (A.4.5), the map bit of A.5.2 and the bias update of A.6.2 by sign masks and min/max, which
     * the JIT turns into conditional moves. Q2 of one sample is Q1 of the sample before (Rb and Rd move one left),
     * so only two gradients are looked up per sample.
     */
    private void encodeLineLossless(int[] src, int[] prev, int[] cur, int ri) {
        final int w = width;
        final byte[] quant = p.quant;
        final int off = p.maxVal;
        final int maxVal = p.maxVal;
        final int range = p.range;
        final int halfMinus1 = ((range + 1) >> 1) - 1;
        final int limit = p.limit;
        final int maxZeros = limit - p.qbpp - 1;
        final int reset = p.reset;
        final int[] a = ctx.a;
        final int[] b = ctx.b;
        final int[] c = ctx.c;
        final int[] n = ctx.n;
        final LsBitWriter out = this.out;
        cur[0] = prev[1];
        prev[w + 1] = prev[w];
        int ra = cur[0];
        int rb = prev[1];
        int rc = prev[0];
        int q2 = quant[rb - rc + off];
        int x = 1;
        while (x <= w) {
            int rd = prev[x + 1];
            int q1 = quant[rd - rb + off];
            int q = 81 * q1 + 9 * q2 + quant[rc - ra + off];
            if (q == 0) {
                x = encodeRun(src, prev, cur, x, ri);
                if (x > w) {
                    break;
                }
                ra = cur[x - 1];
                rb = prev[x];
                rc = prev[x - 1];
                q2 = quant[rb - rc + off];
                continue;
            }
            int s = q >> 31; // 0 for positive contexts, -1 for merged negative ones
            q = (q ^ s) - s;
            int px = Math.max(Math.min(ra, rb), Math.min(Math.max(ra, rb), ra + rb - rc));
            px = Math.min(Math.max(px + ((c[q] ^ s) - s), 0), maxVal);
            int ix = src[x];
            int err = ((ix - px) ^ s) - s;
            err += range & (err >> 31);
            err -= range & ((halfMinus1 - err) >> 31);
            int aq = a[q];
            int bq = b[q];
            int nq = n[q];
            int k = ContextModel.golombK(nq, aq);
            int flip = ((k - 1) & (2 * bq + nq - 1)) >> 31; // T.87 A.5.2: k = 0 and 2 B[Q] <= -N[Q]
            int e = err ^ flip;
            int merr = (e << 1) ^ (e >> 31);
            int hi = merr >>> k;
            if (hi < maxZeros && hi + k < 32) {
                out.write((1 << k) | (merr & ((1 << k) - 1)), hi + k + 1);
            } else {
                golomb(merr, k, limit);
            }
            // Context update (T.87 A.6.1, A.6.2).
            aq += (err ^ (err >> 31)) - (err >> 31);
            bq += err;
            if (nq == reset) {
                aq >>= 1;
                bq >>= 1;
                nq >>= 1;
            }
            nq++;
            a[q] = aq;
            n[q] = nq;
            int down = (bq + nq - 1) >> 31; // -1 when B[Q] <= -N[Q]
            int up = -bq >> 31; // -1 when B[Q] > 0
            b[q] = Math.min(Math.max(bq + (nq & down) - (nq & up), 1 - nq), 0);
            c[q] = Math.min(Math.max(c[q] + down - up, ContextModel.MIN_C), ContextModel.MAX_C);
            cur[x] = ix;
            rc = rb;
            rb = rd;
            ra = ix;
            q2 = q1;
            x++;
        }
        cur[w + 1] = cur[w];
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
        final int[] a = ctx.a;
        final int[] b = ctx.b;
        final int[] c = ctx.c;
        final int[] n = ctx.n;
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
            q = (q ^ s) - s;
            int px = LsPrediction.correct(LsPrediction.med(ra, rb, rc), (c[q] ^ s) - s, maxVal);
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
            int nq = n[q];
            int k = ContextModel.golombK(nq, a[q]);
            int merr = near == 0 && k == 0 && 2 * b[q] <= -nq ? map(~err) : map(err);
            golomb(merr, k, limit);
            ContextModel.updateRegular(a, b, c, n, q, err, step, reset);
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
        q = (q ^ s) - s;
        int px = LsPrediction.correct(LsPrediction.med(ra, rb, rc), (ctx.c[q] ^ s) - s, p.maxVal);
        int err = ((ix - px) ^ s) - s;
        int rx = ix;
        if (p.near > 0) {
            err = LsPrediction.quantizeError(err, p.near, p.step);
            rx = LsPrediction.clamp(px + (((err * p.step) ^ s) - s), p.maxVal);
        }
        err = LsPrediction.reduce(err, p.range);
        int nq = ctx.n[q];
        int k = ContextModel.golombK(nq, ctx.a[q]);
        int merr = p.near == 0 && k == 0 && 2 * ctx.b[q] <= -nq ? map(~err) : map(err);
        golomb(merr, k, p.limit);
        ContextModel.updateRegular(ctx.a, ctx.b, ctx.c, ctx.n, q, err, p.step, p.reset);
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
