// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Summary statistics of pixel samples with numpy's definitions: population variance and standard deviation (ddof 0),
 * {@code np.median}, and percentiles by linear interpolation ({@code np.percentile}'s default method). The keys of
 * {@link #toMap()} are those of the original toolkit's {@code stats}.
 *
 * @param min          smallest sample
 * @param max          largest sample
 * @param mean         arithmetic mean
 * @param median       middle sample, or the mean of the two middle samples
 * @param std          population standard deviation
 * @param variance     population variance
 * @param range        {@code max - min}
 * @param iqr          {@code p75 - p25}
 * @param p1           1st percentile
 * @param p5           5th percentile
 * @param p25          25th percentile
 * @param p75          75th percentile
 * @param p95          95th percentile
 * @param p99          99th percentile
 * @param zeroPixels   samples equal to zero
 * @param zeroPercent  {@code zeroPixels / totalPixels * 100}
 * @param uniqueValues distinct sample values
 * @param totalPixels  samples counted
 */
public record Statistics(double min, double max, double mean, double median, double std, double variance,
                         double range, double iqr, double p1, double p5, double p25, double p75, double p95,
                         double p99, long zeroPixels, double zeroPercent, long uniqueValues, long totalPixels) {

    private static final double EXACT_INTEGERS = 0x1p53;

    static Statistics of(Distribution d) {
        double mean = d.mean();
        double variance = d.variance(mean);
        double p25 = d.percentile(25);
        double p75 = d.percentile(75);
        long n = d.total();
        long zeros = d.zeros();
        return new Statistics(d.min(), d.max(), mean, d.median(), Math.sqrt(variance), variance, d.max() - d.min(),
                p75 - p25, d.percentile(1), d.percentile(5), p25, p75, d.percentile(95), d.percentile(99), zeros,
                (double) zeros / n * 100, d.distinct(), n);
    }

    /**
     * The statistics by key, in sorted key order (Python's {@code sorted}): iqr, max, mean, median, min, p1, p25, p5,
     * p75, p95, p99, range, std, total_pixels, unique_values, variance, zero_percent, zero_pixels. Counts are
     * {@link Long}s; min, max and range are {@code Long}s when they are integers (the original printed them through
     * {@code int()}), else {@link Double}s; every other value is a {@code Double}.
     */
    public Map<String, Number> toMap() {
        boolean integral = isInteger(min) && isInteger(max) && isInteger(range);
        Map<String, Number> m = new TreeMap<>();
        m.put("min", integral ? (Number) (long) min : min);
        m.put("max", integral ? (Number) (long) max : max);
        m.put("range", integral ? (Number) (long) range : range);
        m.put("mean", mean);
        m.put("median", median);
        m.put("std", std);
        m.put("variance", variance);
        m.put("iqr", iqr);
        m.put("p1", p1);
        m.put("p5", p5);
        m.put("p25", p25);
        m.put("p75", p75);
        m.put("p95", p95);
        m.put("p99", p99);
        m.put("zero_pixels", zeroPixels);
        m.put("zero_percent", zeroPercent);
        m.put("unique_values", uniqueValues);
        m.put("total_pixels", totalPixels);
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /** One {@code key: value} line per key in {@link #toMap()} order, numbers as {@link #format(Number)} writes them. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        toMap().forEach((k, v) -> sb.append(k).append(": ").append(format(v)).append('\n'));
        return sb.toString();
    }

    /**
     * One JSON object in {@link #toMap()} order, as Python's {@code json.dumps(..., sort_keys=True)} writes it:
     * {@code {"iqr": 963.0, "max": 4095, ...}}. A non-finite value (possible only with infinite float samples) is
     * written as {@code null}.
     */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{");
        toMap().forEach((k, v) -> {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            boolean finite = !(v instanceof Double x) || Double.isFinite(x);
            sb.append('"').append(k).append("\": ").append(finite ? format(v) : "null");
        });
        return sb.append('}').toString();
    }

    /**
     * A number as Python's {@code repr} writes it, so that output is the same on every platform: integers plainly;
     * doubles with the fewest digits that read back to the same double, positional for decimal exponents from -4 to
     * 15 ({@code 74.0}, {@code 3607.570000000007}, {@code 0.0001}), else scientific ({@code 1e+16}, {@code 1.5e-05});
     * {@code nan}, {@code inf}, {@code -inf}.
     */
    public static String format(Number n) {
        if (!(n instanceof Double) && !(n instanceof Float)) {
            return n.toString();
        }
        double x = n.doubleValue();
        if (Double.isNaN(x)) {
            return "nan";
        }
        String sign = x < 0 || 1 / x < 0 ? "-" : "";
        x = Math.abs(x);
        if (Double.isInfinite(x)) {
            return sign + "inf";
        }
        if (x == 0) {
            return sign + "0.0";
        }
        BigDecimal exact = new BigDecimal(x);
        BigDecimal shortest = exact;
        for (int digits = 1; digits <= 17; digits++) {
            shortest = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (shortest.doubleValue() == x) {
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int exponent = digits.length() - shortest.scale() - 1;
        return sign + layout(digits, exponent);
    }

    /** Places significant {@code digits} d.ddd × 10^exponent the way Python's float repr does. */
    private static String layout(String digits, int exponent) {
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String e = Integer.toString(Math.abs(exponent));
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
        }
        if (exponent < 0) {
            return "0." + "0".repeat(-exponent - 1) + digits;
        }
        if (digits.length() <= exponent + 1) {
            return digits + "0".repeat(exponent + 1 - digits.length()) + ".0";
        }
        return digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
    }

    private static boolean isInteger(double v) {
        return Math.abs(v) < EXACT_INTEGERS && v == Math.rint(v);
    }
}
