// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The DCT-specific arithmetic: transform, zig-zag, quantiser tables, colour conversion, chroma resampling. */
class DctMathTest {

    /** T.81 A.3.3 written out literally: F(u,v) = 1/4 C(u) C(v) sum sum f(x,y) cos(...) cos(...). */
    private static double[] referenceForward(double[] s) {
        double[] f = new double[64];
        for (int v = 0; v < 8; v++) {
            for (int u = 0; u < 8; u++) {
                double sum = 0;
                for (int y = 0; y < 8; y++) {
                    for (int x = 0; x < 8; x++) {
                        sum += s[y * 8 + x] * Math.cos((2 * x + 1) * u * Math.PI / 16)
                                * Math.cos((2 * y + 1) * v * Math.PI / 16);
                    }
                }
                f[v * 8 + u] = 0.25 * c(u) * c(v) * sum;
            }
        }
        return f;
    }

    private static double[] referenceInverse(double[] f) {
        double[] s = new double[64];
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                double sum = 0;
                for (int v = 0; v < 8; v++) {
                    for (int u = 0; u < 8; u++) {
                        sum += c(u) * c(v) * f[v * 8 + u] * Math.cos((2 * x + 1) * u * Math.PI / 16)
                                * Math.cos((2 * y + 1) * v * Math.PI / 16);
                    }
                }
                s[y * 8 + x] = 0.25 * sum;
            }
        }
        return s;
    }

    private static double c(int k) {
        return k == 0 ? 1 / Math.sqrt(2) : 1;
    }

    @Property(tries = 200)
    void forwardMatchesTheDefiningFormula(@ForAll("seeds") long seed, @ForAll @IntRange(min = 1, max = 12) int bits) {
        Random random = new Random(seed);
        double[] s = new double[64];
        float[] b = new float[64];
        int half = 1 << (bits - 1);
        for (int i = 0; i < 64; i++) {
            s[i] = random.nextInt(2 * half) - half;
            b[i] = (float) s[i];
        }
        double[] expected = referenceForward(s);
        Dct.forward(b);
        for (int i = 0; i < 64; i++) {
            assertThat((double) b[i]).as("coefficient %d", i).isCloseTo(expected[i], within(1e-5 * 2 * half + 1e-4));
        }
    }

    @Property(tries = 200)
    void inverseMatchesTheDefiningFormula(@ForAll("seeds") long seed) {
        Random random = new Random(seed);
        double[] f = new double[64];
        float[] b = new float[64];
        for (int i = 0; i < 64; i++) {
            // 12-bit coefficients, mostly small like real quantised data
            f[i] = random.nextInt(10) == 0 ? random.nextInt(32768) - 16384 : random.nextInt(41) - 20;
            b[i] = (float) f[i];
        }
        double[] expected = referenceInverse(f);
        Dct.inverse(b);
        for (int i = 0; i < 64; i++) {
            assertThat((double) b[i]).as("sample %d", i).isCloseTo(expected[i], within(0.02));
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Test
    void twelveBitRoundTripLosesLessThanAHundredthOfAUnit() {
        Random random = new Random(12);
        float[] b = new float[64];
        float[] orig = new float[64];
        for (int i = 0; i < 64; i++) {
            orig[i] = b[i] = random.nextInt(4096) - 2048;
        }
        Dct.forward(b);
        Dct.inverse(b);
        for (int i = 0; i < 64; i++) {
            assertThat(b[i]).isCloseTo(orig[i], within(0.01f));
        }
    }

    @Test
    void zigZagStartsAndEndsAsFigureA6() {
        assertThat(Arrays.copyOf(ZigZag.NATURAL, 16))
                .containsExactly(0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5);
        assertThat(Arrays.copyOfRange(ZigZag.NATURAL, 60, 66)).containsExactly(47, 55, 62, 63, 63, 63);
        for (int i = 0; i < 64; i++) {
            assertThat(ZigZag.NATURAL[ZigZag.ZIGZAG[i]]).isEqualTo(i);
        }
    }

    @Test
    void qualityFiftyIsAnnexK1AndHundredIsAllOnes() {
        assertThat(QuantizationTables.scaled(QuantizationTables.K1_LUMINANCE, 50, 8))
                .containsExactly(QuantizationTables.K1_LUMINANCE);
        assertThat(QuantizationTables.scaled(QuantizationTables.K1_CHROMINANCE, 50, 8))
                .containsExactly(QuantizationTables.K1_CHROMINANCE);
        assertThat(QuantizationTables.scaled(QuantizationTables.K1_LUMINANCE, 100, 12)).containsOnly(1);
        assertThat(QuantizationTables.K1_LUMINANCE[0]).isEqualTo(16);
        assertThat(QuantizationTables.K1_LUMINANCE[63]).isEqualTo(99);
        assertThat(QuantizationTables.K1_LUMINANCE[4 * 8 + 5]).isEqualTo(109);
    }

    @Test
    void lowQualityClampsTo255ForBaselineButNotForTwelveBits() {
        int[] eight = QuantizationTables.scaled(QuantizationTables.K1_CHROMINANCE, 1, 8);
        int[] twelve = QuantizationTables.scaled(QuantizationTables.K1_CHROMINANCE, 1, 12);
        assertThat(eight).containsOnly(255);
        assertThat(twelve[63]).isEqualTo(4950);
        assertThat(QuantizationTables.needsSixteenBits(eight)).isFalse();
        assertThat(QuantizationTables.needsSixteenBits(twelve)).isTrue();
        // q = 90: percent 20, (16*20+50)/100 = 3
        assertThat(QuantizationTables.scaled(QuantizationTables.K1_LUMINANCE, 90, 8)[0]).isEqualTo(3);
    }

    @Test
    void colourConversionFollowsT871() {
        int[] r = {255, 0, 0, 128, 0, 255};
        int[] g = {0, 255, 0, 128, 0, 255};
        int[] b = {0, 0, 255, 128, 0, 255};
        ColorConversion.rgbToYcbcr(r, g, b, 6, 8);
        // red: Y = 0.299*255 = 76.2, Cb = 128 - 0.1687*255 = 84.97, Cr = 128 + 127.5 = 255.5 -> clamped 255
        assertThat(new int[] {r[0], g[0], b[0]}).containsExactly(76, 85, 255);
        assertThat(new int[] {r[3], g[3], b[3]}).containsExactly(128, 128, 128);
        assertThat(new int[] {r[4], g[4], b[4]}).containsExactly(0, 128, 128);
        assertThat(new int[] {r[5], g[5], b[5]}).containsExactly(255, 128, 128);
        ColorConversion.ycbcrToRgb(r, g, b, 6, 8);
        int[] er = {255, 0, 0, 128, 0, 255};
        int[] eg = {0, 255, 0, 128, 0, 255};
        int[] eb = {0, 0, 255, 128, 0, 255};
        for (int i = 0; i < 6; i++) {
            assertThat(r[i]).isCloseTo(er[i], within(2));
            assertThat(g[i]).isCloseTo(eg[i], within(2));
            assertThat(b[i]).isCloseTo(eb[i], within(2));
        }
    }

    @Test
    void twelveBitColourRoundTripIsWithinOne() {
        Random random = new Random(3);
        int n = 1000;
        int[] r = new int[n];
        int[] g = new int[n];
        int[] b = new int[n];
        for (int i = 0; i < n; i++) {
            // stay inside the YCbCr gamut of the RGB cube so that nothing clamps
            r[i] = 500 + random.nextInt(3000);
            g[i] = 500 + random.nextInt(3000);
            b[i] = 500 + random.nextInt(3000);
        }
        int[] r0 = r.clone();
        int[] g0 = g.clone();
        int[] b0 = b.clone();
        ColorConversion.rgbToYcbcr(r, g, b, n, 12);
        ColorConversion.ycbcrToRgb(r, g, b, n, 12);
        for (int i = 0; i < n; i++) {
            assertThat(r[i]).isCloseTo(r0[i], within(2));
            assertThat(g[i]).isCloseTo(g0[i], within(2));
            assertThat(b[i]).isCloseTo(b0[i], within(2));
        }
    }

    @Test
    void downsampleAveragesBoxesAndCutBoxesAtTheEdge() {
        int[] plane = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        assertThat(ChromaSampling.downsample(plane, 5, 2, 2, 1)).containsExactly(15, 35, 50, 65, 85, 100);
        assertThat(ChromaSampling.downsample(plane, 5, 2, 2, 2)).containsExactly(40, 60, 75);
    }

    @Test
    void upsampleInterpolatesByTwoAndReplicatesOtherwise() {
        int[] c = {0, 40, 80};
        // centred siting: 3/4 nearest + 1/4 next; edges replicate
        assertThat(ChromaSampling.upsample(c, 3, 3, 1, 1, 1, 2, 1, 6, 1)).containsExactly(0, 10, 30, 50, 70, 80);
        assertThat(ChromaSampling.upsample(c, 3, 3, 1, 1, 1, 2, 1, 5, 1)).containsExactly(0, 10, 30, 50, 70);
        assertThat(ChromaSampling.upsample(c, 3, 3, 1, 1, 1, 4, 1, 10, 1))
                .containsExactly(0, 0, 0, 0, 40, 40, 40, 40, 80, 80);
        int[] square = {0, 16, 32, 48};
        int[] up = ChromaSampling.upsample(square, 2, 2, 2, 1, 1, 2, 2, 4, 4);
        // (9·near + 3·horizontal + 3·vertical + 1·diagonal) / 16 at pixel (1,1): near 0, h 16, v 32, d 48
        assertThat(up[1 * 4 + 1]).isEqualTo((3 * 16 + 3 * 32 + 48 + 8) / 16);
        assertThat(up[0]).isEqualTo(0);
        assertThat(up[15]).isEqualTo(48);
        assertThat(ChromaSampling.upsample(c, 3, 3, 1, 1, 1, 1, 1, 3, 1)).containsExactly(0, 40, 80);
    }
}
