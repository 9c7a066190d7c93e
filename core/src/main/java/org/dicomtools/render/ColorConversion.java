// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

/**
 * Colour samples to RGB (PS3.3 C.7.6.3.1.2), in the samples' own bit depth b: results are rounded and clamped to
 * 0..2^b − 1. Chrominance is centred on 2^(b − 1) as stored.
 * <ul>
 *   <li>YBR_FULL (and YBR_FULL_422 once expanded): the full-range inverse of ITU-T T.871 §7: R = Y + 1.402 (Cr − h),
 *       G = Y − 0.344136 (Cb − h) − 0.714136 (Cr − h), B = Y + 1.772 (Cb − h).</li>
 *   <li>YBR_PARTIAL_422 / _420: the inverse, computed here, of the forward matrix C.7.6.3.1.2 gives (Y from 16, Cb and
 *       Cr around 128, scaled for other depths).</li>
 *   <li>YBR_ICT: the irreversible colour transform of ISO/IEC 15444-1 Annex G.3, R = Y + 1.402 Cr',
 *       G = Y − 0.34413 Cb' − 0.71414 Cr', B = Y + 1.772 Cb' with Cb' = Cb − h, Cr' = Cr − h.</li>
 *   <li>YBR_RCT: the reversible transform of G.2, exact in integers: G = Y − floor((Cb' + Cr') / 4), R = Cr' + G,
 *       B = Cb' + G.</li>
 * </ul>
 */
final class ColorConversion {

    /** The conversions; RGB is none. */
    enum Kind { RGB, YBR_FULL, YBR_PARTIAL, YBR_ICT, YBR_RCT }

    // Forward YBR_PARTIAL matrix of PS3.3 C.7.6.3.1.2 (rows Y, Cb, Cr; columns R, G, B) and its inverse.
    private static final double[][] PARTIAL = {
        {0.2568, 0.5041, 0.0979}, {-0.1482, -0.2910, 0.4392}, {0.4392, -0.3678, -0.0714}};
    private static final double[][] PARTIAL_INVERSE = invert(PARTIAL);

    private ColorConversion() {
    }

    /** The conversion for a Photometric Interpretation of 3-sample data, or {@code null} when none is known. */
    static Kind of(String photometric) {
        return switch (photometric == null ? "" : photometric) {
            case "RGB" -> Kind.RGB;
            case "YBR_FULL", "YBR_FULL_422" -> Kind.YBR_FULL;
            case "YBR_PARTIAL_422", "YBR_PARTIAL_420" -> Kind.YBR_PARTIAL;
            case "YBR_ICT" -> Kind.YBR_ICT;
            case "YBR_RCT" -> Kind.YBR_RCT;
            default -> null;
        };
    }

    /** What the explanation says of a conversion. */
    static String describe(Kind kind) {
        return switch (kind) {
            case RGB -> "RGB as is";
            case YBR_FULL -> "YBR_FULL to RGB (ITU-T T.871 full range)";
            case YBR_PARTIAL -> "YBR_PARTIAL to RGB (inverse of PS3.3 C.7.6.3.1.2)";
            case YBR_ICT -> "YBR_ICT to RGB (ISO/IEC 15444-1 G.3)";
            case YBR_RCT -> "YBR_RCT to RGB (ISO/IEC 15444-1 G.2)";
        };
    }

    /** Converts pixel-interleaved samples of {@code bits} bits into {@code dst} (may be {@code src} itself). */
    static void toRgb(Kind kind, int[] src, int[] dst, int bits) {
        int max = (1 << bits) - 1;
        int h = 1 << (bits - 1);
        double[] rgb = new double[3];
        for (int i = 0; i + 2 < src.length; i += 3) {
            int y = src[i];
            int cb = src[i + 1] - h;
            int cr = src[i + 2] - h;
            if (kind == Kind.YBR_RCT) {
                int g = y - Math.floorDiv(cb + cr, 4);
                dst[i] = clamp(cr + g, max);
                dst[i + 1] = clamp(g, max);
                dst[i + 2] = clamp(cb + g, max);
            } else {
                convert(kind, y, cb, cr, bits, rgb);
                dst[i] = clamp((int) Math.round(rgb[0]), max);
                dst[i + 1] = clamp((int) Math.round(rgb[1]), max);
                dst[i + 2] = clamp((int) Math.round(rgb[2]), max);
            }
        }
    }

    /** One pixel with centred chrominance ({@code cb}, {@code cr} already minus 2^(bits − 1)) to RGB, unrounded. */
    static void convert(Kind kind, double y, double cb, double cr, int bits, double[] rgb) {
        switch (kind) {
            case YBR_FULL -> {
                rgb[0] = y + 1.402 * cr;
                rgb[1] = y - 0.344136 * cb - 0.714136 * cr;
                rgb[2] = y + 1.772 * cb;
            }
            case YBR_ICT -> {
                rgb[0] = y + 1.402 * cr;
                rgb[1] = y - 0.34413 * cb - 0.71414 * cr;
                rgb[2] = y + 1.772 * cb;
            }
            case YBR_PARTIAL -> {
                double y0 = y - 16 * Math.pow(2, bits - 8);
                for (int c = 0; c < 3; c++) {
                    double[] m = PARTIAL_INVERSE[c];
                    rgb[c] = m[0] * y0 + m[1] * cb + m[2] * cr;
                }
            }
            case YBR_RCT -> {
                double g = y - Math.floor((cb + cr) / 4);
                rgb[0] = cr + g;
                rgb[1] = g;
                rgb[2] = cb + g;
            }
            default -> {
                rgb[0] = y;
                rgb[1] = cb;
                rgb[2] = cr;
            }
        }
    }

    private static int clamp(int v, int max) {
        return v < 0 ? 0 : Math.min(v, max);
    }

    /** The inverse of a 3×3 matrix by cofactors. */
    static double[][] invert(double[][] m) {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                int i1 = (j + 1) % 3;
                int i2 = (j + 2) % 3;
                int j1 = (i + 1) % 3;
                int j2 = (i + 2) % 3;
                r[i][j] = m[i1][j1] * m[i2][j2] - m[i1][j2] * m[i2][j1];
            }
        }
        double det = m[0][0] * r[0][0] + m[0][1] * r[1][0] + m[0][2] * r[2][0];
        for (double[] row : r) {
            for (int j = 0; j < 3; j++) {
                row[j] /= det;
            }
        }
        return r;
    }
}
