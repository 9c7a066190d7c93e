// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import org.dicomtools.codec.CodecFailure;

/**
 * The JPEG-LS preset coding parameters (T.87 C.2.4.1.1): the largest sample value MAXVAL, the gradient thresholds
 * T1, T2, T3 of the context quantisation and the RESET interval of the context counters. An LSE segment of type 1
 * carries them; a field of 0 there, or no segment at all, means the default of Table C.2.
 */
record PresetParameters(int maxVal, int t1, int t2, int t3, int reset) {

    /** Default RESET (T.87 Table C.2). */
    static final int DEFAULT_RESET = 64;
    /** Basic thresholds for 8-bit samples, from which the defaults are scaled (T.87 C.2.4.1.1.1). */
    private static final int BASIC_T1 = 3;
    private static final int BASIC_T2 = 7;
    private static final int BASIC_T3 = 21;

    /** The parameters as an LSE segment gives them: any field may be 0 for "default". */
    static PresetParameters explicit(int maxVal, int t1, int t2, int t3, int reset) {
        return new PresetParameters(maxVal, t1, t2, t3, reset);
    }

    /** All defaults: every field 0. */
    static final PresetParameters NONE = new PresetParameters(0, 0, 0, 0, 0);

    /** The default parameters for a precision and NEAR (T.87 C.2.4.1.1, Table C.2). */
    static PresetParameters defaults(int precision, int near) {
        return NONE.resolve(precision, near);
    }

    /**
     * Replaces every 0 field by its default for {@code precision} and {@code near} (the thresholds' defaults follow
     * the resolved MAXVAL) and checks the result against the ranges T.87 C.2.4.1.1 allows.
     *
     * @throws CodecFailure when a value is out of range
     */
    PresetParameters resolve(int precision, int near) {
        int fullMax = (1 << precision) - 1;
        int mv = maxVal == 0 ? fullMax : maxVal;
        if (mv < 1 || mv > fullMax) {
            throw new CodecFailure("JPEG-LS MAXVAL " + mv + " outside 1.." + fullMax + " for " + precision
                    + "-bit samples");
        }
        if (near > Math.min(255, mv / 2)) {
            throw new CodecFailure("JPEG-LS NEAR " + near + " exceeds " + Math.min(255, mv / 2) + " for MAXVAL " + mv);
        }
        int d1;
        int d2;
        int d3;
        if (mv >= 128) {
            int factor = (Math.min(mv, 4095) + 128) >> 8;
            d1 = clamp(factor * (BASIC_T1 - 2) + 2 + 3 * near, near + 1, mv);
            d2 = clamp(factor * (BASIC_T2 - 3) + 3 + 5 * near, d1, mv);
            d3 = clamp(factor * (BASIC_T3 - 4) + 4 + 7 * near, d2, mv);
        } else {
            int factor = 256 / (mv + 1);
            d1 = clamp(Math.max(2, BASIC_T1 / factor + 3 * near), near + 1, mv);
            d2 = clamp(Math.max(3, BASIC_T2 / factor + 5 * near), d1, mv);
            d3 = clamp(Math.max(4, BASIC_T3 / factor + 7 * near), d2, mv);
        }
        int r1 = t1 == 0 ? d1 : t1;
        int r2 = t2 == 0 ? d2 : t2;
        int r3 = t3 == 0 ? d3 : t3;
        int rr = reset == 0 ? DEFAULT_RESET : reset;
        if (r1 < near + 1 || r1 > mv || r2 < r1 || r2 > mv || r3 < r2 || r3 > mv) {
            throw new CodecFailure("JPEG-LS thresholds T1=" + r1 + " T2=" + r2 + " T3=" + r3
                    + " are not ordered within " + (near + 1) + ".." + mv);
        }
        if (rr < 3 || rr > Math.max(255, mv)) {
            throw new CodecFailure("JPEG-LS RESET " + rr + " outside 3.." + Math.max(255, mv));
        }
        return new PresetParameters(mv, r1, r2, r3, rr);
    }

    /** T.87's CLAMP(i, j, MAXVAL): {@code j} when {@code i} lies outside {@code j..maxVal}, else {@code i}. */
    private static int clamp(int i, int j, int maxVal) {
        return i > maxVal || i < j ? j : i;
    }
}
