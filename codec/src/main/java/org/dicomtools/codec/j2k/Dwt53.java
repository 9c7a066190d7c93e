// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

/**
 * The reversible 5/3 wavelet of ISO 15444-1 Annex F, forward (analysis) only, in place on one tile-component.
 *
 * <p>Each level splits the current low-low region of {@code width x height} samples: first every column (the
 * standard's 2D_SD runs VER_SD before HOR_SD, F.4.2; with integer rounding the order matters, and decoders undo rows
 * first), then every row. A one-dimensional signal of length n starting at an even coordinate (our tiles start at 0,
 * so every band does) is lifted as in F.4.8.2 (equations F-8): odd samples first,
 * {@code y(2n+1) = x(2n+1) - floor((x(2n) + x(2n+2)) / 2)}, then even ones,
 * {@code y(2n) = x(2n) + floor((y(2n-1) + y(2n+1) + 2) / 4)}, with whole-sample symmetric extension at both ends
 * (F.3.7: x(-1) = x(1), x(n) = x(n-2)); a signal of one sample is left as it is (low-pass). The ceil(n/2) low-pass
 * results then go to the front and the floor(n/2) high-pass ones after them, so after level l the low-low band is the
 * top-left {@code ceil(width/2^l) x ceil(height/2^l)} samples and HL, LH, HH sit right of, below and diagonal to it.
 *
 * <p>Columns are lifted a whole row at a time, which keeps the inner loops on contiguous memory.
 */
final class Dwt53 {
    private int[] scratch = new int[0];

    /** Decomposes the {@code width x height} plane {@code a} (row stride {@code width}) by {@code levels} levels. */
    void forward(int[] a, int width, int height, int levels) {
        int w = width;
        int h = height;
        ensure(Math.max(w, (long) w * (h >> 1)));
        for (int l = 0; l < levels; l++) {
            vertical(a, w, h, width);
            for (int y = 0; y < h; y++) {
                horizontal(a, y * width, w);
            }
            w = (w + 1) >> 1;
            h = (h + 1) >> 1;
        }
    }

    private void ensure(long n) {
        if (scratch.length < n) {
            scratch = new int[Math.toIntExact(n)];
        }
    }

    /** Lifts and splits the columns of the top-left {@code w x h} region of a plane of row stride {@code stride}. */
    private void vertical(int[] a, int w, int h, int stride) {
        if (h < 2) {
            return;
        }
        for (int y = 1; y < h; y += 2) {
            int row = y * stride;
            int up = row - stride;
            int down = y + 1 < h ? row + stride : up;
            for (int x = 0; x < w; x++) {
                a[row + x] -= (a[up + x] + a[down + x]) >> 1;
            }
        }
        for (int y = 0; y < h; y += 2) {
            int row = y * stride;
            int up = y > 0 ? row - stride : row + stride;
            int down = y + 1 < h ? row + stride : up;
            for (int x = 0; x < w; x++) {
                a[row + x] += (a[up + x] + a[down + x] + 2) >> 2;
            }
        }
        // Split: odd (high-pass) rows aside, even rows up in order (row y to y/2 never overtakes), odd rows below.
        int[] t = scratch;
        int low = (h + 1) >> 1;
        for (int y = 1; y < h; y += 2) {
            System.arraycopy(a, y * stride, t, (y >> 1) * w, w);
        }
        for (int y = 2; y < h; y += 2) {
            System.arraycopy(a, y * stride, a, (y >> 1) * stride, w);
        }
        for (int k = 0; k < h >> 1; k++) {
            System.arraycopy(t, k * w, a, (low + k) * stride, w);
        }
    }

    /** Lifts and splits the {@code n} samples of {@code a} from {@code off}. */
    private void horizontal(int[] a, int off, int n) {
        if (n < 2) {
            return;
        }
        int[] t = scratch;
        int low = (n + 1) >> 1;
        int last = n - 1;
        // Predict the odd samples into the high half of t, then update the even ones into its low half.
        for (int i = 1; i < n; i += 2) {
            int right = i < last ? a[off + i + 1] : a[off + i - 1];
            t[low + (i >> 1)] = a[off + i] - ((a[off + i - 1] + right) >> 1);
        }
        int high = n >> 1;
        for (int i = 0; i < n; i += 2) {
            int k = i >> 1;
            int dl = k > 0 ? t[low + k - 1] : t[low];
            int dr = k < high ? t[low + k] : t[low + k - 1];
            t[k] = a[off + i] + ((dl + dr + 2) >> 2);
        }
        System.arraycopy(t, 0, a, off, n);
    }
}
