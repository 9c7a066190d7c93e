// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import org.dicomtools.codec.CodecFailure;

/**
 * Decodes the entropy-coded data of one lossless scan (T.81 H.1.2) into a pixel-interleaved sample array, for one
 * component (a non-interleaved scan) or several sampled 1x1 (an interleaved scan, one sample of each per MCU).
 *
 * <p>Prediction follows H.1.2.1: the first sample of the scan and of each restart interval is predicted by
 * 2^(P-Pt-1), the rest of the line in which an interval starts by Ra, the first sample of every other line by Rb,
 * and everything else by the scan's predictor. A reconstructed sample is the prediction plus the difference
 * modulo 2^16 (T.81 A.5, H.1.2.1), kept to its P-Pt bits. Some encoders (Philips and Samsung ultrasound among them,
 * see pydicom/pylibjpeg-libjpeg#90) code differences that only give the right sample through this wraparound, so
 * it must never be replaced by clamping.
 */
final class LosslessScanDecoder {
    /** Bits looked at for a difference's code and additional bits together. */
    private static final int FAST_BITS = 11;
    private final BitReader in;
    private final int[] s;
    private final int width;
    private final int height;
    /** Components of the frame, the step between pixels in {@link #s}. */
    private final int nc;
    /** Frame component index of each scan component. */
    private final int[] comps;
    private final HuffmanTable[] tables;
    private final int[][] fast;
    private final int predictor;
    private final int mask;
    private final int initial;

    /**
     * @param bits P - Pt, the bits of a (point-transformed) sample
     */
    LosslessScanDecoder(BitReader in, int[] s, int width, int height, int nc, int[] comps, HuffmanTable[] tables,
                        int predictor, int bits) {
        this.in = in;
        this.s = s;
        this.width = width;
        this.height = height;
        this.nc = nc;
        this.comps = comps;
        this.tables = tables;
        this.fast = new int[tables.length][];
        for (int k = 0; k < tables.length; k++) {
            fast[k] = k > 0 && tables[k] == tables[k - 1] ? fast[k - 1] : fastTable(tables[k]);
        }
        this.predictor = predictor;
        this.mask = (1 << bits) - 1;
        this.initial = 1 << (bits - 1);
    }

    /** Decodes the whole scan, {@code restartInterval} MCUs (samples per component) at a time, 0 for all. */
    void decode(int restartInterval) {
        long total = (long) width * height;
        long interval = restartInterval == 0 ? total : restartInterval;
        long left = interval;
        int intervalRow = 0;
        boolean intervalStart = true;
        for (int y = 0; y < height; y++) {
            int x = 0;
            while (x < width) {
                if (left == 0) {
                    in.restart();
                    left = interval;
                    intervalRow = y;
                    intervalStart = true;
                }
                int run = (int) Math.min(width - x, left);
                if (y == intervalRow) {
                    firstLine(y, x, x + run, intervalStart);
                } else {
                    otherLine(y, x, x + run);
                }
                intervalStart = false;
                left -= run;
                x += run;
            }
        }
    }

    /**
     * The next difference: through {@code fast} when its code and additional bits fit in {@value #FAST_BITS} bits,
     * else through {@code table}.
     */
    private int difference(int[] fast, HuffmanTable table) {
        int e = fast[in.peek(FAST_BITS)];
        if (e != 0) {
            in.skip(e & 0xFF);
            return e >> 8;
        }
        return difference(table);
    }

    /**
     * For every {@value #FAST_BITS}-bit string that starts with a code of {@code table} and its additional bits:
     * {@code difference << 8 | bits taken}; 0 for the others.
     */
    static int[] fastTable(HuffmanTable table) {
        int[] fast = new int[1 << FAST_BITS];
        for (int t = 0; t < 16; t++) {
            int size = table.size(t);
            int total = size + t;
            if (size == 0 || total > FAST_BITS) {
                continue;
            }
            for (int extra = 0; extra < 1 << t; extra++) {
                int diff = BitReader.extend(extra, t);
                int prefix = (table.code(t) << t | extra) << (FAST_BITS - total);
                java.util.Arrays.fill(fast, prefix, prefix + (1 << (FAST_BITS - total)), diff << 8 | total);
            }
        }
        return fast;
    }

    /** The next difference coded with {@code table} (T.81 F.2.2.1, extended by category 16 as in H.1.2.2). */
    private int difference(HuffmanTable table) {
        int t = in.decode(table);
        if (t == 0) {
            return 0;
        }
        if (t < 16) {
            int v = in.bits(t);
            return v < (1 << (t - 1)) ? v - (1 << t) + 1 : v;
        }
        if (t == 16) {
            return 32768;
        }
        throw new CodecFailure("lossless difference category " + t + " over 16 near byte offset "
                + in.position());
    }

    /** Samples x0..x1-1 of a line in which a restart interval starts (or the first line): predicted by Ra. */
    private void firstLine(int y, int x0, int x1, boolean intervalStart) {
        int ns = comps.length;
        int rowBase = y * width * nc;
        int x = x0;
        if (intervalStart) {
            for (int k = 0; k < ns; k++) {
                int i = rowBase + x * nc + comps[k];
                s[i] = (initial + difference(fast[k], tables[k])) & mask;
            }
            x++;
        }
        for (; x < x1; x++) {
            for (int k = 0; k < ns; k++) {
                int i = rowBase + x * nc + comps[k];
                s[i] = (s[i - nc] + difference(fast[k], tables[k])) & mask;
            }
        }
    }

    /** Samples x0..x1-1 of any other line: Rb at its start, the scan's predictor elsewhere. */
    private void otherLine(int y, int x0, int x1) {
        int ns = comps.length;
        int up = width * nc;
        int rowBase = y * up;
        int x = x0;
        if (x == 0) {
            for (int k = 0; k < ns; k++) {
                int i = rowBase + comps[k];
                s[i] = (s[i - up] + difference(fast[k], tables[k])) & mask;
            }
            x++;
        }
        if (ns == 1) {
            oneComponent(rowBase + x * nc + comps[0], rowBase + x1 * nc, fast[0], tables[0]);
            return;
        }
        int sv = predictor;
        for (; x < x1; x++) {
            for (int k = 0; k < ns; k++) {
                int i = rowBase + x * nc + comps[k];
                int px = LosslessPrediction.predict(sv, s[i - nc], s[i - up], s[i - up - nc]);
                s[i] = (px + difference(fast[k], tables[k])) & mask;
            }
        }
    }

    /** Samples at {@code i}, {@code i+nc}, ... below {@code end} of one component, none in the first column. */
    private void oneComponent(int i, int end, int[] fast, HuffmanTable table) {
        int[] s = this.s;
        int step = nc;
        int up = width * nc;
        int m = mask;
        switch (predictor) {
            case 1 -> {
                for (; i < end; i += step) {
                    s[i] = (s[i - step] + difference(fast, table)) & m;
                }
            }
            case 2 -> {
                for (; i < end; i += step) {
                    s[i] = (s[i - up] + difference(fast, table)) & m;
                }
            }
            case 3 -> {
                for (; i < end; i += step) {
                    s[i] = (s[i - up - step] + difference(fast, table)) & m;
                }
            }
            case 4 -> {
                for (; i < end; i += step) {
                    s[i] = (s[i - step] + s[i - up] - s[i - up - step] + difference(fast, table)) & m;
                }
            }
            case 5 -> {
                for (; i < end; i += step) {
                    s[i] = (s[i - step] + ((s[i - up] - s[i - up - step]) >> 1) + difference(fast, table)) & m;
                }
            }
            case 6 -> {
                for (; i < end; i += step) {
                    s[i] = (s[i - up] + ((s[i - step] - s[i - up - step]) >> 1) + difference(fast, table)) & m;
                }
            }
            default -> {
                for (; i < end; i += step) {
                    s[i] = (((s[i - step] + s[i - up]) >> 1) + difference(fast, table)) & m;
                }
            }
        }
    }
}
