// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.dicomtools.pixel.Frame;
import org.junit.jupiter.api.Test;

/** Statistics against numpy's figures (numpy 2.4, population std, linear percentiles). */
class PixelStatisticsTest {

    @Test
    void realSliceStoredValuesMatchNumpy() {
        Statistics s = PixelStatistics.of(RealSlice.frame());
        assertThat(s.min()).isEqualTo(0.0);
        assertThat(s.max()).isEqualTo(4095.0);
        assertThat(s.mean()).isCloseTo(516.8795394897461, withinPercentage(1e-7));
        assertThat(s.std()).isCloseTo(721.3984027850631, withinPercentage(1e-7));
        assertThat(s.variance()).isCloseTo(520415.6555408402, withinPercentage(1e-7));
        assertThat(s.median()).isEqualTo(74.0);
        assertThat(List.of(s.p1(), s.p5(), s.p25(), s.p75(), s.p95()))
                .containsExactly(0.0, 3.0, 23.0, 986.0, 1821.0);
        assertThat(s.p99()).isCloseTo(3607.570000000007, within(1e-9));
        assertThat(s.totalPixels()).isEqualTo(262144);
        assertThat(s.uniqueValues()).isEqualTo(4024);
        assertThat(s.zeroPixels()).isEqualTo(5647);
        assertThat(s.zeroPercent()).isEqualTo(2.1541595458984375);
        assertThat(s.range()).isEqualTo(4095.0);
        assertThat(s.iqr()).isEqualTo(963.0);
    }

    @Test
    void realSliceTextAndJsonAreThoseOfPython() {
        Statistics s = PixelStatistics.of(RealSlice.frame());
        assertThat(s.toText()).isEqualTo("""
                iqr: 963.0
                max: 4095
                mean: 516.8795394897461
                median: 74.0
                min: 0
                p1: 0.0
                p25: 23.0
                p5: 3.0
                p75: 986.0
                p95: 1821.0
                p99: 3607.570000000007
                range: 4095
                std: 721.3984027850631
                total_pixels: 262144
                unique_values: 4024
                variance: 520415.6555408402
                zero_percent: 2.1541595458984375
                zero_pixels: 5647
                """);
        assertThat(s.toJson()).isEqualTo("{\"iqr\": 963.0, \"max\": 4095, \"mean\": 516.8795394897461, \"median\": 74.0,"
                + " \"min\": 0, \"p1\": 0.0, \"p25\": 23.0, \"p5\": 3.0, \"p75\": 986.0, \"p95\": 1821.0,"
                + " \"p99\": 3607.570000000007, \"range\": 4095, \"std\": 721.3984027850631, \"total_pixels\": 262144,"
                + " \"unique_values\": 4024, \"variance\": 520415.6555408402, \"zero_percent\": 2.1541595458984375,"
                + " \"zero_pixels\": 5647}");
    }

    @Test
    void realSliceInHounsfieldUnits() {
        Statistics s = PixelStatistics.of(RealSlice.frame(), RealSlice::hu);
        assertThat(s.min()).isEqualTo(-1024.0);
        assertThat(s.max()).isEqualTo(3071.0);
        assertThat(s.mean()).isCloseTo(-507.1204605102539, withinPercentage(1e-7));
        assertThat(s.median()).isEqualTo(-950.0);
        assertThat(s.std()).isCloseTo(721.3984027850631, withinPercentage(1e-7));
        assertThat(s.p99()).isCloseTo(3607.570000000007 - 1024, within(1e-9));
        assertThat(s.uniqueValues()).isEqualTo(4024);
        assertThat(s.zeroPixels()).isEqualTo(247); // numpy: (hu == 0).sum(), stored 1024
        assertThat(s.toMap().get("min")).isEqualTo(-1024L);
    }

    @Test
    void floatValuesMatchNumpyForOddAndEvenCounts() {
        Statistics odd = PixelStatistics.of(floats(1001));
        assertThat(odd.mean()).isCloseTo(21.285857000142713, withinPercentage(1e-10));
        assertThat(odd.std()).isCloseTo(41.28027695213514, withinPercentage(1e-10));
        assertThat(odd.variance()).isCloseTo(1704.0612652449795, withinPercentage(1e-10));
        assertThat(odd.median()).isEqualTo(21.285714285714292);
        assertThat(List.of(odd.p1(), odd.p5(), odd.p25(), odd.p75(), odd.p95(), odd.p99())).containsExactly(
                -48.714285714285715, -43.0, -14.42857142857143, 57.0, 85.57142857142858, 91.28571428571428);
        assertThat(odd.uniqueValues()).isEqualTo(1000);
        assertThat(odd.zeroPixels()).isEqualTo(1);
        assertThat(odd.toMap().get("max")).isEqualTo(92.71428571428572);

        Statistics even = PixelStatistics.of(floats(1000));
        assertThat(even.median()).isEqualTo(21.35714285714286);
        assertThat(List.of(even.p1(), even.p5(), even.p25(), even.p75(), even.p95(), even.p99())).containsExactly(
                -48.57285714285714, -42.864285714285714, -14.321428571428571, 57.035714285714285,
                85.57857142857144, 91.28714285714285);
        assertThat(even.variance()).isCloseTo(1700.6785714285713, withinPercentage(1e-10));
    }

    @Test
    void signedIntegersMatchNumpy() {
        int[] v = new int[50];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i * 37) % 11 - 3;
        }
        Statistics s = PixelStatistics.of(new Frame(10, 5, 1, 8, true, "MONOCHROME2", v, null));
        assertThat(List.of(s.min(), s.max(), s.mean(), s.median(), s.p1(), s.p25(), s.p75(), s.p99()))
                .containsExactly(-3.0, 7.0, 1.94, 2.0, -3.0, -1.0, 5.0, 7.0);
        assertThat(s.variance()).isCloseTo(10.136400000000002, withinPercentage(1e-10));
        assertThat(s.uniqueValues()).isEqualTo(11);
        assertThat(s.zeroPixels()).isEqualTo(4);
    }

    @Test
    void channelsAndLuminance() {
        int[] rgb = {10, 20, 30, 0, 0, 0, 255, 255, 255, 100, 0, 0};
        Frame f = new Frame(2, 2, 3, 8, false, "RGB", rgb, null);
        assertThat(PixelStatistics.of(f, 0).max()).isEqualTo(255.0);
        assertThat(PixelStatistics.of(f, 1).mean()).isEqualTo((20 + 255) / 4.0);
        assertThat(PixelStatistics.of(f).totalPixels()).isEqualTo(12);
        Statistics y = PixelStatistics.luminance(f);
        assertThat(y.totalPixels()).isEqualTo(4);
        assertThat(y.min()).isZero();
        assertThat(y.max()).isCloseTo(255.0, within(1e-9));
        assertThat(y.median()).isCloseTo((0.299 * 10 + 0.587 * 20 + 0.114 * 30 + 29.9) / 2, within(1e-9));
        assertThatThrownBy(() -> PixelStatistics.of(f, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void edgeCases() {
        Statistics one = PixelStatistics.of(new double[] {7});
        assertThat(List.of(one.min(), one.max(), one.median(), one.p1(), one.p99(), one.std()))
                .containsExactly(7.0, 7.0, 7.0, 7.0, 7.0, 0.0);
        Statistics withNaN = PixelStatistics.of(new double[] {Double.NaN, 1, -0.0, 0.0, 3});
        assertThat(withNaN.totalPixels()).isEqualTo(4);
        assertThat(withNaN.zeroPixels()).isEqualTo(2);
        assertThat(withNaN.uniqueValues()).isEqualTo(3);
        assertThatThrownBy(() -> PixelStatistics.of(new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no samples");
    }

    @Test
    void numbersAreWrittenAsPythonReprDoes() {
        String[][] cases = {{"1e16", "1e+16"}, {"1.5e-5", "1.5e-05"}, {"0.0001", "0.0001"},
                {"123456789012345680.0", "1.2345678901234568e+17"}, {"-0.0", "-0.0"}, {"1e22", "1e+22"},
                {"5e-324", "5e-324"}, {"1.7976931348623157e308", "1.7976931348623157e+308"}, {"100", "100.0"},
                {"1234567890123456.0", "1234567890123456.0"}, {"9007199254740992", "9007199254740992.0"},
                {"0.00012345", "0.00012345"}, {"5e-5", "5e-05"}, {"3e15", "3000000000000000.0"}};
        for (String[] c : cases) {
            assertThat(Statistics.format(Double.parseDouble(c[0]))).as(c[0]).isEqualTo(c[1]);
        }
        assertThat(Statistics.format(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Statistics.format(2.0 / 3)).isEqualTo("0.6666666666666666");
        assertThat(Statistics.format(Double.NaN)).isEqualTo("nan");
        assertThat(Statistics.format(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(Statistics.format(42L)).isEqualTo("42");
    }

    /** numpy: {@code np.array([((i*7919)%1000)/7.0-50 for i in range(n)])}. */
    static double[] floats(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = ((i * 7919) % 1000) / 7.0 - 50;
        }
        return v;
    }
}
