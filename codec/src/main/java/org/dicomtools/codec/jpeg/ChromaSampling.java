// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

/**
 * Resampling of component planes between their own resolution and the image's (T.81 A.1.1: a component with
 * sampling factors {@code h, v} has {@code ceil(X·h/Hmax) × ceil(Y·v/Vmax)} samples).
 *
 * <p>Downsampling (encoder) averages each {@code fx × fy} box, rounded; boxes cut by the right or bottom edge average
 * the samples they have. Upsampling (decoder) interpolates linearly when an axis is subsampled by exactly 2: each
 * chroma sample is taken to sit midway between the two image samples it covers (JFIF/T.871 centred siting), so an
 * output sample is {@code (3·nearest + next nearest) / 4} per axis, rounded once at the end, with the edge samples
 * replicated past the border. Exact halves are rounded down and up alternately along a row, so the interpolation
 * adds no mean bias; the phase (for 2×1: down at even columns; for 2×2: up at even columns) is the one of the IJG
 * decoder inside javax.imageio, with which our output then agrees up to IDCT rounding. Any other ratio (3, 4, or
 * non-integer ones like 3:2) is upsampled by replication.
 */
final class ChromaSampling {

    private ChromaSampling() {
    }

    /** Box average of a {@code w × h} plane by {@code fx × fy}; the result is {@code ceil(w/fx) × ceil(h/fy)}. */
    static int[] downsample(int[] src, int w, int h, int fx, int fy) {
        int dw = (w + fx - 1) / fx;
        int dh = (h + fy - 1) / fy;
        int[] dst = new int[dw * dh];
        for (int dy = 0; dy < dh; dy++) {
            int y0 = dy * fy;
            int y1 = Math.min(h, y0 + fy);
            for (int dx = 0; dx < dw; dx++) {
                int x0 = dx * fx;
                int x1 = Math.min(w, x0 + fx);
                int sum = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        sum += src[y * w + x];
                    }
                }
                int count = (y1 - y0) * (x1 - x0);
                dst[dy * dw + dx] = (sum + count / 2) / count;
            }
        }
        return dst;
    }

    /**
     * Brings a component plane to image resolution.
     *
     * @param src    the component's samples, rows {@code stride} apart
     * @param sw     valid samples per row ({@code ceil(width·h/hmax)})
     * @param sh     valid rows ({@code ceil(height·v/vmax)})
     * @param h      the component's horizontal sampling factor; {@code hmax} the frame's largest
     * @param v      the component's vertical sampling factor; {@code vmax} the frame's largest
     * @return a {@code width × height} plane
     */
    static int[] upsample(int[] src, int stride, int sw, int sh, int h, int v, int hmax, int vmax,
                          int width, int height) {
        boolean linearV = vmax == 2 * v;
        boolean linearH = hmax == 2 * h;
        // vertical pass: sw × height, values ×4 when interpolated
        int[] tmp = new int[sw * height];
        for (int y = 0; y < height; y++) {
            int o = y * sw;
            if (linearV) {
                int near = Math.min(y >> 1, sh - 1);
                int far = clamp((y & 1) == 0 ? near - 1 : near + 1, sh - 1);
                int a = near * stride;
                int b = far * stride;
                for (int x = 0; x < sw; x++) {
                    tmp[o + x] = 3 * src[a + x] + src[b + x];
                }
            } else {
                int row = Math.min((int) ((long) y * v / vmax), sh - 1);
                System.arraycopy(src, row * stride, tmp, o, sw);
            }
        }
        int shift = (linearV ? 2 : 0) + (linearH ? 2 : 0);
        int half = shift == 0 ? 0 : 1 << (shift - 1);
        // ties alternate between rounding down and up along a row so that interpolation adds no mean bias
        int evenBias = linearV ? half : half - 1;
        int oddBias = linearV ? half - 1 : half;
        int[] out = new int[width * height];
        for (int y = 0; y < height; y++) {
            int t = y * sw;
            int o = y * width;
            if (linearH) {
                for (int x = 0; x < width; x++) {
                    int near = Math.min(x >> 1, sw - 1);
                    int far = clamp((x & 1) == 0 ? near - 1 : near + 1, sw - 1);
                    int bias = (x & 1) == 0 ? evenBias : oddBias;
                    out[o + x] = (3 * tmp[t + near] + tmp[t + far] + bias) >> shift;
                }
            } else {
                for (int x = 0; x < width; x++) {
                    int col = Math.min((int) ((long) x * h / hmax), sw - 1);
                    out[o + x] = (tmp[t + col] + half) >> shift;
                }
            }
        }
        return out;
    }

    private static int clamp(int i, int max) {
        return i < 0 ? 0 : Math.min(i, max);
    }
}
