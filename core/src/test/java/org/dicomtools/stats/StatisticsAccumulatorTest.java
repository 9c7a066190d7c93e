// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.dicomtools.pixel.Frame;
import org.junit.jupiter.api.Test;

class StatisticsAccumulatorTest {

    private static Frame ints(boolean signed, int... v) {
        return new Frame(v.length, 1, 1, 16, signed, "MONOCHROME2", v, null);
    }

    @Test
    void framesTogetherGiveTheStatisticsOfTheirConcatenation() {
        int[] a = IntStream.range(0, 300).map(i -> (i * 31) % 97).toArray();
        int[] b = IntStream.range(0, 200).map(i -> 500 + (i * 13) % 41).toArray();
        int[] c = IntStream.range(0, 100).map(i -> -2000 + i).toArray(); // widens the table downwards
        Statistics together = new StatisticsAccumulator().add(ints(false, a)).add(ints(false, b))
                .add(ints(true, c)).statistics();
        double[] all = IntStream.concat(IntStream.concat(Arrays.stream(a), Arrays.stream(b)), Arrays.stream(c))
                .asDoubleStream().toArray();
        assertThat(together).isEqualTo(PixelStatistics.of(all));
        assertThat(together.totalPixels()).isEqualTo(600);
        assertThat(together.min()).isEqualTo(-2000.0);
    }

    @Test
    void integerAndFloatFramesMix() {
        double[] f = PixelStatisticsTest.floats(101);
        int[] i = {1, 2, 3, 1000};
        Statistics mixed = new StatisticsAccumulator()
                .add(ints(false, i))
                .add(new Frame(101, 1, 1, 32, true, "MONOCHROME2", null, f))
                .statistics();
        double[] all = Arrays.copyOf(f, 105);
        for (int k = 0; k < 4; k++) {
            all[101 + k] = i[k];
        }
        assertThat(mixed).isEqualTo(PixelStatistics.of(all));
    }

    @Test
    void aModalityTransformNeedNotBeMonotonic() {
        int[] v = IntStream.range(0, 1000).map(k -> k % 200).toArray();
        Statistics folded = new StatisticsAccumulator(x -> Math.abs(x - 100)).add(ints(false, v)).statistics();
        double[] expect = Arrays.stream(v).mapToDouble(x -> Math.abs(x - 100)).toArray();
        assertThat(folded).isEqualTo(PixelStatistics.of(expect));
        assertThat(folded.uniqueValues()).isEqualTo(101);
        assertThat(folded.zeroPixels()).isEqualTo(5);

        Statistics scaled = new StatisticsAccumulator(x -> -0.5 * x + 3).add(ints(false, v)).statistics();
        assertThat(scaled.min()).isEqualTo(-0.5 * 199 + 3);
        assertThat(scaled.toMap().get("min")).isEqualTo(-96.5);
    }

    @Test
    void wideIntegerRangesFallBackToKeepingValues() {
        Frame wide = ints(true, -70000, 0, 70000, 5); // not 16-bit data, but still counted correctly
        Statistics s = new StatisticsAccumulator().add(wide).add(ints(false, 1, 2)).statistics();
        assertThat(s.totalPixels()).isEqualTo(6);
        assertThat(s.min()).isEqualTo(-70000.0);
        assertThat(s.median()).isEqualTo(1.5);
    }

    @Test
    void anAccumulatorCanBeReadAgainAfterMoreFrames() {
        StatisticsAccumulator acc = new StatisticsAccumulator().add(ints(false, 1, 2, 3));
        assertThat(acc.statistics().max()).isEqualTo(3.0);
        assertThat(acc.histogram(3).counts()).containsExactly(1, 1, 1);
        acc.add(ints(false, 9));
        assertThat(acc.statistics().max()).isEqualTo(9.0);
        assertThat(acc.count()).isEqualTo(4);
    }

    @Test
    void nothingAddedIsAnError() {
        assertThatThrownBy(() -> new StatisticsAccumulator().statistics())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no samples");
    }
}
