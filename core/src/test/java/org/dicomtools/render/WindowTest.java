// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The VOI functions of PS3.3 C.11.2 against values worked by hand, output range [0, 255]. */
class WindowTest {

    private static Window linear(double c, double w) {
        return new Window(c, w, VoiFunction.LINEAR, 0, 255, "test", null);
    }

    @Test
    void linearFullRangeWindowHitsTheEdgesOfC112121() {
        Window win = linear(2048, 4096);
        // lower threshold c − 0.5 − (w − 1)/2 = 0, upper c − 0.5 + (w − 1)/2 = 4095
        assertThat(win.apply(-1)).isEqualTo(0);
        assertThat(win.apply(0)).isEqualTo(0);
        // ((1 − 2047.5) / 4095 + 0.5) × 255
        assertThat(win.apply(1)).isCloseTo(0.06227106227106205, within(1e-12));
        // ((2048 − 2047.5) / 4095 + 0.5) × 255 = 127.5 + 127.5/4095
        assertThat(win.apply(2048)).isCloseTo(127.53113553113553, within(1e-12));
        // x = 4095 is not above the upper threshold: ((4095 − 2047.5) / 4095 + 0.5) × 255 = 255
        assertThat(win.apply(4095)).isCloseTo(255, within(1e-12));
        assertThat(win.apply(4096)).isEqualTo(255);
    }

    @Test
    void linearWidthTwoIsAStepBetweenCentreMinusOneAndCentre() {
        Window win = linear(100, 2);
        // thresholds: x ≤ 99.5 − 0.5 = 99 → 0; x > 99.5 + 0.5 = 100 → 255
        assertThat(win.apply(99)).isEqualTo(0);
        // x = c: ((100 − 99.5) / 1 + 0.5) × 255 = 255 by the formula, not by the upper clamp
        assertThat(win.apply(100)).isEqualTo(255);
        assertThat(win.apply(101)).isEqualTo(255);
        assertThat(win.apply(99.5)).isEqualTo(127.5);
    }

    @Test
    void linearExactIsLinearFromCentreMinusHalfWidthToCentrePlusHalfWidth() {
        Window win = new Window(100, 50, VoiFunction.LINEAR_EXACT, 0, 255, "test", null);
        assertThat(win.apply(75)).isEqualTo(0);
        assertThat(win.apply(87.5)).isEqualTo(63.75);
        assertThat(win.apply(100)).isEqualTo(127.5);
        assertThat(win.apply(125)).isEqualTo(255);
        assertThat(win.apply(126)).isEqualTo(255);
    }

    @Test
    void sigmoidIsHalfTheRangeAtTheCentre() {
        Window win = new Window(100, 50, VoiFunction.SIGMOID, 0, 255, "test", null);
        assertThat(win.apply(100)).isEqualTo(127.5);
        // 255 / (1 + e^−4) and 255 / (1 + e^4)
        assertThat(win.apply(150)).isCloseTo(250.41351645966665, within(1e-9));
        assertThat(win.apply(50)).isCloseTo(4.586483540333347, within(1e-9));
    }

    @Test
    void widthsBelowOneAreInvalidForLinearOnly() {
        assertThat(VoiFunction.LINEAR.accepts(0.5)).isFalse();
        assertThat(VoiFunction.LINEAR_EXACT.accepts(0.5)).isTrue();
        assertThat(VoiFunction.SIGMOID.accepts(0)).isFalse();
        assertThatThrownBy(() -> linear(0, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rangeMapsLowToZeroAndHighToMaximum() {
        Window r = Window.range(-1024, 3071, 65535, "test");
        assertThat(r.apply(-1024)).isEqualTo(0);
        assertThat(r.apply(3071)).isEqualTo(65535);
        assertThat(Window.range(7, 7, 255, "constant").apply(7)).isEqualTo(0);
    }

    @Test
    void parsesFunctionNames() {
        assertThat(VoiFunction.parse("LINEAR_EXACT ")).isEqualTo(VoiFunction.LINEAR_EXACT);
        assertThat(VoiFunction.parse("sigmoid")).isEqualTo(VoiFunction.SIGMOID);
        assertThat(VoiFunction.parse("linear-exact")).isEqualTo(VoiFunction.LINEAR_EXACT);
        assertThat(VoiFunction.parse("GAMMA")).isNull();
    }
}
