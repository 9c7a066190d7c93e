// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

/**
 * The inverse discrete wavelet transform of ISO 15444-1 Annex F: resolution by resolution from the lowest, each
 * row and then each column (2D_SR, F.3.2) put back together from its low and high halves by lifting, with
 * symmetric extension at the ends (F.3.7): the reversible 5/3 on integers (F.3.8.1) and the irreversible 9/7 on
 * floats (F.3.8.2). Columns are done as whole rows at a time, so the inner loops run along memory.
 *
 * <p>A resolution's samples sit in the top left of the component's buffer, low half first each way; whether a row
 * starts with a low or a high sample depends on the parity of the resolution's first coordinate.
 */
final class InverseDwt {
    private static final float ALPHA = -1.586134342f;
    private static final float BETA = -0.052980118f;
    private static final float GAMMA = 0.882911075f;
    private static final float DELTA = 0.443506852f;
    private static final float K = 1.230174105f;
    /**
     * The high-pass factor: 1/K times 2, the gain of one high-pass step, which the sub-band step sizes therefore
     * leave out (see {@link TileComponent}); 13318/8192 rather than 2/K = 1.6257861, as OpenJPEG has it, so that
     * our lossy decodes are OpenJPEG's to the sample.
     */
    private static final float TWO_OVER_K = 1.625732422f;

    private int[] ints = new int[0];
    private float[] floats = new float[0];

    /** Reconstructs the 5/3-coded component in {@code buf} ({@code stride} samples a row). */
    void reversible(int[] buf, int stride, TileComponent tc) {
        for (int r = 1; r < tc.resolutions.length; r++) {
            TileComponent.Resolution res = tc.resolutions[r];
            TileComponent.Resolution low = tc.resolutions[r - 1];
            int w = res.x1 - res.x0;
            int h = res.y1 - res.y0;
            if (w == 0 || h == 0) {
                continue;
            }
            int sw = low.x1 - low.x0;
            int sh = low.y1 - low.y0;
            int need = Math.max(w * h, w);
            if (ints.length < need) {
                ints = new int[need];
            }
            int[] t = ints;
            int cx = res.x0 & 1;
            for (int y = 0; y < h; y++) {
                int o = y * stride;
                interleave(buf, o, 1, t, 0, 1, w, sw, cx);
                lift53(t, 0, w, cx);
                System.arraycopy(t, 0, buf, o, w);
            }
            int cy = res.y0 & 1;
            for (int y = 0; y < h; y++) {
                int from = (y < sh ? cy + 2 * y : 1 - cy + 2 * (y - sh)) * w;
                System.arraycopy(buf, y * stride, t, from, w);
            }
            liftRows53(t, w, h, cy);
            for (int y = 0; y < h; y++) {
                System.arraycopy(t, y * w, buf, y * stride, w);
            }
        }
    }

    /** Reconstructs the 9/7-coded component in {@code buf}. */
    void irreversible(float[] buf, int stride, TileComponent tc) {
        for (int r = 1; r < tc.resolutions.length; r++) {
            TileComponent.Resolution res = tc.resolutions[r];
            TileComponent.Resolution low = tc.resolutions[r - 1];
            int w = res.x1 - res.x0;
            int h = res.y1 - res.y0;
            if (w == 0 || h == 0) {
                continue;
            }
            int sw = low.x1 - low.x0;
            int sh = low.y1 - low.y0;
            int need = Math.max(w * h, w);
            if (floats.length < need) {
                floats = new float[need];
            }
            float[] t = floats;
            int cx = res.x0 & 1;
            for (int y = 0; y < h; y++) {
                int o = y * stride;
                for (int i = 0; i < w; i++) {
                    t[i < sw ? cx + 2 * i : 1 - cx + 2 * (i - sw)] = buf[o + i];
                }
                lift97(t, w, cx);
                System.arraycopy(t, 0, buf, o, w);
            }
            int cy = res.y0 & 1;
            for (int y = 0; y < h; y++) {
                int from = (y < sh ? cy + 2 * y : 1 - cy + 2 * (y - sh)) * w;
                System.arraycopy(buf, y * stride, t, from, w);
            }
            liftRows97(t, w, h, cy);
            for (int y = 0; y < h; y++) {
                System.arraycopy(t, y * w, buf, y * stride, w);
            }
        }
    }

    /** Puts {@code n} samples, {@code sn} low then high, from {@code src} into {@code dst} interleaved. */
    private static void interleave(int[] src, int so, int ss, int[] dst, int dO, int ds, int n, int sn, int cas) {
        for (int i = 0; i < sn; i++) {
            dst[dO + (cas + 2 * i) * ds] = src[so + i * ss];
        }
        for (int i = sn; i < n; i++) {
            dst[dO + (1 - cas + 2 * (i - sn)) * ds] = src[so + i * ss];
        }
    }

    /** 1D 5/3 synthesis in place on {@code n} interleaved samples; low samples at {@code cas}, {@code cas + 2}... */
    private static void lift53(int[] a, int o, int n, int cas) {
        if (n == 1) {
            if (cas == 1) {
                a[o] /= 2;
            }
            return;
        }
        // Low samples: x(2n) = y(2n) - floor((y(2n-1) + y(2n+1) + 2) / 4).
        for (int p = cas; p < n; p += 2) {
            int l = p > 0 ? a[o + p - 1] : a[o + p + 1];
            int r = p + 1 < n ? a[o + p + 1] : a[o + p - 1];
            a[o + p] -= (l + r + 2) >> 2;
        }
        // High samples: x(2n+1) = y(2n+1) + floor((x(2n) + x(2n+2)) / 2).
        for (int p = 1 - cas; p < n; p += 2) {
            int l = p > 0 ? a[o + p - 1] : a[o + p + 1];
            int r = p + 1 < n ? a[o + p + 1] : a[o + p - 1];
            a[o + p] += (l + r) >> 1;
        }
    }

    /** The 5/3 synthesis on {@code h} interleaved rows of {@code w} samples at once. */
    private static void liftRows53(int[] t, int w, int h, int cas) {
        if (h == 1) {
            if (cas == 1) {
                for (int x = 0; x < w; x++) {
                    t[x] /= 2;
                }
            }
            return;
        }
        for (int p = cas; p < h; p += 2) {
            int o = p * w;
            int lo = (p > 0 ? p - 1 : p + 1) * w;
            int ro = (p + 1 < h ? p + 1 : p - 1) * w;
            for (int x = 0; x < w; x++) {
                t[o + x] -= (t[lo + x] + t[ro + x] + 2) >> 2;
            }
        }
        for (int p = 1 - cas; p < h; p += 2) {
            int o = p * w;
            int lo = (p > 0 ? p - 1 : p + 1) * w;
            int ro = (p + 1 < h ? p + 1 : p - 1) * w;
            for (int x = 0; x < w; x++) {
                t[o + x] += (t[lo + x] + t[ro + x]) >> 1;
            }
        }
    }

    private static void lift97(float[] a, int n, int cas) {
        if (n == 1) {
            return;
        }
        for (int p = cas; p < n; p += 2) {
            a[p] *= K;
        }
        float inv = TWO_OVER_K;
        for (int p = 1 - cas; p < n; p += 2) {
            a[p] *= inv;
        }
        step(a, n, cas, -DELTA);
        step(a, n, 1 - cas, -GAMMA);
        step(a, n, cas, -BETA);
        step(a, n, 1 - cas, -ALPHA);
    }

    private static void step(float[] a, int n, int first, float c) {
        for (int p = first; p < n; p += 2) {
            float l = p > 0 ? a[p - 1] : a[p + 1];
            float r = p + 1 < n ? a[p + 1] : a[p - 1];
            a[p] += c * (l + r);
        }
    }

    private static void liftRows97(float[] t, int w, int h, int cas) {
        if (h == 1) {
            return;
        }
        float inv = TWO_OVER_K;
        for (int p = 0; p < h; p++) {
            float f = ((p & 1) == cas) ? K : inv;
            int o = p * w;
            for (int x = 0; x < w; x++) {
                t[o + x] *= f;
            }
        }
        stepRows(t, w, h, cas, -DELTA);
        stepRows(t, w, h, 1 - cas, -GAMMA);
        stepRows(t, w, h, cas, -BETA);
        stepRows(t, w, h, 1 - cas, -ALPHA);
    }

    private static void stepRows(float[] t, int w, int h, int first, float c) {
        for (int p = first; p < h; p += 2) {
            int o = p * w;
            int lo = (p > 0 ? p - 1 : p + 1) * w;
            int ro = (p + 1 < h ? p + 1 : p - 1) * w;
            for (int x = 0; x < w; x++) {
                t[o + x] += c * (t[lo + x] + t[ro + x]);
            }
        }
    }
}
