// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import org.dicomtools.codec.CodecFailure;

/**
 * Decodes the lines of one JPEG-LS scan (T.87 Annex F, the inverse of Annex A): the same context modelling and
 * prediction as {@link LsScanEncoder}, reading Golomb codes and run lengths instead of writing them. Lines are laid
 * out as the encoder's are. A code out of range is a {@link CodecFailure}, never an array index error.
 */
final class LsScanDecoder {
    private final LsBitReader in;
    private final ScanParameters p;
    private final ContextModel ctx;
    private final int width;

    /** Per line of the lossless loop: 81 Q1 + 9 Q2 of each sample, from the line above only. */
    private final int[] aboveContexts;

    LsScanDecoder(LsBitReader in, ScanParameters p, ContextModel ctx, int width) {
        this.in = in;
        this.p = p;
        this.ctx = ctx;
        this.width = width;
        this.aboveContexts = new int[width + 2];
    }

    /** Decodes one line of one component (ILV 0 or 1) into {@code cur}; {@code ri} selects the run index. */
    void decodeLine(int[] prev, int[] cur, int ri) {
        if (p.near == 0) {
            decodeLineLossless(prev, cur, ri);
        } else {
            decodeLineNear(prev, cur, ri);
        }
    }

    /**
     * {@link #decodeLine} for NEAR = 0, written as {@link LsScanEncoder}'s lossless loop is (the same masks and
     * min/max instead of data-dependent branches). No clamp after the modulo: the mapped error is at most RANGE (else
     * the data are corrupt), so the error is within RANGE/2 + 1 of 0 and one wrap by RANGE = MAXVAL + 1 brings
     * Px + error back into 0..MAXVAL.
     */
    private void decodeLineLossless(int[] prev, int[] cur, int ri) {
        final int w = width;
        final byte[] quant = p.quant;
        final int off = p.maxVal;
        final int[] q12 = aboveContexts;
        cur[0] = prev[1];
        prev[w + 1] = prev[w];
        for (int x = 1; x <= w; x++) {
            int rb = prev[x];
            q12[x] = 81 * quant[prev[x + 1] - rb + off] + 9 * quant[rb - prev[x - 1] + off];
        }
        final int[] st = ctx.state;
        final int maxVal = p.maxVal;
        final int range = p.range;
        final int maxZeros = p.limit - p.qbpp - 1;
        final int reset = p.reset;
        final LsBitReader in = this.in;
        long acc = in.acc;
        int bits = in.bits;
        int ra = cur[0];
        int x = 1;
        while (x <= w) {
            if (bits < 32) {
                in.acc = acc;
                in.bits = bits;
                in.fill();
                acc = in.acc;
                bits = in.bits;
            }
            int q = q12[x] + quant[prev[x - 1] - ra + off];
            if (q == 0) {
                in.acc = acc;
                in.bits = bits;
                x = decodeRun(prev, cur, x, ri);
                acc = in.acc;
                bits = in.bits;
                ra = cur[x - 1];
                continue;
            }
            int s = q >> 31;
            int i = ContextModel.at((q ^ s) - s);
            int k = ContextModel.golombK(st[i + ContextModel.N], st[i + ContextModel.A]);
            // The code (T.87 A.5.3) in one go when it is in the accumulator and not the escape code.
            int merr;
            int lz = Long.numberOfLeadingZeros(acc);
            if (lz + k < bits && lz < maxZeros) {
                merr = (lz << k) | (int) ((acc << lz << 1) >>> 1 >>> (63 - k));
                acc = acc << lz << 1 << k;
                bits -= lz + 1 + k;
            } else {
                in.acc = acc;
                in.bits = bits;
                merr = in.readGolomb(k, p.limit, p.qbpp);
                acc = in.acc;
                bits = in.bits;
            }
            if (merr > range || merr < 0) {
                throw corrupt();
            }
            // The context's values are loaded after the read, so that few values live across its call.
            int aq = st[i + ContextModel.A];
            int bq = st[i + ContextModel.B];
            int cq = st[i + ContextModel.C];
            int nq = st[i + ContextModel.N];
            int flip = ((k - 1) & (2 * bq + nq - 1)) >> 31; // T.87 A.5.2: k = 0 and 2 B[Q] <= -N[Q]
            int err = ((merr >>> 1) ^ -(merr & 1)) ^ flip;
            int rb = prev[x];
            int rc = prev[x - 1];
            int px = Math.max(Math.min(ra, rb), Math.min(Math.max(ra, rb), ra + rb - rc));
            px = Math.min(Math.max(px + ((cq ^ s) - s), 0), maxVal);
            int rx = px + ((err ^ s) - s);
            rx += range & (rx >> 31);
            rx -= range & ((maxVal - rx) >> 31);
            cur[x] = rx;
            ra = rx;
            x++;
            // Context update (T.87 A.6.1, A.6.2), as the encoder's.
            aq += (err ^ (err >> 31)) - (err >> 31);
            bq += err;
            if (nq == reset) {
                aq >>= 1;
                bq >>= 1;
                nq >>= 1;
            }
            nq++;
            int down = (bq + nq - 1) >> 31;
            int up = -bq >> 31;
            st[i + ContextModel.A] = aq;
            st[i + ContextModel.B] = Math.min(Math.max(bq + (nq & down) - (nq & up), 1 - nq), 0);
            st[i + ContextModel.C] = Math.min(Math.max(cq + down - up, ContextModel.MIN_C), ContextModel.MAX_C);
            st[i + ContextModel.N] = nq;
        }
        in.acc = acc;
        in.bits = bits;
        cur[w + 1] = cur[w];
    }

    /** {@link #decodeLine} for NEAR &gt; 0, T.87 Annex F as written. */
    private void decodeLineNear(int[] prev, int[] cur, int ri) {
        final int w = width;
        final byte[] quant = p.quant;
        final int off = p.maxVal;
        final int maxVal = p.maxVal;
        final int near = p.near;
        final int step = p.step;
        final int range = p.range;
        final int wrap = range * step;
        final int limit = p.limit;
        final int qbpp = p.qbpp;
        final int reset = p.reset;
        final int[] st = ctx.state;
        final LsBitReader in = this.in;
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
                x = decodeRun(prev, cur, x, ri);
                if (x > w) {
                    break;
                }
                ra = cur[x - 1];
                rb = prev[x];
                rc = prev[x - 1];
                continue;
            }
            int s = q >> 31;
            int i = ContextModel.at((q ^ s) - s);
            int px = LsPrediction.correct(LsPrediction.med(ra, rb, rc), (st[i + ContextModel.C] ^ s) - s,
                    maxVal);
            int nq = st[i + ContextModel.N];
            int k = ContextModel.golombK(nq, st[i + ContextModel.A]);
            int merr = in.readGolomb(k, limit, qbpp);
            if (merr > range || merr < 0) {
                throw corrupt();
            }
            int err = (merr >>> 1) ^ -(merr & 1);
            if (near == 0 && k == 0 && 2 * st[i + ContextModel.B] <= -nq) {
                err = ~err;
            }
            ContextModel.updateRegular(st, i, err, step, reset);
            int rx = px + (((err * step) ^ s) - s);
            if (rx < -near) {
                rx += wrap;
            } else if (rx > maxVal + near) {
                rx -= wrap;
            }
            if (rx < 0) {
                rx = 0;
            } else if (rx > maxVal) {
                rx = maxVal;
            }
            cur[x] = rx;
            rc = rb;
            rb = rd;
            ra = rx;
            x++;
        }
        cur[w + 1] = cur[w];
    }

    private CodecFailure corrupt() {
        return new CodecFailure("corrupt JPEG-LS data near byte offset " + in.position()
                + ": a prediction error out of range");
    }

    /** Run mode from sample {@code x} (T.87 A.7, decoding); returns the index after the last sample decoded. */
    private int decodeRun(int[] prev, int[] cur, int x, int ri) {
        final int w = width;
        int runVal = cur[x - 1];
        int end = x + decodeRunLength(w - x + 1, ri);
        for (int i = x; i < end; i++) {
            cur[i] = runVal;
        }
        if (end > w) {
            return end;
        }
        int idx = ctx.runIndex[ri];
        int ra = cur[end - 1];
        int rb = prev[end];
        int riType = Math.abs(ra - rb) <= p.near ? 1 : 0;
        cur[end] = decodeInterruption(ra, rb, riType, idx);
        ctx.runIndex[ri] = idx > 0 ? idx - 1 : 0;
        return end + 1;
    }

    /**
     * Reads a run length (T.87 A.7.1.2 inverted) of at most {@code remaining} samples, advancing run index
     * {@code ri} of the context model as the encoder did; returns {@code remaining} when the run reaches the end of
     * the line.
     */
    int decodeRunLength(int remaining, int ri) {
        int idx = ctx.runIndex[ri];
        int count = 0;
        int result = -1;
        while (result < 0 && in.readBit() == 1) {
            int block = 1 << ScanParameters.J[idx];
            if (block > remaining - count) {
                result = remaining; // a partial block that ends the line
            } else {
                count += block;
                if (idx < 31) {
                    idx++;
                }
                if (count == remaining) {
                    result = remaining;
                }
            }
        }
        if (result < 0) {
            result = count + in.readBits(ScanParameters.J[idx]);
            if (result >= remaining) {
                throw new CodecFailure("corrupt JPEG-LS data near byte offset " + in.position()
                        + ": a run beyond the end of the line");
            }
        }
        ctx.runIndex[ri] = idx;
        return result;
    }

    /**
     * Decodes a run interruption sample with neighbours Ra and Rb (T.87 A.7.2) in context 365 + riType, the code
     * limited by run index {@code idx}; returns its reconstructed value.
     */
    int decodeInterruption(int ra, int rb, int riType, int idx) {
        int px = riType == 1 ? ra : rb;
        int q = ContextModel.REGULAR + riType;
        int k = ctx.interruptionK(q, riType);
        int em = in.readGolomb(k, p.limit - ScanParameters.J[idx] - 1, p.qbpp);
        if (em > p.range || em < 0) {
            throw corrupt();
        }
        int t = em + riType;
        int mapBit = t & 1;
        int abs = (t + mapBit) >> 1;
        int err;
        if (ctx.interruptionPositiveFirst(q, k)) {
            err = mapBit == 1 ? abs : -abs;
        } else {
            err = mapBit == 1 ? -abs : abs;
        }
        ctx.updateInterruption(q, riType, err, em);
        int sign = riType == 0 && ra > rb ? -1 : 1;
        return LsPrediction.reconstruct(px, sign * err, p);
    }

    /**
     * Decodes one sample in regular mode outside the inlined loop (sample-interleaved scans); {@code q} is the
     * context before sign merging, possibly 0.
     */
    int decodeRegular(int q, int ra, int rb, int rc) {
        int s = q >> 31;
        int i = ContextModel.at((q ^ s) - s);
        int px = LsPrediction.correct(LsPrediction.med(ra, rb, rc), (ctx.state[i + ContextModel.C] ^ s) - s,
                p.maxVal);
        int nq = ctx.state[i + ContextModel.N];
        int k = ContextModel.golombK(nq, ctx.state[i + ContextModel.A]);
        int merr = in.readGolomb(k, p.limit, p.qbpp);
        if (merr > p.range || merr < 0) {
            throw corrupt();
        }
        int err = (merr >>> 1) ^ -(merr & 1);
        if (p.near == 0 && k == 0 && 2 * ctx.state[i + ContextModel.B] <= -nq) {
            err = ~err;
        }
        ContextModel.updateRegular(ctx.state, i, err, p.step, p.reset);
        return LsPrediction.reconstruct(px, ((err ^ s) - s), p);
    }
}
