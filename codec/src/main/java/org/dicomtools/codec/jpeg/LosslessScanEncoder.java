// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import org.dicomtools.codec.FrameFormat;

/**
 * Predicts the samples of a lossless scan with every component interleaved (T.81 H.1.2.1), turning them into
 * differences, and codes those differences (H.1.2.2). Prediction mirrors {@link LosslessScanDecoder}: the first
 * sample of the scan and of each restart interval is predicted by 2^(P-Pt-1), the rest of its line by Ra, the first
 * sample of other lines by Rb, the rest by the chosen predictor. Restart intervals here are whole lines.
 */
final class LosslessScanEncoder {
    private LosslessScanEncoder() {
    }

    /**
     * The differences of all samples, in coding order, which is the order of {@code s}.
     *
     * @param s                pixel-interleaved samples of {@code bits} bits each
     * @param linesPerInterval lines per restart interval, or 0 for none
     */
    static int[] differences(int[] s, int width, int height, int nc, int predictor, int bits,
                             int linesPerInterval) {
        int[] d = new int[s.length];
        int up = width * nc;
        int initial = 1 << (bits - 1);
        for (int y = 0; y < height; y++) {
            int row = y * up;
            boolean first = y == 0 || linesPerInterval > 0 && y % linesPerInterval == 0;
            for (int c = 0; c < nc; c++) {
                int i = row + c;
                d[i] = LosslessPrediction.difference(s[i], first ? initial : s[i - up]);
            }
            int end = row + up;
            if (first) {
                for (int i = row + nc; i < end; i++) {
                    d[i] = LosslessPrediction.difference(s[i], s[i - nc]);
                }
                continue;
            }
            int i = row + nc;
            switch (predictor) {
                case 1 -> {
                    for (; i < end; i++) {
                        d[i] = LosslessPrediction.difference(s[i], s[i - nc]);
                    }
                }
                case 2 -> {
                    for (; i < end; i++) {
                        d[i] = LosslessPrediction.difference(s[i], s[i - up]);
                    }
                }
                default -> {
                    for (; i < end; i++) {
                        int px = LosslessPrediction.predict(predictor, s[i - nc], s[i - up], s[i - up - nc]);
                        d[i] = LosslessPrediction.difference(s[i], px);
                    }
                }
            }
        }
        return d;
    }

    /**
     * {@link #differences} for a frame of one component with 2-byte samples, read straight from its native
     * buffer {@code samples} (each the unsigned pattern of its low {@code bitsStored} bits, shifted right by the
     * point transform {@code pt}), counting into {@code frequencies} how often each category occurs as
     * {@link #categoryFrequencies} does. One pass instead of three (unpack, predict, count), and no copy of the
     * samples: the line above is read from the buffer again.
     */
    static int[] planeDifferences(byte[] samples, FrameFormat format, int pt, int predictor, int linesPerInterval,
                                  long[] frequencies) {
        int width = format.columns();
        int height = format.rows();
        int mask = (1 << format.bitsStored()) - 1;
        int initial = 1 << (format.bitsStored() - pt - 1);
        int line = 2 * width;
        int[] d = new int[SampleLayout.sampleCount(width, height, 1)];
        // Four histograms taking turns (sample i counts in f[(i & 3) << 5 | category]): neighbouring differences
        // often share a category, and one counter incremented again and again makes each increment wait for the
        // last to be stored.
        int[] f = new int[128];
        for (int y = 0, i = 0, o = 0; y < height; y++) {
            boolean first = y == 0 || linesPerInterval > 0 && y % linesPerInterval == 0;
            int ra = sample(samples, o, mask, pt);
            int diff = LosslessPrediction.difference(ra, first ? initial : sample(samples, o - line, mask, pt));
            f[(i & 3) << 5 | LosslessPrediction.category(diff)]++;
            d[i++] = diff;
            o += 2;
            int end = i - 1 + width;
            if (first || predictor == 1) {
                for (; i < end; i++, o += 2) {
                    int x = sample(samples, o, mask, pt);
                    diff = LosslessPrediction.difference(x, ra);
                    d[i] = diff;
                    f[(i & 3) << 5 | LosslessPrediction.category(diff)]++;
                    ra = x;
                }
            } else {
                int rc = sample(samples, o - 2 - line, mask, pt);
                for (; i < end; i++, o += 2) {
                    int x = sample(samples, o, mask, pt);
                    int rb = sample(samples, o - line, mask, pt);
                    diff = LosslessPrediction.difference(x, LosslessPrediction.predict(predictor, ra, rb, rc));
                    d[i] = diff;
                    f[(i & 3) << 5 | LosslessPrediction.category(diff)]++;
                    ra = x;
                    rc = rb;
                }
            }
        }
        for (int t = 0; t < 17; t++) {
            frequencies[t] += (long) f[t] + f[32 | t] + f[64 | t] + f[96 | t];
        }
        return d;
    }

    /** The 2-byte sample at {@code samples[o]}, kept to {@code mask} and shifted right by {@code pt}. */
    private static int sample(byte[] samples, int o, int mask, int pt) {
        return ((short) SampleLayout.LITTLE_ENDIAN_SHORT.get(samples, o) & mask) >>> pt;
    }

    /** How often each difference category 0-16 occurs. */
    static long[] categoryFrequencies(int[] d) {
        long[] f = new long[17];
        for (int v : d) {
            f[LosslessPrediction.category(v)]++;
        }
        return f;
    }

    /** Differences of magnitude below this have their code and additional bits looked up. */
    private static final int TABULATED = 1 << 10;

    /**
     * Writes the coded differences, with a restart marker after every {@code samplesPerInterval} differences
     * (0 for none).
     */
    static void write(BitWriter out, int[] d, HuffmanTable table, int samplesPerInterval) {
        // Code and additional bits of each small difference as one word, shifted left by 5, and their length in
        // the low 5 bits: at most a 16-bit code and 9 additional bits, 25 bits, so the entry fits an int.
        int[] words = new int[2 * TABULATED];
        for (int v = -TABULATED + 1; v < TABULATED; v++) {
            int t = LosslessPrediction.category(v);
            words[v + TABULATED] = (table.code(t) << t | LosslessPrediction.additionalBits(v, t)) << 5
                    | (table.size(t) + t);
        }
        int interval = samplesPerInterval > 0 ? samplesPerInterval : d.length;
        int rst = 0;
        for (int i = 0; ; ) {
            i = writeRun(out, d, i, Math.min(d.length, i + interval), words, table);
            if (i >= d.length) {
                break;
            }
            out.marker(Markers.RST0 + rst);
            rst = (rst + 1) & 7;
        }
    }

    /**
     * Writes the codes of {@code d[from..to)} and returns {@code to}. The inner loop keeps the BitWriter's state in
     * local variables and emits 32 bits at a time, in one store when none of their bytes is FF; it leaves for a
     * difference of 2^10 or more, coded here through {@link BitWriter#write}, and when the buffer needs to grow,
     * so that it has no call in it (a call makes the compiler keep the loop's variables in memory). The loop has
     * more live values than the processor has registers for, so the count of pending bits is not one of them:
     * {@code pending} holds the bits below a 1-bit, and holds 32 or more when it is 2^32 or more.
     */
    private static int writeRun(BitWriter out, int[] d, int from, int to, int[] words, HuffmanTable table) {
        int i = from;
        while (i < to) {
            byte[] buf = out.buf;
            int len = out.len;
            long pending = out.acc & ((1L << out.count) - 1) | 1L << out.count;
            for (; i < to; i++) {
                int k = d[i] + TABULATED;
                if (k <= 0 || k >= 2 * TABULATED) {
                    break;
                }
                int e = words[k];
                pending = pending << (e & 31) | e >>> 5;
                if (pending >= 1L << 32) {
                    if (len + 8 > buf.length) {
                        i++;
                        break; // emitted below, after the buffer has grown
                    }
                    int rest = 31 - Long.numberOfLeadingZeros(pending); // bits after the 32 to emit
                    int w = (int) (pending >>> rest);
                    pending = pending & ((1L << rest) - 1) | 1L << rest;
                    if (BitWriter.plain(w)) {
                        BitWriter.BIG_ENDIAN_INT.set(buf, len, w);
                        len += 4;
                    } else {
                        for (int shift = 24; shift >= 0; shift -= 8) {
                            int b = (w >>> shift) & 0xFF;
                            buf[len++] = (byte) b;
                            if (b == 0xFF) {
                                buf[len++] = 0;
                            }
                        }
                    }
                }
            }
            int count = 63 - Long.numberOfLeadingZeros(pending);
            out.len = len;
            out.acc = pending;
            out.count = count;
            if (count >= 32) {
                out.write(0, 0); // emits the pending word, growing the buffer
            } else if (i < to) {
                int v = d[i++];
                int t = LosslessPrediction.category(v);
                int extra = t == 16 ? 0 : t;
                out.write(table.code(t) << extra | LosslessPrediction.additionalBits(v, t), table.size(t) + extra);
            }
        }
        return i;
    }
}
