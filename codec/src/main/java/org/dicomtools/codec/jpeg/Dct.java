// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

/**
 * The 8×8 forward and inverse DCT of T.81 A.3.3, in place on a {@code float[64]} in natural (row-major) order:
 * sample {@code s[y*8+x]}, coefficient {@code F[v*8+u]} with {@code u} the horizontal frequency.
 *
 * <p>Both directions are separable: eight 1-D transforms on the rows, then eight on the columns. Each 8-point
 * transform uses the even–odd split that the cosine symmetries allow: with {@code s(n) = x(n) + x(7-n)} and
 * {@code d(n) = x(n) - x(7-n)} the even outputs are a 4-point DCT of {@code s} (split once more the same way) and the
 * odd outputs a 4×4 product with {@code d}. That is 22 multiplications per 8 points instead of 64, with the
 * T.81 normalisation {@code C(u)/2} folded into the constants, so the outputs are the true coefficients (no scaling
 * left over for the quantiser). The inverse is the transpose: the odd 4×4 matrix is symmetric, so it is reused.
 * Float precision keeps the round-trip error far below one unit even for 12-bit samples (see DctMathTest).
 */
final class Dct {

    /** {@code cos(k·π/16)/2} for k = 1..7; index 0 unused. */
    private static final float[] H = new float[8];
    /** {@code C(0)/2 = cos(4π/16)/2 = 1/(2√2)}: the weight of outputs 0 and 4. */
    private static final float R;

    static {
        for (int k = 1; k < 8; k++) {
            H[k] = (float) (Math.cos(k * Math.PI / 16) / 2);
        }
        R = (float) (1 / (2 * Math.sqrt(2)));
    }

    private static final float C1 = H[1];
    private static final float C2 = H[2];
    private static final float C3 = H[3];
    private static final float C5 = H[5];
    private static final float C6 = H[6];
    private static final float C7 = H[7];

    private Dct() {
    }

    /** Forward DCT: level-shifted samples in, T.81 coefficients F(u,v) out. */
    static void forward(float[] b) {
        for (int row = 0; row < 64; row += 8) {
            forward1d(b, row, 1);
        }
        for (int col = 0; col < 8; col++) {
            forward1d(b, col, 8);
        }
    }

    /** Inverse DCT: T.81 coefficients in, level-shifted samples out (not rounded). */
    static void inverse(float[] b) {
        for (int row = 0; row < 64; row += 8) {
            inverse1d(b, row, 1);
        }
        for (int col = 0; col < 8; col++) {
            inverse1d(b, col, 8);
        }
    }

    private static void forward1d(float[] b, int o, int step) {
        float x0 = b[o];
        float x1 = b[o + step];
        float x2 = b[o + 2 * step];
        float x3 = b[o + 3 * step];
        float x4 = b[o + 4 * step];
        float x5 = b[o + 5 * step];
        float x6 = b[o + 6 * step];
        float x7 = b[o + 7 * step];
        float s0 = x0 + x7;
        float s1 = x1 + x6;
        float s2 = x2 + x5;
        float s3 = x3 + x4;
        float d0 = x0 - x7;
        float d1 = x1 - x6;
        float d2 = x2 - x5;
        float d3 = x3 - x4;
        // even half: a 4-point DCT of s, itself split into sums and differences
        float a = s0 + s3;
        float bb = s1 + s2;
        float c = s0 - s3;
        float e = s1 - s2;
        b[o] = (a + bb) * R;
        b[o + 4 * step] = (a - bb) * R;
        b[o + 2 * step] = c * C2 + e * C6;
        b[o + 6 * step] = c * C6 - e * C2;
        // odd half: X(2m+1) = sum d(n) cos((2n+1)(2m+1)π/16)
        b[o + step] = d0 * C1 + d1 * C3 + d2 * C5 + d3 * C7;
        b[o + 3 * step] = d0 * C3 - d1 * C7 - d2 * C1 - d3 * C5;
        b[o + 5 * step] = d0 * C5 - d1 * C1 + d2 * C7 + d3 * C3;
        b[o + 7 * step] = d0 * C7 - d1 * C5 + d2 * C3 - d3 * C1;
    }

    private static void inverse1d(float[] b, int o, int step) {
        float f0 = b[o];
        float f1 = b[o + step];
        float f2 = b[o + 2 * step];
        float f3 = b[o + 3 * step];
        float f4 = b[o + 4 * step];
        float f5 = b[o + 5 * step];
        float f6 = b[o + 6 * step];
        float f7 = b[o + 7 * step];
        if (f1 == 0 && f2 == 0 && f3 == 0 && f4 == 0 && f5 == 0 && f6 == 0 && f7 == 0) {
            float dc = f0 * R;
            for (int i = 0; i < 8; i++) {
                b[o + i * step] = dc;
            }
            return;
        }
        // even part E(n) = E(7-n)
        float p = (f0 + f4) * R;
        float q = (f0 - f4) * R;
        float g = f2 * C2 + f6 * C6;
        float h = f2 * C6 - f6 * C2;
        float e0 = p + g;
        float e3 = p - g;
        float e1 = q + h;
        float e2 = q - h;
        // odd part O(n) = -O(7-n), with the same symmetric matrix as the forward odd half
        float o0 = f1 * C1 + f3 * C3 + f5 * C5 + f7 * C7;
        float o1 = f1 * C3 - f3 * C7 - f5 * C1 - f7 * C5;
        float o2 = f1 * C5 - f3 * C1 + f5 * C7 + f7 * C3;
        float o3 = f1 * C7 - f3 * C5 + f5 * C3 - f7 * C1;
        b[o] = e0 + o0;
        b[o + 7 * step] = e0 - o0;
        b[o + step] = e1 + o1;
        b[o + 6 * step] = e1 - o1;
        b[o + 2 * step] = e2 + o2;
        b[o + 5 * step] = e2 - o2;
        b[o + 3 * step] = e3 + o3;
        b[o + 4 * step] = e3 - o3;
    }
}
