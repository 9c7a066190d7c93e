// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.stats;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * A multiset of sample values as its distinct values in increasing order with a count for each: the common form from
 * which {@link Statistics} and {@link Histogram} are computed, whether it came from a count-per-value table (integer
 * data) or from sorting the values (float data). Order statistics are found by walking the cumulative counts, so no
 * sample is ever sorted twice and integer frames are never sorted at all.
 */
final class Distribution {
    private final double[] values;
    private final long[] counts;
    private final long total;

    /** {@code values} strictly increasing, {@code counts} all positive, both of length {@code size} or more. */
    private Distribution(double[] values, long[] counts, int size) {
        this.values = size == values.length ? values : Arrays.copyOf(values, size);
        this.counts = size == counts.length ? counts : Arrays.copyOf(counts, size);
        long n = 0;
        for (int i = 0; i < size; i++) {
            n += this.counts[i];
        }
        if (n == 0) {
            throw new IllegalArgumentException("no samples");
        }
        this.total = n;
    }

    /**
     * From a count-per-value table: {@code table[i]} samples hold the value {@code offset + i}. The transform, when
     * not {@code null}, is applied to each distinct value; values it maps together are merged.
     */
    static Distribution ofTable(long[] table, long offset, DoubleUnaryOperator transform) {
        int k = 0;
        for (long c : table) {
            if (c != 0) {
                k++;
            }
        }
        double[] v = new double[k];
        long[] c = new long[k];
        int j = 0;
        for (int i = 0; i < table.length; i++) {
            if (table[i] != 0) {
                v[j] = offset + i;
                c[j++] = table[i];
            }
        }
        return transform == null ? new Distribution(v, c, k) : transformed(v, c, transform);
    }

    /** From loose values, which this method may reorder; NaN samples are skipped. */
    static Distribution ofValues(double[] values, int size, DoubleUnaryOperator transform) {
        if (transform != null) {
            for (int i = 0; i < size; i++) {
                values[i] = transform.applyAsDouble(values[i]);
            }
        }
        Arrays.sort(values, 0, size);
        int end = size;
        while (end > 0 && Double.isNaN(values[end - 1])) {
            end--;
        }
        double[] v = new double[Math.max(end, 1)];
        long[] c = new long[v.length];
        int k = 0;
        for (int i = 0; i < end; i++) {
            // -0.0 and 0.0 compare equal, as numpy's unique has them
            if (k > 0 && values[i] == v[k - 1]) {
                c[k - 1]++;
            } else {
                v[k] = values[i];
                c[k++] = 1;
            }
        }
        return new Distribution(v, c, k);
    }

    /** Applies a transform that need not be monotonic to distinct values, then re-sorts and merges them. */
    private static Distribution transformed(double[] v, long[] c, DoubleUnaryOperator transform) {
        int k = v.length;
        boolean increasing = true;
        for (int i = 0; i < k; i++) {
            v[i] = transform.applyAsDouble(v[i]);
            increasing &= !Double.isNaN(v[i]) && (i == 0 || v[i] > v[i - 1]);
        }
        if (increasing) {
            return new Distribution(v, c, k);
        }
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        double[] sv = new double[Math.max(k, 1)];
        long[] sc = new long[sv.length];
        int m = 0;
        for (int idx : order) {
            if (Double.isNaN(v[idx])) {
                continue;
            }
            if (m > 0 && v[idx] == sv[m - 1]) {
                sc[m - 1] += c[idx];
            } else {
                sv[m] = v[idx];
                sc[m++] = c[idx];
            }
        }
        return new Distribution(sv, sc, m);
    }

    int distinct() {
        return values.length;
    }

    double value(int i) {
        return values[i];
    }

    long count(int i) {
        return counts[i];
    }

    long total() {
        return total;
    }

    double min() {
        return values[0];
    }

    double max() {
        return values[values.length - 1];
    }

    /** Arithmetic mean, summed with Neumaier's compensation (exact for integer values below 2^53). */
    double mean() {
        double sum = 0;
        double comp = 0;
        for (int i = 0; i < values.length; i++) {
            double term = values[i] * counts[i];
            double t = sum + term;
            comp += Math.abs(sum) >= Math.abs(term) ? (sum - t) + term : (term - t) + sum;
            sum = t;
        }
        return (sum + comp) / total;
    }

    /** Population variance (ddof 0) around {@code mean}: the second pass of the two-pass method, compensated. */
    double variance(double mean) {
        double sum = 0;
        double comp = 0;
        for (int i = 0; i < values.length; i++) {
            double d = values[i] - mean;
            double term = d * d * counts[i];
            double t = sum + term;
            comp += Math.abs(sum) >= Math.abs(term) ? (sum - t) + term : (term - t) + sum;
            sum = t;
        }
        return (sum + comp) / total;
    }

    /** Samples equal to zero (0.0 or -0.0, which the constructors merge into one entry). */
    long zeros() {
        for (int i = 0; i < values.length && values[i] <= 0; i++) {
            if (values[i] == 0) {
                return counts[i];
            }
        }
        return 0;
    }

    /** The sample of rank {@code r} (0-based) in increasing order. */
    double atRank(long r) {
        long seen = 0;
        for (int i = 0; i < values.length; i++) {
            seen += counts[i];
            if (r < seen) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /**
     * Percentile {@code p} (0..100) by numpy's default 'linear' method: virtual index {@code (p/100)·(n−1)} between
     * the samples of ranks floor and floor+1, interpolated as numpy does (from the nearer neighbour, so the result is
     * monotonic and exact at the ends).
     */
    double percentile(double p) {
        double index = (total - 1) * (p / 100);
        double below = Math.floor(index);
        long lo = (long) below;
        long hi = Math.min(lo + 1, total - 1);
        double t = index - below;
        double a = atRank(lo);
        double b = atRank(hi);
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }

    /** numpy's median: the middle sample, or the mean of the two middle samples when the count is even. */
    double median() {
        long mid = total / 2;
        if (total % 2 == 1) {
            return atRank(mid);
        }
        return (atRank(mid - 1) + atRank(mid)) / 2;
    }
}
