// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.stats;

import java.util.Locale;

/** Axis ticks at round values: multiples of 1, 2 or 5 times a power of ten. */
final class NiceTicks {
    static final int FEWEST = 5;
    static final int MOST = 8;

    private NiceTicks() {
    }

    /**
     * The tick step for the interval [lo, hi] (lo < hi) giving 5 to 8 ticks inside it when a 1-2-5 step can, else
     * the step whose count comes nearest; never below {@code minStep}.
     */
    static double step(double lo, double hi, double minStep) {
        double span = hi - lo;
        int k = (int) Math.floor(Math.log10(span / MOST)) - 1;
        double best = Double.NaN;
        int bestMiss = Integer.MAX_VALUE;
        for (int e = k; e <= k + 3; e++) {
            for (int m : new int[] {1, 2, 5}) {
                double s = m * Math.pow(10, e);
                if (s < minStep) {
                    continue;
                }
                long n = count(lo, hi, s);
                int miss = n < FEWEST ? (int) (FEWEST - n) : n > MOST ? (int) (n - MOST) : 0;
                if (miss < bestMiss) {
                    best = s;
                    bestMiss = miss;
                }
            }
        }
        return Double.isNaN(best) ? Math.max(minStep, span) : best;
    }

    /** The next 1-2-5 step above a 1-2-5 {@code step}: 1 → 2, 2 → 5, 5 → 10. */
    static double larger(double step) {
        double mag = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double m = Math.round(step / mag);
        return (m < 2 ? 2 : m < 5 ? 5 : 10) * mag;
    }

    /** The multiples of {@code step} in [lo, hi], computed from integers so that they print cleanly. */
    static double[] ticks(double lo, double hi, double step) {
        long first = (long) Math.ceil(lo / step - 1e-9);
        long n = count(lo, hi, step);
        double[] t = new double[(int) Math.max(n, 0)];
        for (int i = 0; i < t.length; i++) {
            t[i] = (first + i) * step;
        }
        return t;
    }

    /** A tick value with as many decimals as the step needs ({@code 0.25} for step 0.05, {@code 1500} for 500). */
    static String label(double v, double step) {
        double mag = Math.max(Math.abs(v), step);
        if (mag >= 1e7 || mag < 1e-4) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    private static long count(double lo, double hi, double s) {
        return (long) Math.floor(hi / s + 1e-9) - (long) Math.ceil(lo / s - 1e-9) + 1;
    }
}
