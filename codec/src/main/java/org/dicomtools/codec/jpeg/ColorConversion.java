// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

/**
 * Full-range RGB ↔ YCbCr of ITU-T T.871 §7 (what DICOM calls YBR_FULL), generalised to precision P by using the
 * offset {@code 2^(P-1)} for Cb and Cr and clamping to {@code 0..2^P-1}. Results are rounded to the nearest integer.
 * Both work in place on three planes of {@code n} samples.
 */
final class ColorConversion {

    // T.871 forward: Y = 0.299R + 0.587G + 0.114B; Cb = (B - Y) / 1.772; Cr = (R - Y) / 1.402 (plus offset)
    private static final float YR = 0.299f;
    private static final float YG = 0.587f;
    private static final float YB = 0.114f;
    private static final float CB_R = (float) (-0.299 / 1.772);
    private static final float CB_G = (float) (-0.587 / 1.772);
    private static final float CR_G = (float) (-0.587 / 1.402);
    private static final float CR_B = (float) (-0.114 / 1.402);
    // T.871 inverse: R = Y + 1.402 Cr'; G = Y - (0.114·1.772/0.587) Cb' - (0.299·1.402/0.587) Cr'; B = Y + 1.772 Cb'
    private static final float R_CR = 1.402f;
    private static final float G_CB = (float) (0.114 * 1.772 / 0.587);
    private static final float G_CR = (float) (0.299 * 1.402 / 0.587);
    private static final float B_CB = 1.772f;

    private ColorConversion() {
    }

    /** RGB → YCbCr: {@code r} becomes Y, {@code g} Cb, {@code b} Cr. */
    static void rgbToYcbcr(int[] r, int[] g, int[] b, int n, int precision) {
        int max = (1 << precision) - 1;
        float offset = 1 << (precision - 1);
        for (int i = 0; i < n; i++) {
            float red = r[i];
            float green = g[i];
            float blue = b[i];
            r[i] = round(YR * red + YG * green + YB * blue, max);
            g[i] = round(CB_R * red + CB_G * green + 0.5f * blue + offset, max);
            b[i] = round(0.5f * red + CR_G * green + CR_B * blue + offset, max);
        }
    }

    /** YCbCr → RGB: {@code y} becomes R, {@code cb} G, {@code cr} B. */
    static void ycbcrToRgb(int[] y, int[] cb, int[] cr, int n, int precision) {
        int max = (1 << precision) - 1;
        float offset = 1 << (precision - 1);
        for (int i = 0; i < n; i++) {
            float luma = y[i];
            float u = cb[i] - offset;
            float v = cr[i] - offset;
            y[i] = round(luma + R_CR * v, max);
            cb[i] = round(luma - G_CB * u - G_CR * v, max);
            cr[i] = round(luma + B_CB * u, max);
        }
    }

    /** Nearest integer of {@code x}, clamped to 0..max. */
    static int round(float x, int max) {
        int i = (int) (x + 0.5f);
        return i < 0 ? 0 : Math.min(i, max);
    }
}
