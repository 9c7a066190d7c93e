// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.stats;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.dicomtools.pixel.Frame;

/**
 * Collects the samples of frames added one by one, for statistics and histograms over their union
 * ({@code --all-frames}). Percentiles need every value, so integer samples are counted per value in a table spanning
 * only the values seen (at most 2^16 entries for data of up to 16 bits, whatever the number of frames) and float
 * samples are kept. Not thread-safe.
 */
public final class StatisticsAccumulator {
    /** Widest integer table kept: the signed and unsigned 16-bit ranges together. */
    private static final long MAX_SPAN = 3L << 15;

    private final DoubleUnaryOperator modality;
    private long[] table;
    private long offset;
    private double[] loose = new double[0];
    private int looseSize;
    private Distribution cached;

    /** An accumulator of stored values. */
    public StatisticsAccumulator() {
        this(null);
    }

    /**
     * An accumulator whose statistics are of {@code modality} applied to each sample (e.g. the Modality LUT's
     * rescale to Hounsfield units), or of the samples themselves when it is {@code null}. The transform is applied
     * once per distinct integer value and need not be monotonic.
     */
    public StatisticsAccumulator(DoubleUnaryOperator modality) {
        this.modality = modality;
    }

    /** Adds every sample of the frame, all channels together. */
    public StatisticsAccumulator add(Frame f) {
        return add(f, 0, 1);
    }

    /** Adds channel {@code channel} (0-based) of each pixel of the frame. */
    public StatisticsAccumulator add(Frame f, int channel) {
        if (channel < 0 || channel >= f.samples()) {
            throw new IllegalArgumentException("channel " + channel + " out of range: the frame has "
                    + f.samples() + " sample(s) per pixel");
        }
        return add(f, channel, f.samples());
    }

    /**
     * Adds the Rec. 601 luma of each pixel, 0.299 R + 0.587 G + 0.114 B. For YBR data channel 0 already is that
     * luma; for a grey frame the luma is the sample itself.
     */
    public StatisticsAccumulator addLuminance(Frame f) {
        if (f.samples() == 1 || f.photometric() != null && f.photometric().startsWith("YBR")) {
            return add(f, 0, f.samples());
        }
        if (f.samples() != 3) {
            throw new IllegalArgumentException("luminance needs 1 or 3 samples per pixel, not " + f.samples());
        }
        int n = f.pixels();
        double[] y = new double[n];
        for (int i = 0, j = 0; i < n; i++, j += 3) {
            double r = f.isInteger() ? f.ints()[j] : f.doubles()[j];
            double g = f.isInteger() ? f.ints()[j + 1] : f.doubles()[j + 1];
            double b = f.isInteger() ? f.ints()[j + 2] : f.doubles()[j + 2];
            y[i] = 0.299 * r + 0.587 * g + 0.114 * b;
        }
        return add(y);
    }

    /** Adds loose values. */
    public StatisticsAccumulator add(double[] values) {
        addDoubles(values, 0, 1);
        return this;
    }

    /** Statistics of every sample added so far. */
    public Statistics statistics() {
        return Statistics.of(distribution());
    }

    /** Histogram of every sample added so far, by numpy's rule (see {@link Histogram}). */
    public Histogram histogram(int bins) {
        Histogram.checkBins(bins);
        return Histogram.of(distribution(), bins);
    }

    /** Samples added so far. */
    public long count() {
        long n = looseSize;
        if (table != null) {
            for (long c : table) {
                n += c;
            }
        }
        return n;
    }

    /** @throws IllegalArgumentException nothing was added yet (or only NaN samples) */
    Distribution distribution() {
        if (cached == null) {
            if (looseSize == 0) {
                cached = Distribution.ofTable(table == null ? new long[0] : table, offset, modality);
            } else {
                double[] values = Arrays.copyOf(loose, Math.addExact(looseSize, tableCount()));
                int k = looseSize;
                for (int i = 0; table != null && i < table.length; i++) {
                    for (long c = table[i]; c > 0; c--) {
                        values[k++] = offset + i;
                    }
                }
                cached = Distribution.ofValues(values, k, modality);
            }
        }
        return cached;
    }

    private int tableCount() {
        return table == null ? 0 : Math.toIntExact(count() - looseSize);
    }

    private StatisticsAccumulator add(Frame f, int start, int step) {
        if (f.isInteger()) {
            addInts(f.ints(), start, step);
        } else {
            addDoubles(f.doubles(), start, step);
        }
        return this;
    }

    private void addInts(int[] a, int start, int step) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int i = start; i < a.length; i += step) {
            lo = Math.min(lo, a[i]);
            hi = Math.max(hi, a[i]);
        }
        if (lo > hi) {
            return;
        }
        if (!cover(lo, hi)) {
            double[] d = new double[(a.length - start + step - 1) / step];
            for (int i = start, j = 0; i < a.length; i += step) {
                d[j++] = a[i];
            }
            addDoubles(d, 0, 1);
            return;
        }
        cached = null;
        long[] t = table;
        int off = (int) offset;
        for (int i = start; i < a.length; i += step) {
            t[a[i] - off]++;
        }
    }

    /** Makes the table cover [lo, hi]; false when that would make it wider than {@link #MAX_SPAN}. */
    private boolean cover(long lo, long hi) {
        long from = table == null ? lo : Math.min(lo, offset);
        long to = table == null ? hi : Math.max(hi, offset + table.length - 1);
        if (to - from + 1 > MAX_SPAN) {
            return false;
        }
        if (table == null || from < offset || to >= offset + table.length) {
            long[] wider = new long[(int) (to - from + 1)];
            if (table != null) {
                System.arraycopy(table, 0, wider, (int) (offset - from), table.length);
            }
            table = wider;
            offset = from;
        }
        return true;
    }

    private void addDoubles(double[] a, int start, int step) {
        int n = (a.length - start + step - 1) / step;
        if (n <= 0) {
            return;
        }
        cached = null;
        long need = (long) looseSize + n;
        if (need > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("more than " + (Integer.MAX_VALUE - 8) + " float samples");
        }
        if (need > loose.length) {
            loose = Arrays.copyOf(loose, (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(need, 2L * loose.length)));
        }
        for (int i = start; i < a.length; i += step) {
            loose[looseSize++] = a[i];
        }
    }
}
