// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.pixel.Frame;
import org.junit.jupiter.api.Test;

/**
 * The VOI precedence, one test per rung: options window &gt; normalize &gt; auto-window &gt; the file's VOI &gt;
 * min–max excluding padding. The frame holds 0, 100, 200 and 1000 (12-bit, no rescale).
 */
class VoiPrecedenceTest {
    private static final Frame FRAME = Fixtures.grey(12, false, "MONOCHROME2", 0, 100, 200, 1000);

    private static DataSet withFileWindows() {
        DataSet ds = new DataSet();
        Fixtures.windows(ds, "100\\300", "50\\600");
        return ds;
    }

    private static Explanation.Step voi(Rendered r) {
        return r.explanation().step("voi");
    }

    private static int[] row(Rendered r) {
        int[] v = new int[r.image().width()];
        for (int x = 0; x < v.length; x++) {
            v[x] = r.image().sample(x, 0, 0);
        }
        return v;
    }

    @Test
    void optionsWindowBeatsEverythingElse() {
        RenderOptions o = RenderOptions.defaults().withWindow(500, 1000).withNormalize(true).withAutoWindow(true);
        Rendered r = Renderer.render(withFileWindows(), FRAME, 0, o);
        assertThat(voi(r).source()).isEqualTo("window from options");
        assertThat(voi(r).values()).containsEntry("center", 500.0).containsEntry("width", 1000.0)
                .containsEntry("function", "LINEAR");
        // x = 0 ≤ 499.5 − 499.5 → 0; x = 100: ((100 − 499.5) / 999 + 0.5) × 255 = 25.53 → 26
        assertThat(row(r)).containsExactly(0, 26, 51, 255);
    }

    @Test
    void normalizeBeatsAutoWindowAndTheFile() {
        RenderOptions o = RenderOptions.defaults().withNormalize(true).withAutoWindow(true);
        Rendered r = Renderer.render(withFileWindows(), FRAME, 0, o);
        assertThat(voi(r).source()).isEqualTo("normalize");
        assertThat(voi(r).values()).containsEntry("function", "LINEAR_EXACT");
        // 100 / 1000 × 255 = 25.5 → 26; 200 → 51
        assertThat(row(r)).containsExactly(0, 26, 51, 255);
    }

    @Test
    void autoWindowBeatsTheFile() {
        Rendered r = Renderer.render(withFileWindows(), FRAME, 0, RenderOptions.defaults().withAutoWindow(true));
        assertThat(voi(r).source()).isEqualTo("auto-window");
        // median of 0, 100, 200, 1000 = 150; p5 at rank 0.15 = 15; p95 at rank 2.85 = 200 + 0.85 × 800 = 880
        assertThat(voi(r).values()).containsEntry("center", 150.0);
        assertThat((double) voi(r).values().get("width")).isCloseTo((880 - 15) * 1.2, within(1e-9));
    }

    @Test
    void theFilesWindowIsPickedByVoiIndex() {
        Rendered r = Renderer.render(withFileWindows(), FRAME, 0, RenderOptions.defaults().withVoiIndex(1));
        assertThat(voi(r).source()).isEqualTo("WindowCenter/Width [1] of 2");
        assertThat(voi(r).values()).containsEntry("center", 300.0).containsEntry("width", 600.0);
        Rendered first = Renderer.render(withFileWindows(), FRAME, 0, RenderOptions.defaults());
        assertThat(voi(first).source()).isEqualTo("WindowCenter/Width [0] of 2");
        // c = 100, w = 50: 100 → ((100 − 99.5) / 49 + 0.5) × 255 = 130.1 → 130
        assertThat(row(first)).containsExactly(0, 130, 255, 255);
    }

    @Test
    void theFilesVoiLutSequenceIsScaledFromItsBitDepth() {
        DataSet ds = withFileWindows();
        DataSet item = DataSet.item(ds);
        Fixtures.descriptor(item, Tag.LUTDescriptor, 3, 99, 8);
        item.setBytes(Tag.LUTData, VR.OW, Fixtures.words(0, 128, 255));
        ds.newSequence(Tag.VOILUTSequence).add(item);
        Rendered r = Renderer.render(ds, FRAME, 0, RenderOptions.defaults());
        assertThat(voi(r).source()).isEqualTo("VOILUTSequence [0]");
        assertThat(row(r)).containsExactly(0, 128, 255, 255);
        Rendered wide = Renderer.render(ds, FRAME, 0, RenderOptions.defaults().withForce16Bit(true));
        // 128 × 65535 / 255 = 32896
        assertThat(wide.image().sample(1, 0, 0)).isEqualTo(32896);
    }

    @Test
    void minMaxExcludingPaddingIsTheLastRung() {
        DataSet ds = new DataSet();
        ds.setInt(Tag.PixelPaddingValue, VR.US, 1000);
        Rendered r = Renderer.render(ds, FRAME, 0, RenderOptions.defaults());
        assertThat(voi(r).source()).isEqualTo("min-max excluding padding");
        assertThat(voi(r).values()).containsEntry("center", 100.0).containsEntry("width", 200.0)
                .containsEntry("paddingExcluded", "1000");
        // range 0..200: 100 → 127.5 → 128; padding 1000 lies above and clamps
        assertThat(row(r)).containsExactly(0, 128, 255, 255);
    }

    @Test
    void paddingRangeLimitExcludesTheWholeRange() {
        DataSet ds = new DataSet();
        ds.setInt(Tag.PixelPaddingValue, VR.US, 100);
        ds.setInt(Tag.PixelPaddingRangeLimit, VR.US, 0);
        Rendered r = Renderer.render(ds, FRAME, 0, RenderOptions.defaults());
        assertThat(voi(r).values()).containsEntry("center", 600.0).containsEntry("width", 800.0)
                .containsEntry("paddingExcluded", "0..100");
    }

    @Test
    void anInvalidWidthWarnsAndFallsBackToAutoWindow() {
        DataSet ds = new DataSet();
        Fixtures.windows(ds, "100", "0.5");
        Rendered r = Renderer.render(ds, FRAME, 0, RenderOptions.defaults());
        assertThat(voi(r).source()).isEqualTo("auto-window");
        assertThat(r.warnings()).singleElement().asString().contains("width 0.5").contains("auto-window");
    }

    @Test
    void disablingVoiMapsTheFullModalityRange() {
        Rendered r = Renderer.render(withFileWindows(), FRAME, 0, RenderOptions.defaults().withDisableVoiLut(true));
        assertThat(voi(r).source()).isEqualTo("disabled: full modality range");
        // 0..4095: 1000 / 4095 × 255 = 62.3 → 62
        assertThat(row(r)).containsExactly(0, 6, 12, 62);
    }

    @Test
    void theOptionsFunctionOverridesTheFiles() {
        DataSet ds = withFileWindows();
        ds.setString(Tag.VOILUTFunction, VR.CS, "SIGMOID");
        Rendered file = Renderer.render(ds, FRAME, 0, RenderOptions.defaults());
        assertThat(voi(file).values()).containsEntry("function", "SIGMOID");
        // sigmoid at the centre is half the range: 127.5 → 128
        assertThat(row(file)[1]).isEqualTo(128);
        Rendered forced = Renderer.render(ds, FRAME, 0,
                RenderOptions.defaults().withVoiFunction(VoiFunction.LINEAR_EXACT));
        assertThat(voi(forced).values()).containsEntry("function", "LINEAR_EXACT");
    }
}
