// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Arrays;
import org.dicomtools.pixel.Frame;
import org.junit.jupiter.api.Test;

/** Histograms against {@code np.histogram}. */
class HistogramTest {

    @Test
    void realSliceInHounsfieldUnits() {
        Histogram h = Histogram.of(RealSlice.frame(), 256, RealSlice::hu);
        assertThat(Arrays.copyOf(h.counts(), 16)).containsExactly(47039, 35516, 23405, 17966, 10131, 5387, 3731,
                2789, 2019, 1720, 1343, 1130, 1052, 923, 867, 756);
        assertThat(h.total()).isEqualTo(262144);
        assertThat(h.bins()).isEqualTo(256);
        assertThat(h.edges()).hasSize(257);
        assertThat(h.edges()[0]).isEqualTo(-1024.0);
        assertThat(h.edges()[256]).isEqualTo(3071.0);
        assertThat(h.min()).isEqualTo(-1024.0);
        assertThat(h.max()).isEqualTo(3071.0);
        assertThat(h.mean()).isCloseTo(-507.1204605102539, withinPercentage(1e-7));
        assertThat(h.std()).isCloseTo(721.3984027850631, withinPercentage(1e-7));
        assertThat(Histogram.of(RealSlice.frame(), 256, null).counts()).isEqualTo(h.counts());
    }

    @Test
    void theLastBinIsClosed() {
        assertThat(Histogram.of(new double[] {0, 25, 50, 75, 100}, 4).counts()).containsExactly(1, 1, 1, 2);
        // 0.02 is edge 1 of linspace(0, 0.1, 6) but (0.02 - 0) / 0.1 * 5 truncates to 0: the edges decide
        assertThat(Histogram.of(new double[] {0, 0.02, 0.1}, 5).counts()).containsExactly(1, 1, 0, 0, 1);
        assertThat(Histogram.of(new double[] {0, 0.08, 0.1}, 5).counts()).containsExactly(1, 0, 0, 0, 2);
    }

    @Test
    void equalValuesWidenTheRangeByHalf() {
        Frame f = new Frame(3, 1, 1, 8, false, "MONOCHROME2", new int[] {5, 5, 5}, null);
        Histogram three = Histogram.of(f, 3, null);
        assertThat(three.counts()).containsExactly(0, 3, 0);
        assertThat(three.edges()).containsExactly(4.5, 4.5 + 1.0 / 3, 4.5 + 2 * (1.0 / 3), 5.5);
        assertThat(three.min()).isEqualTo(5.0);
        assertThat(three.std()).isZero();
        Histogram one = Histogram.of(f, 1, null);
        assertThat(one.counts()).containsExactly(3);
        assertThat(one.edges()).containsExactly(4.5, 5.5);
    }

    @Test
    void oneBinHoldsEverything() {
        Histogram h = Histogram.of(new double[] {-3, 0, 8}, 1);
        assertThat(h.counts()).containsExactly(3);
        assertThat(h.edges()).containsExactly(-3.0, 8.0);
    }

    @Test
    void floatDataMatchNumpy() {
        double[] v = PixelStatisticsTest.floats(1001);
        Frame f = new Frame(1001, 1, 1, 64, true, "MONOCHROME2", null, v);
        Histogram h = Histogram.of(f, 7, null);
        assertThat(h.counts()).containsExactly(144, 143, 143, 142, 143, 143, 143);
        assertThat(h.edges()).containsExactly(-50.0, -29.612244897959183, -9.224489795918366, 11.163265306122454,
                31.551020408163268, 51.93877551020408, 72.32653061224491, 92.71428571428572);
    }

    @Test
    void signedIntegersMatchNumpy() {
        int[] v = new int[50];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i * 37) % 11 - 3;
        }
        Histogram h = Histogram.of(new Frame(50, 1, 1, 8, true, "MONOCHROME2", v, null), 4, null);
        assertThat(h.counts()).containsExactly(14, 9, 13, 14);
        assertThat(h.edges()).containsExactly(-3.0, -0.5, 2.0, 4.5, 7.0);
    }

    @Test
    void binsMustBePositive() {
        Frame f = new Frame(2, 1, 1, 8, false, "MONOCHROME2", new int[] {1, 2}, null);
        assertThatThrownBy(() -> Histogram.of(f, 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bins must be at least 1");
        assertThatThrownBy(() -> new StatisticsAccumulator().histogram(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bins must be at least 1");
        assertThatThrownBy(() -> Histogram.of(new double[] {1, Double.POSITIVE_INFINITY}, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not finite");
    }
}
