// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class Dwt53Test {

    @Test
    void liftsARowWithFloorRoundingAndSymmetricExtension() {
        // x = 10 0 10 0: d1 = 0 - (10 + 10) / 2 = -10, d3 = 0 - (10 + x(4) = x(2) = 10) / 2 = -10,
        // s0 = 10 + floor((d(-1) = d1 + d1 + 2) / 4) = 10 + floor(-18 / 4) = 5, s2 likewise.
        int[] row = {10, 0, 10, 0};
        new Dwt53().forward(row, 4, 1, 1);
        assertThat(row).containsExactly(5, 5, -10, -10);
        int[] column = {10, 0, 10, 0};
        new Dwt53().forward(column, 1, 4, 1);
        assertThat(column).containsExactly(5, 5, -10, -10);
    }

    @Test
    void oddLengthsMirrorTheLastHighPassSample() {
        // x = 1 7 2 9 4: d1 = 7 - 1 = 6, d3 = 9 - 3 = 6; s0 = 1 + (6 + 6 + 2) / 4 = 4, s2 = 2 + 3 = 5,
        // s4 = 4 + floor((d3 + d(5) = d3 + 2) / 4) = 7.
        int[] row = {1, 7, 2, 9, 4};
        new Dwt53().forward(row, 5, 1, 1);
        assertThat(row).containsExactly(4, 5, 7, 6, 6);
    }

    @Test
    void columnsAreSplitBeforeRows() {
        // With integer rounding the two orders differ on some blocks; the standard's 2D_SD does columns first.
        Random rnd = new Random(5);
        int differing = 0;
        for (int trial = 0; trial < 200; trial++) {
            int[] a = new int[6];
            for (int i = 0; i < 6; i++) {
                a[i] = rnd.nextInt(64) - 32;
            }
            int[] rowsFirst = a.clone();
            for (int y = 0; y < 2; y++) {
                int[] r = Arrays.copyOfRange(rowsFirst, 3 * y, 3 * y + 3);
                lift(r);
                System.arraycopy(r, 0, rowsFirst, 3 * y, 3);
            }
            liftColumns(rowsFirst, 3, 2);
            int[] expected = referenceForward(a.clone(), 3, 2, 1);
            new Dwt53().forward(a, 3, 2, 1);
            assertThat(a).containsExactly(expected);
            if (!Arrays.equals(a, rowsFirst)) {
                differing++;
            }
        }
        assertThat(differing).as("blocks where the order matters").isPositive();
    }

    @Test
    void aConstantPlaneLeavesOnlyTheLowBand() {
        int[] a = new int[13 * 9];
        Arrays.fill(a, -77);
        new Dwt53().forward(a, 13, 9, 3);
        int lw = 2;
        int lh = 2;
        for (int y = 0; y < 9; y++) {
            for (int x = 0; x < 13; x++) {
                assertThat(a[y * 13 + x]).isEqualTo(x < lw && y < lh ? -77 : 0);
            }
        }
    }

    @Property(tries = 300)
    void matchesTheTextbookTransformAndInvertsExactly(@ForAll @IntRange(min = 1, max = 40) int width,
            @ForAll @IntRange(min = 1, max = 40) int height, @ForAll @IntRange(min = 0, max = 6) int levels,
            @ForAll long seed) {
        Random rnd = new Random(seed);
        int[] a = new int[width * height];
        for (int i = 0; i < a.length; i++) {
            a[i] = rnd.nextInt(1 << 17) - (1 << 16);
        }
        int[] original = a.clone();
        int[] expected = referenceForward(a.clone(), width, height, levels);
        new Dwt53().forward(a, width, height, levels);
        assertThat(a).containsExactly(expected);
        inverse(a, width, height, levels);
        assertThat(a).containsExactly(original);
    }

    /** Annex F written out sample by sample: extended signal, lifting, then split, columns then rows. */
    static int[] referenceForward(int[] a, int width, int height, int levels) {
        int w = width;
        int h = height;
        for (int l = 0; l < levels; l++) {
            for (int x = 0; x < w; x++) {
                int[] col = new int[h];
                for (int y = 0; y < h; y++) {
                    col[y] = a[y * width + x];
                }
                lift(col);
                for (int y = 0; y < h; y++) {
                    a[y * width + x] = col[y];
                }
            }
            for (int y = 0; y < h; y++) {
                int[] row = Arrays.copyOfRange(a, y * width, y * width + w);
                lift(row);
                System.arraycopy(row, 0, a, y * width, w);
            }
            w = (w + 1) / 2;
            h = (h + 1) / 2;
        }
        return a;
    }

    /** F.3.7 extension (PSE) and F-8 lifting of one signal starting at 0, then low half first. */
    static void lift(int[] x) {
        int n = x.length;
        if (n == 1) {
            return;
        }
        int[] y = x.clone();
        for (int i = 1; i < n; i += 2) {
            y[i] = x[i] - Math.floorDiv(x[i - 1] + ext(x, i + 1), 2);
        }
        for (int i = 0; i < n; i += 2) {
            y[i] = x[i] + Math.floorDiv(ext(y, i - 1) + ext(y, i + 1) + 2, 4);
        }
        int low = (n + 1) / 2;
        for (int i = 0; i < n; i++) {
            x[(i % 2 == 0) ? i / 2 : low + i / 2] = y[i];
        }
    }

    private static int ext(int[] v, int i) {
        int n = v.length;
        int j = i < 0 ? -i : i >= n ? 2 * (n - 1) - i : i;
        return v[j];
    }

    private static void liftColumns(int[] b, int width, int height) {
        for (int x = 0; x < width; x++) {
            int[] col = new int[height];
            for (int y = 0; y < height; y++) {
                col[y] = b[y * width + x];
            }
            lift(col);
            for (int y = 0; y < height; y++) {
                b[y * width + x] = col[y];
            }
        }
    }

    /** 2D_SR (F.3.2): per level from the deepest, rows then columns, each interleaved and lifted back. */
    static void inverse(int[] a, int width, int height, int levels) {
        int[] ws = new int[levels + 1];
        int[] hs = new int[levels + 1];
        ws[0] = width;
        hs[0] = height;
        for (int l = 1; l <= levels; l++) {
            ws[l] = (ws[l - 1] + 1) / 2;
            hs[l] = (hs[l - 1] + 1) / 2;
        }
        for (int l = levels - 1; l >= 0; l--) {
            int w = ws[l];
            int h = hs[l];
            for (int y = 0; y < h; y++) {
                int[] row = Arrays.copyOfRange(a, y * width, y * width + w);
                unlift(row);
                System.arraycopy(row, 0, a, y * width, w);
            }
            for (int x = 0; x < w; x++) {
                int[] col = new int[h];
                for (int y = 0; y < h; y++) {
                    col[y] = a[y * width + x];
                }
                unlift(col);
                for (int y = 0; y < h; y++) {
                    a[y * width + x] = col[y];
                }
            }
        }
    }

    private static void unlift(int[] v) {
        int n = v.length;
        if (n == 1) {
            return;
        }
        int low = (n + 1) / 2;
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = v[(i % 2 == 0) ? i / 2 : low + i / 2];
        }
        int[] x = y.clone();
        for (int i = 0; i < n; i += 2) {
            x[i] = y[i] - Math.floorDiv(ext(y, i - 1) + ext(y, i + 1) + 2, 4);
        }
        for (int i = 1; i < n; i += 2) {
            x[i] = y[i] + Math.floorDiv(x[i - 1] + ext(x, i + 1), 2);
        }
        System.arraycopy(x, 0, v, 0, n);
    }
}
