// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

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
        // Code and additional bits of each small difference as one word, and its length.
        int[] words = new int[2 * TABULATED];
        byte[] lengths = new byte[2 * TABULATED];
        for (int v = -TABULATED + 1; v < TABULATED; v++) {
            int t = LosslessPrediction.category(v);
            words[v + TABULATED] = table.code(t) << t | LosslessPrediction.additionalBits(v, t);
            lengths[v + TABULATED] = (byte) (table.size(t) + t);
        }
        int next = samplesPerInterval > 0 ? samplesPerInterval : Integer.MAX_VALUE;
        int rst = 0;
        for (int i = 0; i < d.length; i++) {
            if (i == next) {
                out.marker(Markers.RST0 + rst);
                rst = (rst + 1) & 7;
                next += samplesPerInterval;
            }
            int v = d[i];
            int k = v + TABULATED;
            if (k > 0 && k < 2 * TABULATED) {
                out.write(words[k], lengths[k]);
            } else {
                int t = LosslessPrediction.category(v);
                int extra = t == 16 ? 0 : t;
                out.write(table.code(t) << extra | LosslessPrediction.additionalBits(v, t), table.size(t) + extra);
            }
        }
    }
}
