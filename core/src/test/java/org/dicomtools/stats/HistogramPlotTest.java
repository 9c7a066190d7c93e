// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.dicomtools.render.OutputImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HistogramPlotTest {
    /** The bar fill colour of {@link HistogramPlot}. */
    private static final int BAR = 62 << 16 | 110 << 8 | 180;

    @BeforeAll
    static void headless() {
        // no display is needed: only an off-screen BufferedImage is drawn
        System.setProperty("java.awt.headless", "true");
    }

    private static int rgb(OutputImage img, int x, int y) {
        return img.sample(x, y, 0) << 16 | img.sample(x, y, 1) << 8 | img.sample(x, y, 2);
    }

    @Test
    void realSliceChart() {
        Histogram h = Histogram.of(RealSlice.frame(), 256, RealSlice::hu);
        OutputImage img = HistogramPlot.draw(h, PlotOptions.of("IM-0001-0001.dcm", true));
        assertThat(img.width()).isEqualTo(800);
        assertThat(img.height()).isEqualTo(500);
        assertThat(img.channels()).isEqualTo(3);
        assertThat(img.bits()).isEqualTo(8);
        Set<Integer> colours = new HashSet<>();
        Set<Integer> barColumns = new HashSet<>();
        int topmostBar = Integer.MAX_VALUE;
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                int c = rgb(img, x, y);
                colours.add(c);
                if (c == BAR) {
                    barColumns.add(x);
                    topmostBar = Math.min(topmostBar, y);
                }
            }
        }
        assertThat(colours).hasSizeGreaterThan(20); // bars, grid, axes and antialiased text
        assertThat(barColumns).hasSizeGreaterThan(200);
        // the plot area runs from y 64 to 438; the tallest bar leaves 5 % headroom
        assertThat(topmostBar).isBetween(64, 90);
        assertThat(rgb(img, 2, 2)).isEqualTo(0xFFFFFF);
    }

    @Test
    void oddShapesStillDraw() {
        Histogram single = Histogram.of(new double[] {3, 3, 3}, 1);
        OutputImage a = HistogramPlot.draw(single, new PlotOptions(240, 180, null, "v"));
        assertThat(a.width()).isEqualTo(240);
        Histogram tiny = Histogram.of(new double[] {0.001, 0.0012, 0.0019}, 3);
        OutputImage b = HistogramPlot.draw(tiny, PlotOptions.of(null, false));
        assertThat(b.height()).isEqualTo(500);
        assertThatThrownBy(() -> new PlotOptions(100, 100, "", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ticksAreRoundAndFiveToEight() {
        double[][] ranges = {{-1024, 3071}, {0, 4095}, {4.5, 5.5}, {0, 1e6}, {-0.003, 0.0071}, {1, 18}, {0, 49390}};
        for (double[] r : ranges) {
            double step = NiceTicks.step(r[0], r[1], 0);
            double[] t = NiceTicks.ticks(r[0], r[1], step);
            assertThat(t.length).as("%s..%s", r[0], r[1]).isBetween(NiceTicks.FEWEST - 1, NiceTicks.MOST + 1);
            double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
            assertThat(Math.round(mantissa * 1000) / 1000.0).isIn(1.0, 2.0, 5.0);
        }
        assertThat(NiceTicks.ticks(-1024, 3071, NiceTicks.step(-1024, 3071, 0)))
                .containsExactly(-1000, 0, 1000, 2000, 3000); // step 500 would give 9
        assertThat(NiceTicks.label(0.30000000000000004, 0.05)).isEqualTo("0.30");
        assertThat(NiceTicks.label(-0.0, 0.5)).isEqualTo("0.0");
        assertThat(NiceTicks.label(1500, 500)).isEqualTo("1500");
    }
}
