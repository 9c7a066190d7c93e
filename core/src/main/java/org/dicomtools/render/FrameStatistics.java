// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import java.util.Arrays;
import org.dicomtools.pixel.Frame;

/**
 * Order statistics of the modality values of a grey frame, padding excluded: what normalize (min–max), auto-window
 * (median and 5th/95th percentiles) and the min–max fallback of the VOI stage need. Integer frames of up to 16 bits are
 * counted in a histogram of stored values (the modality stage is then evaluated once per distinct value); others are
 * sorted.
 */
final class FrameStatistics {
    private final double[] values;
    private final long[] cumulative;
    private final long count;

    private FrameStatistics(double[] values, long[] cumulative, long count) {
        this.values = values;
        this.cumulative = cumulative;
        this.count = count;
    }

    static FrameStatistics of(Frame frame, Stage modality, PixelPadding padding) {
        if (frame.isInteger() && frame.bitsStored() <= 16) {
            return histogram(frame, modality, padding);
        }
        double[] v = new double[frame.pixels()];
        int n = 0;
        for (int i = 0; i < v.length; i++) {
            double s = frame.isInteger() ? frame.ints()[i] : frame.doubles()[i];
            if (padding == null || !padding.contains(s)) {
                double m = modality.apply(s);
                if (!Double.isNaN(m)) {
                    v[n++] = m;
                }
            }
        }
        double[] sorted = Arrays.copyOf(v, n);
        Arrays.sort(sorted);
        return new FrameStatistics(sorted, null, n);
    }

    private static FrameStatistics histogram(Frame frame, Stage modality, PixelPadding padding) {
        long min = frame.minStorable();
        int last = (int) (frame.maxStorable() - min);
        int[] counts = new int[last + 1];
        int off = (int) min;
        for (int s : frame.ints()) {
            counts[Math.min(Math.max(s - off, 0), last)]++;
        }
        if (padding != null) {
            for (long s = Math.max(padding.lo(), min); s <= Math.min(padding.hi(), min + last); s++) {
                counts[(int) (s - min)] = 0;
            }
        }
        int distinct = 0;
        for (int c : counts) {
            distinct += c > 0 ? 1 : 0;
        }
        double[] values = new double[distinct];
        long[] weights = new long[distinct];
        boolean sorted = true;
        int j = 0;
        for (int i = 0; i <= last; i++) {
            if (counts[i] > 0) {
                values[j] = modality.apply(min + i);
                weights[j] = counts[i];
                sorted &= j == 0 || values[j] >= values[j - 1];
                j++;
            }
        }
        if (!sorted) {
            Integer[] order = new Integer[distinct];
            Arrays.setAll(order, k -> k);
            Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
            double[] v2 = new double[distinct];
            long[] w2 = new long[distinct];
            for (int k = 0; k < distinct; k++) {
                v2[k] = values[order[k]];
                w2[k] = weights[order[k]];
            }
            return cumulate(v2, w2);
        }
        return cumulate(values, weights);
    }

    private static FrameStatistics cumulate(double[] values, long[] weights) {
        long total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            weights[i] = total;
        }
        return new FrameStatistics(values, weights, total);
    }

    /** Whether every pixel was padding. */
    boolean isEmpty() {
        return count == 0;
    }

    double min() {
        return values[0];
    }

    double max() {
        return values[values.length - 1];
    }

    /**
     * The {@code q}-quantile (0..1), interpolating linearly between the order statistics at ranks floor(q(n − 1))
     * and the next, so the median of an even count is the mean of the middle two.
     */
    double quantile(double q) {
        double pos = q * (count - 1);
        long k = (long) Math.floor(pos);
        double v = at(k);
        double f = pos - k;
        return f > 0 && k + 1 < count ? v + f * (at(k + 1) - v) : v;
    }

    private double at(long rank) {
        if (cumulative == null) {
            return values[(int) rank];
        }
        int i = Arrays.binarySearch(cumulative, rank + 1);
        return values[i >= 0 ? i : -i - 1];
    }
}
