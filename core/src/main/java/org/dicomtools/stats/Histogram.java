// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.stats;

import java.util.function.DoubleUnaryOperator;
import org.dicomtools.pixel.Frame;

/**
 * A histogram of pixel samples by numpy's rule ({@code np.histogram(values, bins)}): {@code bins} equal bins between
 * the smallest and the largest sample, edges {@code linspace(min, max, bins + 1)}; every bin is half-open
 * {@code [edge[i], edge[i+1])} except the last, which is closed, so the samples equal to the maximum are in the last
 * bin. When all samples are equal the range is widened to {@code (min − 0.5, max + 0.5)}.
 *
 * @param counts samples per bin; {@code bins} entries summing to the number of samples
 * @param edges  {@code bins + 1} bin edges in increasing order
 * @param min    smallest sample
 * @param max    largest sample
 * @param mean   mean of the samples
 * @param std    population standard deviation of the samples
 */
public record Histogram(long[] counts, double[] edges, double min, double max, double mean, double std) {

    public Histogram {
        if (edges.length != counts.length + 1) {
            throw new IllegalArgumentException("a histogram of " + counts.length + " bins has " + (counts.length + 1)
                    + " edges");
        }
    }

    /**
     * The histogram of every sample of a frame (all channels together).
     *
     * @param modality applied to each sample first (e.g. the rescale to Hounsfield units), or {@code null}
     * @throws IllegalArgumentException {@code bins < 1}, or the frame holds non-finite float samples
     */
    public static Histogram of(Frame f, int bins, DoubleUnaryOperator modality) {
        checkBins(bins);
        return new StatisticsAccumulator(modality).add(f).histogram(bins);
    }

    /** The histogram of loose values. */
    public static Histogram of(double[] values, int bins) {
        checkBins(bins);
        return new StatisticsAccumulator().add(values).histogram(bins);
    }

    /** Number of bins. */
    public int bins() {
        return counts.length;
    }

    /** Number of samples. */
    public long total() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    static void checkBins(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1");
        }
    }

    static Histogram of(Distribution d, int bins) {
        double first = d.min();
        double last = d.max();
        if (!Double.isFinite(first) || !Double.isFinite(last)) {
            throw new IllegalArgumentException("the range of the samples [" + first + ", " + last
                    + "] is not finite");
        }
        if (first == last) {
            first -= 0.5;
            last += 0.5;
        }
        double[] edges = linspace(first, last, bins);
        long[] counts = new long[bins];
        double width = last - first;
        for (int i = 0; i < d.distinct(); i++) {
            counts[bin(d.value(i), first, width, edges)] += d.count(i);
        }
        double mean = d.mean();
        return new Histogram(counts, edges, d.min(), d.max(), mean, Math.sqrt(d.variance(mean)));
    }

    /** numpy's {@code linspace(start, stop, bins + 1)}: {@code start + i·step}, and exactly {@code stop} last. */
    private static double[] linspace(double start, double stop, int bins) {
        double delta = stop - start;
        double step = delta / bins;
        double[] e = new double[bins + 1];
        for (int i = 0; i < bins; i++) {
            e[i] = (step == 0 ? i / (double) bins * delta : i * step) + start;
        }
        e[bins] = stop;
        return e;
    }

    /**
     * The bin of {@code v}: scaled from the range, then moved by one where rounding put it on the wrong side of an
     * edge, so that the bins agree exactly with the edges reported.
     */
    private static int bin(double v, double first, double width, double[] edges) {
        int bins = edges.length - 1;
        int i = (int) ((v - first) / width * bins);
        if (i >= bins) {
            i = bins - 1;
        }
        if (v < edges[i]) {
            i--;
        } else if (i != bins - 1 && v >= edges[i + 1]) {
            i++;
        }
        return i;
    }
}
