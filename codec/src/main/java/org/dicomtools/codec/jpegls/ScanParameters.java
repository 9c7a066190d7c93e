// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

/**
 * Everything a scan's coder derives from MAXVAL, NEAR and the thresholds before coding (T.87 A.2.1): RANGE, qbpp,
 * LIMIT, the initial context value of A, and a table that quantises a local gradient to -4..4 (T.87 A.3.3) by
 * lookup instead of comparisons.
 */
final class ScanParameters {
    /** Order of the run-length code per RUNindex (T.87 A.2.1, J[0..31]). */
    static final int[] J = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 9, 10, 11,
        12, 13, 14, 15};

    final int maxVal;
    final int near;
    /** 2 * NEAR + 1, the step between reconstruction levels. */
    final int step;
    final int range;
    final int qbpp;
    final int limit;
    final int reset;
    final int t1;
    final int t2;
    final int t3;
    /** Initial A[Q]: max(2, (RANGE + 32) / 64). */
    final int initialA;
    /** Quantised gradient -4..4 for a gradient d at index {@code d + maxVal}, d in -MAXVAL..MAXVAL. */
    final byte[] quant;

    /**
     * Whether the scan coders use their lossless line loops specialised for NEAR = 0 and RANGE = MAXVAL + 1 a power of
     * 2 (the default MAXVAL), the common case, rather than T.87 as written; both code the same.
     */
    final boolean specialised;

    /** Parameters for a scan with {@code params} already resolved (no 0 fields) and {@code near}. */
    ScanParameters(PresetParameters params, int near) {
        this(params, near, true);
    }

    /** As {@link #ScanParameters(PresetParameters, int)}; {@code allowSpecialised} false keeps T.87 as written. */
    ScanParameters(PresetParameters params, int near, boolean allowSpecialised) {
        this.maxVal = params.maxVal();
        this.near = near;
        this.step = 2 * near + 1;
        this.range = (maxVal + 2 * near) / step + 1;
        this.qbpp = ceilLog2(range);
        int bpp = Math.max(2, ceilLog2(maxVal + 1));
        this.limit = 2 * (bpp + Math.max(8, bpp));
        this.reset = params.reset();
        this.t1 = params.t1();
        this.t2 = params.t2();
        this.t3 = params.t3();
        this.initialA = Math.max(2, (range + 32) / 64);
        this.specialised = allowSpecialised && near == 0 && (range & (range - 1)) == 0;
        this.quant = quantTable();
    }

    /**
     * {@link #quant}: {@link #quantize} of every gradient, filled region by region (a 16-bit scan has 131071
     * gradients, and a table per frame).
     */
    private byte[] quantTable() {
        byte[] table = new byte[2 * maxVal + 1];
        // The least gradient of regions -3..4 (T.87 A.3.3); region -4 starts at -MAXVAL.
        int[] from = {-t3 + 1, -t2 + 1, -t1 + 1, -near, near + 1, t1, t2, t3};
        int lo = 0;
        for (int region = -4; region <= 4; region++) {
            int hi = region == 4 ? table.length : Math.max(lo, Math.min(table.length, from[region + 4] + maxVal));
            java.util.Arrays.fill(table, lo, hi, (byte) region);
            lo = hi;
        }
        return table;
    }

    /** T.87 A.3.3: the region of a gradient among -T3, -T2, -T1, -NEAR, NEAR, T1, T2, T3. */
    int quantize(int d) {
        if (d <= -t3) {
            return -4;
        }
        if (d <= -t2) {
            return -3;
        }
        if (d <= -t1) {
            return -2;
        }
        if (d < -near) {
            return -1;
        }
        if (d <= near) {
            return 0;
        }
        if (d < t1) {
            return 1;
        }
        if (d < t2) {
            return 2;
        }
        if (d < t3) {
            return 3;
        }
        return 4;
    }

    /** Smallest n with 2^n >= v, for v >= 1. */
    static int ceilLog2(int v) {
        return 32 - Integer.numberOfLeadingZeros(v - 1);
    }
}
