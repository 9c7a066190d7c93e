// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

/**
 * Quantisation tables for the DCT encoder: the example tables of T.81 Annex K.1 scaled by a quality 1-100.
 *
 * <p>Scaling (the convention of the Independent JPEG Group's tools, so that "quality 90" means what users expect):
 * a percentage {@code s = 5000 / q} for {@code q < 50} and {@code s = 200 - 2q} otherwise; every element becomes
 * {@code floor((K1 · s + 50) / 100)} clamped to {@code 1..max}. Quality 50 gives the K.1 tables unchanged, 100 gives
 * all ones. {@code max} is 255 for 8-bit precision (baseline: 8-bit DQT elements, T.81 B.2.4.1) and 32767 for
 * 12-bit precision, whose tables are then written with 16-bit elements when any exceeds 255. The same tables serve
 * 12-bit data (not multiplied by 16), so a 12-bit image at a given quality is quantised 16 times more finely
 * relative to its range than an 8-bit one.
 */
final class QuantizationTables {

    /** T.81 Table K.1, luminance, natural order (rows: vertical frequency). */
    static final int[] K1_LUMINANCE = {
        16, 11, 10, 16, 24, 40, 51, 61,
        12, 12, 14, 19, 26, 58, 60, 55,
        14, 13, 16, 24, 40, 57, 69, 56,
        14, 17, 22, 29, 51, 87, 80, 62,
        18, 22, 37, 56, 68, 109, 103, 77,
        24, 35, 55, 64, 81, 104, 113, 92,
        49, 64, 78, 87, 103, 121, 120, 101,
        72, 92, 95, 98, 112, 100, 103, 99,
    };

    /** T.81 Table K.2, chrominance, natural order. */
    static final int[] K1_CHROMINANCE = {
        17, 18, 24, 47, 99, 99, 99, 99,
        18, 21, 26, 66, 99, 99, 99, 99,
        24, 26, 56, 99, 99, 99, 99, 99,
        47, 66, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99,
    };

    private QuantizationTables() {
    }

    /** Largest quantiser value allowed at a sample precision. */
    static int maxValue(int precision) {
        return precision <= 8 ? 255 : 32767;
    }

    /** {@code base} (natural order) scaled to {@code quality}, clamped to 1..{@code maxValue(precision)}. */
    static int[] scaled(int[] base, int quality, int precision) {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("quality must be 1-100, not " + quality);
        }
        int percent = quality < 50 ? 5000 / quality : 200 - 2 * quality;
        int max = maxValue(precision);
        int[] q = new int[64];
        for (int i = 0; i < 64; i++) {
            long v = ((long) base[i] * percent + 50) / 100;
            q[i] = (int) Math.max(1, Math.min(max, v));
        }
        return q;
    }

    /** Whether a table needs 16-bit DQT elements (Pq = 1). */
    static boolean needsSixteenBits(int[] table) {
        for (int v : table) {
            if (v > 255) {
                return true;
            }
        }
        return false;
    }
}
