// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import org.dicomtools.codec.CodecFailure;

/**
 * Decodes the lines of one JPEG-LS scan (T.87 Annex F, the inverse of Annex A): the same context modelling and
 * prediction as {@link LsScanEncoder}, reading Golomb codes and run lengths instead of writing them. Lines are laid
 * out as the encoder's are. A code out of range is a {@link CodecFailure}, never an array index error. As in the
 * encoder, lossless scans with the default MAXVAL go through specialised line loops that decode as the general one.
 */
final class LsScanDecoder {
    private final LsBitReader in;
    private final ScanParameters p;
    private final ContextModel ctx;
    private final int width;

    /** Per line of the lossless loop: what each sample's coding takes from the line above ({@link #packAbove}). */
    private final long[] above;

    LsScanDecoder(LsBitReader in, ScanParameters p, ContextModel ctx, int width) {
        this.in = in;
        this.p = p;
        this.ctx = ctx;
        this.width = width;
        this.above = new long[width + 2];
    }

    /** Decodes one line of one component (ILV 0 or 1) into {@code cur}; {@code ri} selects the run index. */
    void decodeLine(int[] prev, int[] cur, int ri) {
        if (p.specialised) {
            decodeLineLossless(prev, cur, ri);
        } else {
            decodeLineGeneral(prev, cur, ri);
        }
    }

    /**
     * {@link #decodeLine} for NEAR = 0 and RANGE = MAXVAL + 1 a power of 2 (the default MAXVAL), the common case, the
     * mirror of {@link LsScanEncoder}'s lossless loop: {@link #decodeRegular} decodes the samples of regular mode while
     * their codes are short and the data have no {@code FF} byte; each time it stops, this method decodes one sample
     * the general way (a run, a long code, around an {@code FF} byte) and hands back.
     */
    private void decodeLineLossless(int[] prev, int[] cur, int ri) {
        final int w = width;
        final long[] above = packAbove(prev, cur);
        final LsBitReader in = this.in;
        int x = 1;
        while (x <= w) {
            x = decodeRegular(above, cur, x, w + 1);
            if (x > w) {
                break;
            }
            long v = above[x];
            int ra = cur[x - 1];
            int q = (((int) (v >>> 34) & 0x3FF) - 512) + p.quant[((int) v & 0x1FFFF) - ra];
            if (q == 0) {
                x = decodeRun(prev, cur, x, ri);
            } else {
                cur[x] = decodeOne(v, q, ra);
                x++;
            }
        }
        cur[w + 1] = cur[w];
    }

    /**
     * Decodes samples {@code x, x + 1, ...} of regular mode (T.87 A.4 to A.6 inverted) into {@code cur} up to
     * {@code end}, and stops before a sample of run mode, one whose code is not in the accumulator, is the escape
     * code or gives an error out of range. It takes the data into its accumulator eight bytes at a time while none is
     * {@code FF}. Everything it touches is in locals and it calls nothing, so the JIT keeps it in registers: the
     * modulo reduction of Px + error (A.4.5) is a mask, and the correction, the map bit and the bias update are
     * branch-free.
     *
     * @return the index of the first sample not decoded
     */
    private int decodeRegular(long[] above, int[] cur, int x, int end) {
        final LsBitReader in = this.in;
        final byte[] data = in.data;
        final int lastWord = in.afterFf || in.stopped ? -1 : in.end - 8;
        final byte[] quant = p.quant;
        final int[] st = ctx.state;
        final int maxVal = p.maxVal;
        final int maxZeros = p.limit - p.qbpp - 1;
        final int reset = p.reset;
        long acc = in.acc;
        int bits = in.bits;
        int pos = in.pos;
        int ra = cur[x - 1];
        for (; x < end; x++) {
            if (bits < 32 && pos <= lastWord) {
                long word = (long) LsBitReader.BIG_ENDIAN_LONG.get(data, pos);
                long inv = ~word;
                if (((inv - 0x0101010101010101L) & ~inv & 0x8080808080808080L) == 0) {
                    int take = (64 - bits) >> 3;
                    acc |= (word >>> bits) & (-1L << (64 - bits - 8 * take));
                    bits += 8 * take;
                    pos += take;
                }
            }
            long v = above[x];
            int q = (((int) (v >>> 34) & 0x3FF) - 512) + quant[((int) v & 0x1FFFF) - ra];
            if (q == 0) {
                break;
            }
            int s = q >> 31; // 0 for positive contexts, -1 for merged negative ones (A.3.4)
            int i = ContextModel.at((q ^ s) - s);
            int k = st[i + ContextModel.K];
            int lz = Long.numberOfLeadingZeros(acc);
            if (lz + k >= bits || lz >= maxZeros) {
                break;
            }
            // lz 0 bits, a 1 bit and k bits (A.5.3)
            int merr = (lz << k) | (int) ((acc << lz << 1) >>> 1 >>> (63 - k));
            if (merr > maxVal + 1) {
                break;
            }
            acc = acc << lz << 1 << k;
            bits -= lz + 1 + k;
            int err = ContextModel.unmapLossless(merr, k, st[i + ContextModel.B], st[i + ContextModel.N]);
            int rb = (int) (v >>> 17) & 0x1FFFF;
            int px = LsPrediction.med(ra, rb, rb - (int) (v >> 44));
            px = Math.min(Math.max(px + ((st[i + ContextModel.C] ^ s) - s), 0), maxVal);
            ra = (px + ((err ^ s) - s)) & maxVal;
            cur[x] = ra;
            ContextModel.updateLossless(st, i, err, reset);
        }
        in.acc = acc;
        in.bits = bits;
        in.pos = pos;
        return x;
    }

    /**
     * Decodes one sample of regular mode as {@link #decodeRegular} does, through the reader: {@code v} is its
     * {@link #packAbove packed} line above, {@code q} its context before sign merging.
     */
    private int decodeOne(long v, int q, int ra) {
        final int[] st = ctx.state;
        int s = q >> 31;
        int i = ContextModel.at((q ^ s) - s);
        int k = st[i + ContextModel.K];
        int merr = in.readGolomb(k, p.limit, p.qbpp);
        if (merr > p.range || merr < 0) {
            throw corrupt();
        }
        int err = ContextModel.unmapLossless(merr, k, st[i + ContextModel.B], st[i + ContextModel.N]);
        int rb = (int) (v >>> 17) & 0x1FFFF;
        int px = LsPrediction.med(ra, rb, rb - (int) (v >> 44));
        px = Math.min(Math.max(px + ((st[i + ContextModel.C] ^ s) - s), 0), p.maxVal);
        ContextModel.updateLossless(st, i, err, p.reset);
        return (px + ((err ^ s) - s)) & p.maxVal;
    }

    /**
     * Sets the edges of the lines (T.87 A.2.1: Ra of the first sample and Rd of the last) and packs, per sample, what
     * comes from the line above: Rc + MAXVAL (the index of Rc - Ra into the quantisation table, less Ra) in bits
     * 0..16, Rb in 17..33, 81 Q1 + 9 Q2 + 512 in 34..43 and Rb - Rc, signed, in 44..63.
     */
    private long[] packAbove(int[] prev, int[] cur) {
        final int w = width;
        final byte[] quant = p.quant;
        final int off = p.maxVal;
        final long[] above = this.above;
        cur[0] = prev[1];
        prev[w + 1] = prev[w];
        int rb = prev[1];
        int rc = prev[0];
        int q2 = quant[rb - rc + off];
        for (int x = 1, end = w + 1; x < end; x++) {
            int rd = prev[x + 1];
            int q1 = quant[rd - rb + off];
            above[x] = (long) (rb - rc) << 44 | (long) (81 * q1 + 9 * q2 + 512) << 34 | (long) rb << 17 | (rc + off);
            // Moving right, Rb becomes Rc, Rd becomes Rb, and Q1 (of Rd - Rb) becomes Q2 (of Rb - Rc).
            q2 = q1;
            rc = rb;
            rb = rd;
        }
        return above;
    }

    /** {@link #decodeLine} for other parameters, T.87 Annex F as written. */
    private void decodeLineGeneral(int[] prev, int[] cur, int ri) {
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
